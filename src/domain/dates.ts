/**
 * Calendar dates as branded ISO strings (`YYYY-MM-DD`), never `Date` objects, so state and fixtures stay
 * plain JSON and a date never shifts with the time zone. This is the only module that does calendar
 * arithmetic. It works in whole numbers on day numbers and on the digits of the string, never through
 * `Date`: local midnight does not exist on every day everywhere (Kiritimati skipped 31 December 1994),
 * and the engines step through every period of a plan on each keystroke, so a step allocates nothing
 * but its result.
 */

import type { DayCount } from './units';

declare const isoDateBrand: unique symbol;
/** A real calendar date written `YYYY-MM-DD`. Build one with {@link parseIsoDate} or {@link isoDate}. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

declare const dayNumberBrand: unique symbol;
/**
 * A date as days since 1 January 1970 (day 0) on the proleptic Gregorian calendar: a day, not a count
 * of days. Subtracting two gives a count; add a count with {@link plusDays}.
 */
export type DayNumber = number & { readonly [dayNumberBrand]: true };

/**
 * The last day of a period that never ends. It is Infinity, so it comes after every day and comparisons
 * need no special case; never turn it into a date.
 */
export const OPEN_ENDED = Infinity as DayNumber;

/** The digits of a `YYYY-MM-DD` string at `from`, read without allocating. */
function digits(date: string, from: number, count: number): number {
  let value = 0;
  for (let index = from; index < from + count; index += 1) {
    value = value * 10 + date.charCodeAt(index) - 48;
  }
  return value;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year, February included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads `YYYY-MM-DD`; returns `null` for anything else, including impossible dates like 2026-02-30 and
 * years before 1900 or after 2200. Works on character codes and allocates nothing: a plan can hold 80
 * dates and is checked on every keystroke.
 */
export function parseIsoDate(value: unknown): IsoDate | null {
  if (typeof value !== 'string' || value.length !== 10) return null;
  for (let index = 0; index < 10; index += 1) {
    const code = value.charCodeAt(index);
    if (index === 4 || index === 7 ? code !== 45 : code < 48 || code > 57) return null;
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? (value as IsoDate) : null;
}

/** "00" to "31", so building a date string allocates no padding work on hot paths. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, value) => String(value).padStart(2, '0'));

/** Builds a date from its parts (month 1–12); the parts must already form a real date (year 1000–9999). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${TWO_DIGITS[month] ?? String(month).padStart(2, '0')}-${TWO_DIGITS[day] ?? String(day).padStart(2, '0')}` as IsoDate;
}

export function yearOf(date: IsoDate): number {
  return digits(date, 0, 4);
}

export function monthOf(date: IsoDate): number {
  return digits(date, 5, 2);
}

export function dayOf(date: IsoDate): number {
  return digits(date, 8, 2);
}

/**
 * The day number of a date given by its parts (month 1–12), in whole-number arithmetic (Howard Hinnant's
 * days_from_civil), so it allocates nothing and runs in a few nanoseconds.
 */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const shiftedYear = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) as DayNumber;
}

/** Days since 1 January 1970: see {@link DayNumber}. */
export function dayNumber(date: IsoDate): DayNumber {
  return dayNumberOf(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2));
}

/**
 * Dates already written, by day number: building the string is most of the cost of a date, and the
 * engines write the same few hundred dates (rotation days, the ends of stretches) again and again.
 */
const datesOfDays = new Map<number, IsoDate>();
const DATES_OF_DAYS_KEPT = 16_384;

/** The date of a day number (Hinnant's civil_from_days, the inverse of {@link dayNumber}). */
export function dateOfDayNumber(day: DayNumber): IsoDate {
  let date = datesOfDays.get(day);
  if (date === undefined) {
    if (datesOfDays.size >= DATES_OF_DAYS_KEPT) datesOfDays.clear();
    date = writeDayNumber(day);
    datesOfDays.set(day, date);
  }
  return date;
}

function writeDayNumber(day: DayNumber): IsoDate {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month, dayOfMonth);
}

/** The day `days` days after `day` (before it when negative). */
export function plusDays(day: DayNumber, days: DayCount): DayNumber {
  return (day + days) as DayNumber;
}

/** Inclusive span: 2026-01-01 to 2026-01-11 is 11 days. */
export function inclusiveDays(start: IsoDate, end: IsoDate): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/** `days` whole days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: DayCount): IsoDate {
  return dateOfDayNumber(plusDays(dayNumber(date), days));
}

/** Adds whole calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const index = digits(date, 0, 4) * 12 + digits(date, 5, 2) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = digits(date, 8, 2);
  const lastDay = daysInMonth(year, month);
  return isoDate(year, month, day < lastDay ? day : lastDay);
}

/** Adds whole calendar years; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** ISO strings sort as dates, so comparison is a string comparison. */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  return a <= b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday (day 0 was a Thursday). */
export function weekdayOfDayNumber(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return weekdayOfDayNumber(dayNumber(date));
}

/** The first given weekday (0 = Sunday) in a month, e.g. the first Wednesday in August. */
export function firstWeekdayOfMonth(year: number, month: number, weekday: number): IsoDate {
  const offset = (weekday - weekdayOfDayNumber(dayNumberOf(year, month, 1)) + 7) % 7;
  return isoDate(year, month, 1 + offset);
}

/** The last day of the month a date falls in. */
export function endOfMonth(date: IsoDate): IsoDate {
  return isoDate(yearOf(date), monthOf(date), daysInMonth(yearOf(date), monthOf(date)));
}

/**
 * Age in whole years on a date. Someone born on 29 February turns a year older on 1 March in common
 * years, as UK law counts it.
 */
export function ageOn(dateOfBirth: IsoDate, date: IsoDate): number {
  const years = yearOf(date) - yearOf(dateOfBirth);
  // Month and day compared as the number MMDD: the same order as the text "MM-DD", with no substrings.
  const birthdayNotYetReached =
    monthOf(date) * 100 + dayOf(date) < monthOf(dateOfBirth) * 100 + dayOf(dateOfBirth);
  return birthdayNotYetReached ? years - 1 : years;
}

/**
 * Month names as Intl's en-GB long format writes them. Dates are written from their digits, not with
 * Intl.DateTimeFormat: making the first formatter loads the locale's data, about 30 ms on a phone (120
 * ms with the CPU slowed 4x, the largest piece of the app's own work on a direct load of the route
 * page, issue 14), and a valid date's year always has four digits, so the words are the same
 * (dates.test.ts checks them against Intl).
 */
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "October" for 10, as the dates here write it; '' for a number that is not a month. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

/** "15 October 2027", as the NHS content style writes dates. */
export function formatLongDate(date: IsoDate): string {
  return `${dayOf(date)} ${MONTH_NAMES[monthOf(date) - 1]} ${yearOf(date)}`;
}

/** "October 2027". */
export function formatMonthYear(date: IsoDate): string {
  return `${MONTH_NAMES[monthOf(date) - 1]} ${yearOf(date)}`;
}
