/**
 * The plan-file reader against hostile files (issue 15): 10,000 arbitrary texts, and 10,000 files of
 * the right format whose name and answers are any JSON, whole or in any part. Reading never throws,
 * and it either refuses with a message or gives a clean name and answers that already pass the strict
 * reader unchanged.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { anyJson, hostileAnswers } from '../../../tests/support/answer-arbitraries';
import { readPlanAnswers } from './answers';
import { cleanText } from './clean-text';
import { type PlanFileReading, readPlanFile } from './plan-file';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, planFileAnswersSchema } from './plan-file-schema';
import { MAX_PLAN_NAME_LENGTH } from './plan-name';
import { FUZZ_TIMEOUT } from '../../../tests/support/fuzz';

const RUNS = { seed: 15_07, numRuns: 10_000 } as const;

function expectSafe(reading: PlanFileReading): void {
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

describe('readPlanFile, fuzzed', () => {
  test.prop(
    [fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json({ maxDepth: 3 }))],
    RUNS,
  )(
    'never throws on any text, and reads nothing unsafe',
    (text) => {
      expectSafe(readPlanFile(text));
    },
    FUZZ_TIMEOUT,
  );

  test.prop(
    [
      fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), anyJson),
      fc.oneof({ arbitrary: hostileAnswers, weight: 4 }, anyJson),
      fc.constantFrom<unknown>(PLAN_FILE_VERSION, PLAN_FILE_VERSION + 1, '1', null),
    ],
    RUNS,
  )(
    'reads a file of the right format with any name and answers safely',
    (name, plan, version) => {
      const text = JSON.stringify({ format: PLAN_FILE_FORMAT, version, name, plan });
      expectSafe(readPlanFile(text));
    },
    FUZZ_TIMEOUT,
  );
});
