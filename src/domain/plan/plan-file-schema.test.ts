import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { PlanAnswers } from './answers';
import { type planFileAnswersSchema, planFileJsonSchemaText } from './plan-file-schema';

const COMMITTED = join(import.meta.dirname, '..', '..', '..', 'docs', 'plan-file.schema.json');

describe('docs/plan-file.schema.json', () => {
  it('is the schema generated from the zod schema (run npm run plan-file:schema after a change)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(planFileJsonSchemaText());
  });

  it('documents the format, the version and every answer', () => {
    const schema = JSON.parse(planFileJsonSchemaText()) as {
      required: string[];
      properties: { plan: { properties: Record<string, unknown> } };
    };
    expect(schema.required).toEqual(['format', 'version', 'name', 'plan']);
    expect(Object.keys(schema.properties.plan.properties)).toContain('changes');
    expect(Object.keys(schema.properties.plan.properties)).not.toContain('reflections');
  });

  // Checked by the typecheck (npm run typecheck), not when the test runs: the schema is written apart
  // from PlanAnswers, so an answer added to one and not the other is a compile error here.
  it('holds every answer a plan has but the skills checklist, with the same choices', () => {
    type FileAnswers = z.output<typeof planFileAnswersSchema>;
    expectTypeOf<keyof FileAnswers>().toEqualTypeOf<Exclude<keyof PlanAnswers, 'reflections'>>();
    // Periods are checked for shape only in the file; readPlanAnswers gives them their types.
    expectTypeOf<Omit<FileAnswers, 'changes'>>().toExtend<PlanAnswers>();
  });
});
