/**
 * The two calendars a route runs on: the academic year (school and university, from 1 September) and
 * the training year (Foundation, core and specialty posts, from the first Wednesday in August).
 */
import { type IsoDate, addDays, firstWeekdayOfMonth, isoDate, weekdayOf, yearOf } from './dates';
import { courseStartMonth } from './rules/medical-school';
import { rotationStart } from './rules/specialty';

/** Rotation days already worked out, by year: the engines ask for the same few years many times. */
const rotationDates = new Map<number, IsoDate>();

/** The day training posts rotate in a given year: the first Wednesday in August. */
export function rotationDate(year: number): IsoDate {
  let date = rotationDates.get(year);
  if (date === undefined) {
    date = firstWeekdayOfMonth(year, rotationStart.value.month, rotationStart.value.weekday);
    if (rotationDates.size < 1_000) rotationDates.set(year, date);
  }
  return date;
}

/**
 * The date itself on a weekday, else the Monday after: where a date projected from a yearly pattern is
 * expected when it falls on a weekend (rule projected-dates-on-working-days).
 */
export function onWorkingDay(date: IsoDate): IsoDate {
  const weekday = weekdayOf(date); // 0 Sunday … 6 Saturday
  if (weekday === 6) return addDays(date, 2);
  if (weekday === 0) return addDays(date, 1);
  return date;
}

/** The next rotation day after `today`: when "from next August" starts. */
export function nextRotationAfter(today: IsoDate): IsoDate {
  const sameYear = rotationDate(yearOf(today));
  return sameYear > today ? sameYear : rotationDate(yearOf(today) + 1);
}

/** The year in which the academic year containing `today` began (it begins on 1 September). */
export function academicYearOf(today: IsoDate): number {
  const year = yearOf(today);
  const start = isoDate(year, courseStartMonth.value.month, courseStartMonth.value.day);
  return today >= start ? year : year - 1;
}

/** The year in which the training year containing `today` began (it begins on the rotation date). */
export function trainingYearOf(today: IsoDate): number {
  const year = yearOf(today);
  return today >= rotationDate(year) ? year : year - 1;
}

/**
 * The year a pupil in `yearGroup` (their nation's numbering: `last` is its final school year, 13 in
 * England and Wales, 14 in Northern Ireland, 6 for S6 in Scotland) sits their final school exams.
 */
export function schoolLeavingYear(academicYear: number, yearGroup: number, last = 13): number {
  return academicYear + (last - yearGroup) + 1;
}
