/** Plans the tests share. Each is a real person's answers, worked through by hand in the docs. */
import { type Period, readPeriods } from '../../src/domain/cct/period';
import type { PlanAnswers } from '../../src/domain/plan/answers';

/**
 * A Year 11 pupil in the 2026 academic year on the standard 5-year course, then IMT: CCT in August
 * 2043, aged 32 (docs/timeline-rules.md's example).
 */
export const YEAR_11_ANSWERS = {
  dateOfBirth: '2011-03-14',
  nation: 'england',
  now: { stage: 'school', yearGroup: 11 },
  medicalSchoolRoute: 'standard',
  intercalate: false,
  gapYearsBeforeMedicalSchool: 0,
  yearsBeforeCoreTraining: 0,
  coreRoute: 'imt',
} as const satisfies PlanAnswers;

/** An F2 doctor born 1 June 2000, going straight into IMT: CCT on 6 August 2034 (as of 25 November 2026). */
export const F2_ANSWERS = {
  now: { stage: 'f2' },
  dateOfBirth: '2000-06-01',
  nation: 'england',
  yearsBeforeCoreTraining: 0,
  coreRoute: 'imt',
} as const satisfies PlanAnswers;

/**
 * Periods as a test writes them (plain objects in the calculator's shape), typed with ids as the app
 * keeps them. Throws if one is not a period, so a typo fails the test that made it.
 */
export function periods(
  ...changes: readonly Readonly<Record<string, unknown>>[]
): readonly Period[] {
  const reading = readPeriods(changes);
  if (reading.unreadable > 0) throw new Error(`Not a period: ${JSON.stringify(changes)}`);
  return reading.periods;
}
