/**
 * Date and month strings for the pay engine, from day numbers. A year of pay splits into many parts and
 * twelve months, and turning a day number into `YYYY-MM-DD` is most of the cost of a part, so the strings
 * are remembered (bench-pay runs about a third slower without): the same days recur from one call to
 * the next as a plan is edited. Pure functions of their argument; the memory is capped.
 */
import { type DayNumber, type IsoDate, dateOfDayNumber } from '../dates';

const MAX_REMEMBERED = 20_000;
const isoByDay = new Map<number, IsoDate>();

/** The `YYYY-MM-DD` date of a day number. */
export function isoOfDay(day: DayNumber): IsoDate {
  let iso = isoByDay.get(day);
  if (iso === undefined) {
    if (isoByDay.size >= MAX_REMEMBERED) isoByDay.clear();
    iso = dateOfDayNumber(day);
    isoByDay.set(day, iso);
  }
  return iso;
}

const FINANCIAL_YEAR_MONTHS = [
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '01',
  '02',
  '03',
];
const monthsByYear = new Map<number, readonly string[]>();

/** `YYYY-MM` for the twelve months of the financial year starting in April of `startYear`. */
export function financialYearMonths(startYear: number): readonly string[] {
  let months = monthsByYear.get(startYear);
  if (months === undefined) {
    if (monthsByYear.size >= MAX_REMEMBERED) monthsByYear.clear();
    months = FINANCIAL_YEAR_MONTHS.map(
      (month, index) => `${index >= 9 ? startYear + 1 : startYear}-${month}`,
    );
    monthsByYear.set(startYear, months);
  }
  return months;
}
