/**
 * The plan file's shape as a zod schema: what "Download this plan" writes and "Open a plan file" reads
 * (docs/plan-file.md). docs/plan-file.schema.json is generated from it (npm run plan-file:schema), so
 * the documented schema and the checked one cannot drift apart.
 *
 * The schema checks shape, types and the fixed lists of choices. Whether the answers make a plan (a
 * date of birth in the past, a year group that exists) is validatePlan's to say, as for a saved plan.
 */
import * as z from 'zod/mini';
import { CHANGE_KINDS } from '../cct/kinds';
import { qualificationsSchema } from '../entry/read-qualifications';
import { MEDICAL_SCHOOL_ROUTES } from '../rules/medical-school';
import { CORE_ROUTES } from '../rules/specialty';
import { MAX_PLAN_NAME_LENGTH } from './plan-name';
import { MRCP_PROGRESS, NATIONS, NOW_STAGES, ST4_ROUTES } from './types';

/** What the file says it is, so a JSON file from anything else is told apart. */
export const PLAN_FILE_FORMAT = 'pathway-plan';
/** The version this Pathway writes and the newest it reads. A change of shape gets a new number. */
export const PLAN_FILE_VERSION = 1;

const isoDate = z.iso.date().check(z.describe('A date as YYYY-MM-DD'));
const wholeNumber = z.int();

const periodSchema = z
  .strictObject({
    // Optional, as in the timeline fixtures: a period without one is given one when read.
    id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/))),
    kind: z.enum(CHANGE_KINDS),
    start: isoDate,
    end: z.nullable(isoDate),
    wte: z.optional(z.number()),
    credit: z.optional(z.number()),
    workingDaysAbsent: z.optional(z.number()),
  })
  .check(z.describe('A part-time period, time out or leave (docs/cct-rules.md)'));

/** A plan's answers, each optional as people answer one question at a time (docs/timeline-rules.md). */
export const planFileAnswersSchema = z.strictObject({
  dateOfBirth: z.optional(isoDate),
  nation: z.optional(z.enum(NATIONS)),
  now: z.optional(
    z.strictObject({
      stage: z.enum(NOW_STAGES),
      yearGroup: z.optional(wholeNumber),
      year: z.optional(wholeNumber),
    }),
  ),
  medicalSchoolRoute: z.optional(z.enum(MEDICAL_SCHOOL_ROUTES)),
  intercalate: z.optional(z.boolean()),
  gapYearsBeforeMedicalSchool: z.optional(wholeNumber),
  yearsBeforeCoreTraining: z.optional(wholeNumber),
  coreRoute: z.optional(z.enum(CORE_ROUTES)),
  st4Route: z.optional(z.enum(ST4_ROUTES)),
  mrcp: z.optional(z.enum(MRCP_PROGRESS)),
  plannedSt4Year: z.optional(wholeNumber),
  qualificationYear: z.optional(wholeNumber),
  appliedInCurrentRound: z.optional(z.boolean()),
  schoolYearChecked: z.optional(z.boolean()),
  qualifications: z.optional(qualificationsSchema),
  changes: z.optional(z.array(periodSchema)),
});

export const planFileSchema = z
  .strictObject({
    format: z.literal(PLAN_FILE_FORMAT),
    version: z.literal(PLAN_FILE_VERSION),
    name: z.string().check(z.maxLength(MAX_PLAN_NAME_LENGTH)),
    plan: planFileAnswersSchema,
  })
  .check(
    z.meta({
      title: 'Pathway plan file',
      description:
        'A plan saved as a file by Pathway: its name and answers. The skills checklist is not included.',
    }),
  );

export type PlanFile = z.infer<typeof planFileSchema>;

/**
 * The plan file's JSON Schema, as written to docs/plan-file.schema.json by scripts/plan-file-schema.ts
 * (a test fails when the committed file differs). Generated from the zod schema, never written by hand.
 */
export function planFileJsonSchemaText(): string {
  const schema = z.toJSONSchema(planFileSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
