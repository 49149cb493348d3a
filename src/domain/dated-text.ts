import { type IsoDate, formatLongDate, formatMonthYear, yearOf } from './dates';

type DatedThing = {
  readonly date: IsoDate;
  readonly endDate?: IsoDate;
  readonly precision: 'day' | 'month' | 'year';
};

function formatAt(date: IsoDate, precision: DatedThing['precision']): string {
  if (precision === 'year') return String(yearOf(date));
  return precision === 'month' ? formatMonthYear(date) : formatLongDate(date);
}

/**
 * A milestone's date as people read it, to the precision it is known: "15 October 2028",
 * "September 2029", or a range such as "November 2028 to March 2029".
 */
export function formatDated({ date, endDate, precision }: DatedThing): string {
  if (endDate === undefined) return formatAt(date, precision);
  const start = formatAt(date, precision);
  const end = formatAt(endDate, precision);
  if (start === end) return start;
  if (precision === 'month' && yearOf(date) === yearOf(endDate)) {
    return `${start.replace(` ${yearOf(date)}`, '')} to ${end}`;
  }
  return `${start} to ${end}`;
}
