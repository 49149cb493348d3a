/**
 * The calculator's working as the part-time pages show it: one row per stretch of training, with what
 * each stretch counts for, and a plain sentence for each part-time stretch ("40 months and 4 days at
 * 60% counts as about 24 months and 2 days of full-time training").
 */
import { type IsoDate, addDays } from '../dates';
import { type MonthsAndDays, formatMonthsAndDays, spanLength } from './difference';
import { PERIOD_KINDS } from './kinds';
import { type Percent, type Wte, percentOf } from '../units';
import type { CctSegment } from './types';

export type WorkingRow = {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly calendarDays: number;
  /** "Full time", "Less than full time at 60%", "Your current hours (80%)", "Parental leave". */
  readonly label: string;
  /** The percentage of each day that counts towards training; null when it does not count. */
  readonly countsAtPercent: Percent | null;
  readonly fullTimeDaysEarned: number;
  readonly fullTimeDaysLeft: number;
  /** For part-time and part-credited stretches, what they count as; null otherwise. */
  readonly sentence: string | null;
  /** Which of the periods given this row comes from; null for full time or current hours. */
  readonly changeIndex: number | null;
};

// Made only for a number the digits below do not cover (negative, minus zero, tiny, huge, not finite).
let daysFormat: Intl.NumberFormat | undefined;

/**
 * Full-time days as written in the working: whole numbers with thousands separators, else 2 decimals.
 * Written from the number's shortest decimal digits, not with Intl (issue 14): the first number
 * format made on a page loads the locale's data, about 100 ms of main thread on the part-time page
 * with the CPU slowed 4x. Intl rounds those same digits half away from zero (1.005 is "1.01", though
 * toFixed says "1.00"); working.test.ts compares the two.
 */
export function formatFullTimeDays(days: number): string {
  const digits = String(days);
  if (!(days >= 0 && days < 1e12) || Object.is(days, -0) || digits.includes('e')) {
    daysFormat ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
    return daysFormat.format(days);
  }
  const [whole = '0', fraction = ''] = digits.split('.');
  const roundsUp = (fraction[2] ?? '0') >= '5';
  const hundredths =
    Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0')) + (roundsUp ? 1 : 0);
  const grouped = String(Math.floor(hundredths / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  const decimals = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return decimals === '' ? grouped : `${grouped}.${decimals}`;
}

function labelOf(segment: CctSegment): string {
  if (segment.kind === 'full-time') return 'Full time';
  const percent = percentOf(segment.credit);
  if (segment.kind === 'ltft')
    return segment.changeIndex === null
      ? `Your current hours (${percent}%)`
      : `${PERIOD_KINDS.ltft.name} at ${percent}%`;
  return PERIOD_KINDS[segment.kind].name;
}

/** "1 year", "2 years", "20 months": whole months, in years when they make whole years. */
function monthsInWords(months: number): string {
  if (months >= 12 && months % 12 === 0) {
    const years = months / 12;
    return `${years} ${years === 1 ? 'year' : 'years'}`;
  }
  return `${months} ${months === 1 ? 'month' : 'months'}`;
}

/**
 * A span as people say it: exact months as they are ("20 months", "1 year"); within 3 days of a whole
 * number of months, "about" that many ("about 1 year", never "11 months and 30 days": calendar months
 * are 28 to 31 days long, so a few days either way is only the calendar); otherwise months and days.
 */
export function roughSpan({ months, days }: MonthsAndDays): string {
  if (days === 0) return months === 0 ? '0 days' : monthsInWords(months);
  if (days <= 3 && months > 0) return `about ${monthsInWords(months)}`;
  if (days >= 27) return `about ${monthsInWords(months + 1)}`;
  return formatMonthsAndDays({ months, days });
}

/**
 * "20 months at 60% counts as 1 year of full-time training": what a part-time or part-credited stretch
 * is worth, as the span of that many whole full-time days from the same start, both rounded sensibly
 * (see {@link roughSpan}; "about" when the days earned are not whole).
 */
export function countsAsSentence(segment: CctSegment): string | null {
  if (segment.credit <= 0 || segment.credit >= 1) return null;
  const earned = segment.fullTimeDaysEarned;
  const wholeDays = Math.round(earned);
  let fullTime =
    wholeDays < 1
      ? 'less than a day'
      : roughSpan(spanLength(segment.start, addDays(segment.start, wholeDays - 1)));
  if (wholeDays !== earned && wholeDays >= 1 && !fullTime.startsWith('about '))
    fullTime = `about ${fullTime}`;
  const length = roughSpan(spanLength(segment.start, segment.end));
  const counts = segment.kind === 'oopr' ? 'credited at' : 'at';
  return `${length} ${counts} ${percentOf(segment.credit)}% counts as ${fullTime} of full-time training`;
}

/** One row per stretch of the working, from the first day counted to the CCT date. */
export function workingRows(segments: readonly CctSegment[]): WorkingRow[] {
  return segments.map((segment) => ({
    start: segment.start,
    end: segment.end,
    calendarDays: segment.calendarDays,
    label: labelOf(segment),
    countsAtPercent: segment.credit > 0 ? percentOf(segment.credit) : null,
    fullTimeDaysEarned: segment.fullTimeDaysEarned,
    fullTimeDaysLeft: segment.fullTimeDaysLeft,
    sentence: countsAsSentence(segment),
    changeIndex: segment.changeIndex,
  }));
}

/**
 * "1 year of full-time training at 60% takes 20 months": 12 ÷ WTE calendar months, to one decimal
 * place ("about 17.1 months" where it is not whole).
 */
export function fullTimeYearSentence(wte: Wte): string {
  const months = 12 / wte;
  const rounded = Math.round(months * 10) / 10;
  const exact = Math.abs(months - Math.round(months)) < 1e-9;
  return `1 year of full-time training at ${percentOf(wte)}% takes ${exact ? '' : 'about '}${exact ? Math.round(months) : rounded} months`;
}
