/** Which years a person can be in at each stage, from the rules (so forms and validation agree). */
import { MEDICAL_SCHOOL_ROUTES, courseLengths, intercalationYear } from '../rules/medical-school';
import { coreTrainingLengths, higherTrainingLength } from '../rules/specialty';

/** England and Wales year groups the planner covers. */
export const SCHOOL_YEAR_GROUPS = { first: 9, last: 13 } as const;

/** Higher specialty training starts at ST4 and runs for the indicative length. */
export const FIRST_ST_YEAR = 4;

const longestCourse =
  Math.max(...MEDICAL_SCHOOL_ROUTES.map((route) => courseLengths[route].value.years)) +
  intercalationYear.value.years;

export type StageWithYear = 'school' | 'medical-school' | 'imt' | 'accs' | 'st';

/** The first and last year someone can be in, for each stage that has years. */
export const STAGE_YEAR_RANGES: Readonly<
  Record<StageWithYear, { readonly first: number; readonly last: number }>
> = {
  school: SCHOOL_YEAR_GROUPS,
  'medical-school': { first: 1, last: longestCourse },
  imt: { first: 1, last: coreTrainingLengths.imt.value.years },
  accs: { first: 1, last: coreTrainingLengths['accs-im'].value.years },
  st: { first: FIRST_ST_YEAR, last: FIRST_ST_YEAR + higherTrainingLength.value.years - 1 },
};
