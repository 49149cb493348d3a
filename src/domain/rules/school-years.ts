/**
 * School years in each UK nation (facts-update-2026-12.md, issue 12): how each numbers its secondary
 * years, which is the last, and the birthday cut-off that decides a child's year group. A pupil is asked
 * their year in their own nation's numbering; the engine works out the summer they leave school from it.
 */
import type { MonthDay, Rule } from './types';
import { UPDATE_CHECKED_ON } from './checked-on';
import { REVIEW_WITHIN_A_YEAR } from './review';

export type SchoolYearSystem = {
  /** The year groups Pathway covers, in the nation's own numbering (Scotland: 1 to 6 for S1 to S6). */
  readonly first: number;
  readonly last: number;
  /** How a year is written: "Year 11", "S4". */
  readonly prefix: 'Year ' | 'S';
  /** The year of GCSEs or National 5s. */
  readonly examYear: number;
  /**
   * The first birthday of a year group: children born from this day to the day before it a year later
   * are in the same year.
   */
  readonly cutOff: MonthDay;
  /**
   * How many years before an academic year A the children in year 1 of A were born, counted from the
   * cut-off: year G in academic year A holds those born from the cut-off in A − G − birthOffset.
   */
  readonly birthOffset: number;
};

export const englandAndWalesSchoolYears: Rule<SchoolYearSystem> = {
  id: 'school-years-england-wales',
  title: 'School years in England and Wales',
  value: {
    first: 9,
    last: 13,
    prefix: 'Year ',
    examYear: 11,
    cutOff: { month: 9, day: 1 },
    birthOffset: 5,
  },
  sourceId: 'gov-uk-school-starting-age',
  alsoSourceIds: ['gov-wales-education-system'],
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Children start reception in the September after their fourth birthday, so a year group runs from 1 September to 31 August. GCSEs are in Year 11 and A-levels in Year 13.',
};

export const northernIrelandSchoolYears: Rule<SchoolYearSystem> = {
  id: 'school-years-northern-ireland',
  title: 'School years in Northern Ireland',
  value: {
    first: 8,
    last: 14,
    prefix: 'Year ',
    examYear: 12,
    cutOff: { month: 7, day: 2 },
    birthOffset: 4,
  },
  sourceId: 'education-ni-compulsory-education',
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'A child who is 4 on or between 1 September and 1 July starts Year 1 the next September, so a year group runs from 2 July to 1 July. Secondary school starts in Year 8; GCSEs are in Year 12 and A-levels in Year 14.',
};

export const scotlandSchoolYears: Rule<SchoolYearSystem> = {
  id: 'school-years-scotland',
  title: 'School years in Scotland',
  value: {
    first: 1,
    last: 6,
    prefix: 'S',
    examYear: 4,
    cutOff: { month: 3, day: 1 },
    birthOffset: 11,
  },
  sourceId: 'education-scotland-starting-school',
  checkedOn: UPDATE_CHECKED_ON,
  reviewBy: REVIEW_WITHIN_A_YEAR,
  confidence: 'high',
  note: 'Children born from 1 March to the end of February start Primary 1 in the same August, so a year group runs from 1 March. After 7 primary years come S1 to S6: National 5s in S4, Highers in S5, Advanced Highers or more Highers in S6. Pupils usually apply to medicine in S6.',
};

/** Each nation's school years, by the plan's `nation` (a function, so the registry lists each rule once). */
export function schoolYearsFor(
  nation: 'england' | 'wales' | 'northern-ireland' | 'scotland',
): Rule<SchoolYearSystem> {
  switch (nation) {
    case 'northern-ireland':
      return northernIrelandSchoolYears;
    case 'scotland':
      return scotlandSchoolYears;
    default:
      return englandAndWalesSchoolYears;
  }
}
