/**
 * Writes docs/plan-file.schema.json, the plan file's JSON Schema, from its zod schema. Run with
 * `npm run plan-file:schema` after changing src/domain/plan/plan-file-schema.ts; a unit test fails
 * while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planFileJsonSchemaText } from '../src/domain/plan/plan-file-schema';

export const PLAN_FILE_SCHEMA_PATH = join(
  import.meta.dirname,
  '..',
  'docs',
  'plan-file.schema.json',
);

writeFileSync(PLAN_FILE_SCHEMA_PATH, planFileJsonSchemaText());
console.log(`Wrote ${PLAN_FILE_SCHEMA_PATH}`);
