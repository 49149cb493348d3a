/**
 * What every reading of an untrusted plan (a share link, a plan file) must be: a refusal with a
 * message, or a clean name and answers that already pass the strict reader unchanged.
 */
import { expect } from 'vitest';
import { type PlanAnswers, readPlanAnswers } from '../../src/domain/plan/answers';
import { cleanText } from '../../src/domain/plan/clean-text';
import { planFileAnswersSchema } from '../../src/domain/plan/plan-file-schema';
import { MAX_PLAN_NAME_LENGTH } from '../../src/domain/plan/plan-name';

type PlanReading =
  | { readonly ok: false; readonly message: string }
  | { readonly ok: true; readonly name: string; readonly answers: PlanAnswers };

export function expectSafePlanReading(reading: PlanReading): void {
  if (!reading.ok) {
    expect(reading.message).not.toBe('');
    return;
  }
  expect(reading.name).toBe(cleanText(reading.name).trim());
  expect(reading.name.length).toBeGreaterThan(0);
  expect(reading.name.length).toBeLessThanOrEqual(MAX_PLAN_NAME_LENGTH);
  // The plan file's schema, written separately, agrees: every choice known, every part its shape.
  expect(planFileAnswersSchema.safeParse(reading.answers).success).toBe(true);
  // Compared as JSON (readPlanAnswers keeps its field order), which is quicker than toEqual here.
  const again = readPlanAnswers(reading.answers);
  expect(again.unreadable).toEqual([]);
  expect(JSON.stringify(again.answers)).toBe(JSON.stringify(reading.answers));
}
