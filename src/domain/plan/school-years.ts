/**
 * A pupil's school year in their nation's own numbering (rules/school-years.ts): how it is written, and
 * the year a date of birth usually puts someone in, so a year two or more away can be checked once.
 */
import { academicYearOf } from '../calendar';
import { type IsoDate, dayOf, monthOf, yearOf } from '../dates';
import { type SchoolYearSystem, schoolYearsFor } from '../rules/school-years';
import { PLAN_DEFAULTS } from './defaults';
import { NATIONS, type Nation } from './types';

/** The nation's school years; England's when the nation is not (yet) known. */
export function schoolYearsOf(nation: unknown): SchoolYearSystem {
  const known = (NATIONS as readonly unknown[]).includes(nation)
    ? (nation as Nation)
    : PLAN_DEFAULTS.nation;
  return schoolYearsFor(known).value;
}

/** "Year 11", "S4". */
export function schoolYearLabel(nation: unknown, yearGroup: number): string {
  return `${schoolYearsOf(nation).prefix}${yearGroup}`;
}

/**
 * The school year someone born on `dateOfBirth` is usually in during the academic year holding `today`
 * (year groups run from the nation's cut-off birthday: 1 September, 2 July or 1 March). It may lie
 * outside the years Pathway covers.
 */
export function usualSchoolYear(nation: unknown, dateOfBirth: IsoDate, today: IsoDate): number {
  const system = schoolYearsOf(nation);
  const { month, day } = system.cutOff;
  // The cohort year: the year of the cut-off on or before the birthday.
  const bornOnOrAfterCutOff =
    monthOf(dateOfBirth) > month || (monthOf(dateOfBirth) === month && dayOf(dateOfBirth) >= day);
  const cohort = yearOf(dateOfBirth) - (bornOnOrAfterCutOff ? 0 : 1);
  return academicYearOf(today) - cohort - system.birthOffset;
}

/** The same point in school in another nation's numbering (the final year stays the final year). */
export function schoolYearInNation(from: unknown, to: unknown, yearGroup: number): number {
  return yearGroup + (schoolYearsOf(to).last - schoolYearsOf(from).last);
}
