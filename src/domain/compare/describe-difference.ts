/**
 * How far apart two compared dates are, in words. Estimated dates are only known roughly, so their
 * difference is rounded to the month ("about 2 years later", "about 1 year and 5 months earlier"), or
 * to the year when either date is only known to the year. Two published dates known to the day give
 * the exact difference ("2 years, 1 month and 4 days later"). The same date is "the same date".
 */
import {
  dateDifference,
  describeDifferenceInYears,
  formatYearsMonthsAndDays,
} from '../cct/difference';
import type { ComparedDate } from './compare-routes';

/** What two rounded dates less than half a month apart are said to be. */
export const ABOUT_THE_SAME_TIME = 'about the same time';

/** Whole months, counting half a month or more (15 days) as a month. */
function roundedMonths(months: number, days: number): number {
  return months + (days >= 15 ? 1 : 0);
}

export function isExact(date: ComparedDate): boolean {
  return date.basis === 'published' && date.precision === 'day';
}

export function describeComparedDifference(first: ComparedDate, second: ComparedDate): string {
  if (first.date === second.date) return 'the same date';
  if (isExact(first) && isExact(second)) return describeDifferenceInYears(first.date, second.date);
  const difference = dateDifference(first.date, second.date);
  const months = roundedMonths(difference.months, difference.days);
  const byYear = first.precision === 'year' || second.precision === 'year';
  const rounded = byYear ? Math.round(months / 12) * 12 : months;
  if (rounded === 0) return ABOUT_THE_SAME_TIME;
  return `about ${formatYearsMonthsAndDays({ months: rounded, days: 0 })} ${difference.direction}`;
}
