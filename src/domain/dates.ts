/**
 * Calendar dates as branded ISO strings (`YYYY-MM-DD`), never `Date` objects, so state and fixtures stay
 * plain JSON and a date never shifts with the time zone. Arithmetic runs through date-fns on UTC dates:
 * local midnight does not exist on every day everywhere (Kiritimati skipped 31 December 1994), and a
 * skipped day would shift a local-time sum.
 */
import { UTCDate } from '@date-fns/utc';
import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  addYears as addYearsFns,
} from 'date-fns';

declare const isoDateBrand: unique symbol;
/** A real calendar date written `YYYY-MM-DD`. Build one with {@link parseIsoDate} or {@link isoDate}. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in each month of a year, February included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads `YYYY-MM-DD`; returns `null` for anything else, including impossible dates like 2026-02-30. */
export function parseIsoDate(value: unknown): IsoDate | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return value as IsoDate;
}

/** "00" to "31", so building a date string allocates no padding work on hot paths. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, value) => String(value).padStart(2, '0'));

/** Builds a date from its parts (month 1–12); the parts must already form a real date (year 1000–9999). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${TWO_DIGITS[month] ?? String(month).padStart(2, '0')}-${TWO_DIGITS[day] ?? String(day).padStart(2, '0')}` as IsoDate;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

export function dayOf(date: IsoDate): number {
  return Number(date.slice(8, 10));
}

function toUtcDate(date: IsoDate): UTCDate {
  return new UTCDate(yearOf(date), monthOf(date) - 1, dayOf(date));
}

function fromUtcDate(date: Date): IsoDate {
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcDate(addDaysFns(toUtcDate(date), days));
}

/** Adds calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromUtcDate(addMonthsFns(toUtcDate(date), months));
}

/** Adds calendar years; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return fromUtcDate(addYearsFns(toUtcDate(date), years));
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

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(Date.UTC(yearOf(date), monthOf(date) - 1, dayOf(date))).getUTCDay();
}

/** The first given weekday (0 = Sunday) in a month, e.g. the first Wednesday in August. */
export function firstWeekdayOfMonth(year: number, month: number, weekday: number): IsoDate {
  const firstDay = isoDate(year, month, 1);
  const offset = (weekday - weekdayOf(firstDay) + 7) % 7;
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
  const birthdayNotYetReached = date.slice(5) < dateOfBirth.slice(5);
  return birthdayNotYetReached ? years - 1 : years;
}

const longDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYearFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function toUtcTimestamp(date: IsoDate): number {
  return Date.UTC(yearOf(date), monthOf(date) - 1, dayOf(date));
}

/** Formatting with Intl takes microseconds and pages repeat the same few dates (checked-on dates). */
const longDates = new Map<IsoDate, string>();
const LONG_DATES_KEPT = 4_096;

/** "15 October 2027", as the NHS content style writes dates. */
export function formatLongDate(date: IsoDate): string {
  let text = longDates.get(date);
  if (text === undefined) {
    if (longDates.size >= LONG_DATES_KEPT) longDates.clear();
    text = longDateFormat.format(toUtcTimestamp(date));
    longDates.set(date, text);
  }
  return text;
}

/** "October 2027". */
export function formatMonthYear(date: IsoDate): string {
  return monthYearFormat.format(toUtcTimestamp(date));
}
