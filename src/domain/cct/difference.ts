/**
 * How far apart two dates are, in whole calendar months and days, as the part-time pages say it
 * ("16 months and 2 days later"). Months are counted as calendar months from the earlier date (the 31st
 * becomes a shorter month's last day), then the days left over.
 */
import { type IsoDate, addDays, addMonths, dayNumber, monthOf, yearOf } from '../dates';

export type MonthsAndDays = { readonly months: number; readonly days: number };

export type DateDifference = MonthsAndDays & {
  /** Whether `to` is later or earlier than `from`, or the same day. */
  readonly direction: 'later' | 'earlier' | 'same';
  /** Calendar days from `from` to `to`: negative when `to` is earlier. */
  readonly totalDays: number;
};

/** Whole months, then days, from `from` to a later or equal date `to`. */
function forwardMonthsAndDays(from: IsoDate, to: IsoDate): MonthsAndDays {
  let months = (yearOf(to) - yearOf(from)) * 12 + (monthOf(to) - monthOf(from));
  if (months > 0 && addMonths(from, months) > to) months -= 1;
  return { months, days: dayNumber(to) - dayNumber(addMonths(from, months)) };
}

/** The difference from `from` to `to` in whole calendar months and days. */
export function dateDifference(from: IsoDate, to: IsoDate): DateDifference {
  const totalDays = dayNumber(to) - dayNumber(from);
  if (totalDays === 0) return { months: 0, days: 0, direction: 'same', totalDays };
  const span = totalDays > 0 ? forwardMonthsAndDays(from, to) : forwardMonthsAndDays(to, from);
  return { ...span, direction: totalDays > 0 ? 'later' : 'earlier', totalDays };
}

/** The length of an inclusive span (1 to 31 January is 1 month), in months and days. */
export function spanLength(start: IsoDate, end: IsoDate): MonthsAndDays {
  return forwardMonthsAndDays(start, addDays(end, 1));
}

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "16 months and 2 days", "1 month", "3 days", "0 days". */
export function formatMonthsAndDays({ months, days }: MonthsAndDays): string {
  if (months === 0) return counted(days, 'day', 'days');
  if (days === 0) return counted(months, 'month', 'months');
  return `${counted(months, 'month', 'months')} and ${counted(days, 'day', 'days')}`;
}

/** "16 months and 2 days later", "3 days earlier" or "the same date". */
export function describeDifference(from: IsoDate, to: IsoDate): string {
  const difference = dateDifference(from, to);
  if (difference.direction === 'same') return 'the same date';
  return `${formatMonthsAndDays(difference)} ${difference.direction}`;
}

/**
 * "2 years, 1 month and 4 days", "1 year", "11 months and 29 days": for spans people think of in
 * years, such as how much later one route reaches its CCT than another.
 */
export function formatYearsMonthsAndDays({ months, days }: MonthsAndDays): string {
  const years = Math.floor(months / 12);
  const parts = [
    ...(years > 0 ? [counted(years, 'year', 'years')] : []),
    ...(months % 12 > 0 ? [counted(months % 12, 'month', 'months')] : []),
    ...(days > 0 ? [counted(days, 'day', 'days')] : []),
  ];
  if (parts.length === 0) return counted(0, 'day', 'days');
  const last = parts.pop() ?? '';
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}

/** "2 years and 4 days later", "11 months and 29 days earlier" or "the same date". */
export function describeDifferenceInYears(from: IsoDate, to: IsoDate): string {
  const difference = dateDifference(from, to);
  if (difference.direction === 'same') return 'the same date';
  return `${formatYearsMonthsAndDays(difference)} ${difference.direction}`;
}

/** "1 day", "196 days": a count of calendar days, for the TIS-style difference. */
export function formatDays(days: number): string {
  return counted(days, 'day', 'days');
}
