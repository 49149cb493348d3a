import type { Plan } from './types';

/** The values a plan takes when a field is left out (see docs/timeline-rules.md). */
export const PLAN_DEFAULTS = {
  nation: 'england',
  medicalSchoolRoute: 'standard',
  intercalate: false,
  gapYearsBeforeMedicalSchool: 0,
  yearsBeforeCoreTraining: 0,
  coreRoute: 'imt',
  st4Route: 'core-training',
  mrcp: 'none',
  appliedInCurrentRound: false,
} as const satisfies Partial<Plan>;

/** Age limits for a plan, checked on today's date. */
export const PLAN_AGE_LIMITS = { youngest: 13, oldest: 70 } as const;

/** The most gap or "F3" years a plan may hold. */
export const MAX_YEARS_OUT = 10;
