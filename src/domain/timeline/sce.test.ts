import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { type IsoDate, formatMonthYear } from '../dates';
import { firstSceDietOnOrAfter } from './sce';
import { d } from '../../../tests/support/dates';

const DAY = 86_400_000;

function isoOfDay(day: number): IsoDate {
  return new Date(day * DAY).toISOString().slice(0, 10) as IsoDate;
}

function nextDay(value: string): IsoDate {
  return isoOfDay(Date.parse(`${value}T00:00:00Z`) / DAY + 1);
}

/** Months since year 0, so months apart can be counted without date arithmetic. */
function monthIndex(value: string): number {
  return Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1;
}

function dateInMonth(index: number, day: number): IsoDate {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/**
 * Every diet from 2019 to 2061, written out from docs/timeline-rules.md: 10 December 2025 and
 * 16 September 2026 published; later diets every 9 months on the 16th; earlier ones every 9 months
 * back from 10 December 2025, on the 10th.
 */
const CONTRACT_DIETS: readonly { date: IsoDate; basis: 'published' | 'estimate' }[] = (() => {
  const diets: { date: IsoDate; basis: 'published' | 'estimate' }[] = [];
  for (let index = monthIndex('2025-12-10') - 9; index >= monthIndex('2019-01-01'); index -= 9) {
    diets.unshift({ date: dateInMonth(index, 10), basis: 'estimate' });
  }
  diets.push(
    { date: d('2025-12-10'), basis: 'published' },
    { date: d('2026-09-16'), basis: 'published' },
  );
  for (let index = monthIndex('2026-09-16') + 9; index <= monthIndex('2061-12-31'); index += 9) {
    diets.push({ date: dateInMonth(index, 16), basis: 'estimate' });
  }
  return diets;
})();

/** The estimated diets the contract lists by month, June 2027 to September 2056. */
const CONTRACT_LISTED_MONTHS =
  'June 2027, March 2028, December 2028, September 2029, June 2030, March 2031, December 2031, September 2032, June 2033, March 2034, December 2034, September 2035, June 2036, March 2037, December 2037, September 2038, June 2039, March 2040, December 2040, September 2041, June 2042, March 2043, December 2043, September 2044, June 2045, March 2046, December 2046, September 2047, June 2048, March 2049, December 2049, September 2050, June 2051, March 2052, December 2052, September 2053, June 2054, March 2055, December 2055, September 2056'.split(
    ', ',
  );

/** Days from 1 January 2020 to 31 December 2060. */
const dateFrom2020To2060 = fc
  .integer({ min: Date.UTC(2020, 0, 1) / DAY, max: Date.UTC(2060, 11, 31) / DAY })
  .map(isoOfDay);

describe('firstSceDietOnOrAfter', () => {
  it.each([
    ['2025-12-10', '2025-12-10', 'on the published diet day'],
    ['2025-11-24', '2025-12-10', 'before the first published diet'],
    ['2025-03-11', '2025-12-10', 'the day after the diet before it'],
    ['2025-12-11', '2026-09-16', 'the day after the first published diet'],
    ['2026-09-16', '2026-09-16', 'on the second published diet day'],
    ['2026-06-01', '2026-09-16', 'between the published diets'],
  ])('from %s the next diet is the published %s (%s)', (from, expected) => {
    expect(firstSceDietOnOrAfter(d(from))).toEqual({ date: expected, basis: 'published' });
  });

  it.each([
    ['2026-09-17', '2027-06-16'],
    ['2027-06-16', '2027-06-16'],
    ['2027-06-17', '2028-03-16'],
    ['2039-08-03', '2040-03-16'],
    ['2027-08-04', '2028-03-16'],
  ])('from %s the next diet is the estimate %s', (from, expected) => {
    expect(firstSceDietOnOrAfter(d(from))).toEqual({ date: expected, basis: 'estimate' });
  });

  it.each([
    ['2025-03-10', '2025-03-10'],
    ['2024-06-10', '2024-06-10'],
    ['2023-09-10', '2023-09-10'],
    ['2024-06-11', '2025-03-10'],
    ['2023-09-11', '2024-06-10'],
  ])(
    'before the published diets, from %s the next diet is the estimate %s on the 10th',
    (from, expected) => {
      expect(firstSceDietOnOrAfter(d(from))).toEqual({ date: expected, basis: 'estimate' });
    },
  );

  it('walks through the diets the contract lists, 9 months apart on the 16th after September 2026', () => {
    const seen: IsoDate[] = [];
    let from = nextDay('2026-09-16');
    while (seen.length < CONTRACT_LISTED_MONTHS.length) {
      const diet = firstSceDietOnOrAfter(from);
      expect(diet.basis).toBe('estimate');
      seen.push(diet.date);
      from = nextDay(diet.date);
    }
    expect(seen.map(formatMonthYear)).toEqual(CONTRACT_LISTED_MONTHS);
    expect(seen.every((date) => date.endsWith('-16'))).toBe(true);
    const diets = [d('2026-09-16'), ...seen];
    for (let i = 1; i < diets.length; i += 1) {
      expect(monthIndex(diets[i] ?? '') - monthIndex(diets[i - 1] ?? '')).toBe(9);
    }
  });

  test.prop([dateFrom2020To2060])(
    'is the first diet of the contract on or after the date',
    (from) => {
      const expected = CONTRACT_DIETS.find((diet) => diet.date >= from);
      expect(firstSceDietOnOrAfter(from)).toEqual(expected);
    },
  );

  test.prop([dateFrom2020To2060])(
    'is on or after the date, and the diet 9 months earlier is before the date',
    (from) => {
      const diet = firstSceDietOnOrAfter(from);
      expect(diet.date >= from).toBe(true);
      // The diet before it falls in the month 9 months earlier (on the 10th or the 16th).
      const previousMonth = dateInMonth(monthIndex(diet.date) - 9, 1);
      const previous = firstSceDietOnOrAfter(previousMonth);
      expect(previous.date.slice(0, 7)).toBe(previousMonth.slice(0, 7));
      expect(previous.date < from).toBe(true);
      expect(firstSceDietOnOrAfter(nextDay(previous.date))).toEqual(diet);
    },
  );

  test.prop([dateFrom2020To2060])(
    'is on the 16th after the published diets and on the 10th before them',
    (from) => {
      const diet = firstSceDietOnOrAfter(from);
      if (diet.date > '2026-09-16') expect(diet.date.slice(8)).toBe('16');
      if (diet.date < '2025-12-10') expect(diet.date.slice(8)).toBe('10');
      expect(diet.basis).toBe(
        diet.date === '2025-12-10' || diet.date === '2026-09-16' ? 'published' : 'estimate',
      );
    },
  );

  test.prop([dateFrom2020To2060, dateFrom2020To2060])(
    'never goes backwards as the date moves on',
    (a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      expect(firstSceDietOnOrAfter(early).date <= firstSceDietOnOrAfter(late).date).toBe(true);
    },
  );
});
