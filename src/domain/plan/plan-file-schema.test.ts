import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFileJsonSchemaText } from './plan-file-schema';

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
});
