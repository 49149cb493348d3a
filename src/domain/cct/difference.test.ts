import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../dates';
import {
  dateDifference,
  describeDifference,
  describeDifferenceInYears,
  formatDays,
  formatMonthsAndDays,
  formatYearsMonthsAndDays,
  spanLength,
} from './difference';
import { d } from '../../../tests/support/dates';

describe('dateDifference', () => {
  it('counts whole calendar months, then days', () => {
    expect(dateDifference(d('2029-08-05'), d('2030-12-07'))).toEqual({
      months: 16,
      days: 2,
      direction: 'later',
      totalDays: 489,
    });
  });

  it('says when the second date is earlier, counting from it', () => {
    expect(dateDifference(d('2030-12-07'), d('2030-05-25'))).toEqual({
      months: 6,
      days: 12,
      direction: 'earlier',
      totalDays: -196,
    });
  });

  it('is the same date with no months or days', () => {
    expect(dateDifference(d('2030-12-07'), d('2030-12-07'))).toEqual({
      months: 0,
      days: 0,
      direction: 'same',
      totalDays: 0,
    });
  });

  it('treats the 31st as the last day of a shorter month', () => {
    expect(dateDifference(d('2027-01-31'), d('2027-02-28'))).toMatchObject({ months: 1, days: 0 });
    expect(dateDifference(d('2027-01-31'), d('2027-03-01'))).toMatchObject({ months: 1, days: 1 });
    expect(dateDifference(d('2027-01-31'), d('2027-02-27'))).toMatchObject({ months: 0, days: 27 });
  });

  test.prop([fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: -3000, max: 3000 })])(
    'adds back up: from + months + days is the later date',
    (offset, gap) => {
      const from = addDays(d('1990-01-01'), offset);
      const to = addDays(from, gap);
      const { months, days, direction } = dateDifference(from, to);
      const [earlier, later] = gap >= 0 ? [from, to] : [to, from];
      expect(addDays(addMonths(earlier, months), days)).toBe(later);
      // Whole months first: one more month would go past the later date.
      expect(addMonths(earlier, months + 1) > later).toBe(true);
      expect(direction).toBe(gap > 0 ? 'later' : gap < 0 ? 'earlier' : 'same');
    },
  );
});

describe('spanLength', () => {
  it('counts an inclusive span', () => {
    expect(spanLength(d('2026-01-01'), d('2026-01-31'))).toEqual({ months: 1, days: 0 });
    expect(spanLength(d('2027-08-04'), d('2030-12-07'))).toEqual({ months: 40, days: 4 });
    expect(spanLength(d('2027-08-04'), d('2027-08-04'))).toEqual({ months: 0, days: 1 });
  });
});

describe('formatting', () => {
  it('writes months and days in words', () => {
    expect(formatMonthsAndDays({ months: 16, days: 2 })).toBe('16 months and 2 days');
    expect(formatMonthsAndDays({ months: 1, days: 1 })).toBe('1 month and 1 day');
    expect(formatMonthsAndDays({ months: 12, days: 0 })).toBe('12 months');
    expect(formatMonthsAndDays({ months: 0, days: 3 })).toBe('3 days');
    expect(formatMonthsAndDays({ months: 0, days: 0 })).toBe('0 days');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(196)).toBe('196 days');
  });

  it('writes longer spans in years, months and days', () => {
    expect(formatYearsMonthsAndDays({ months: 24, days: 4 })).toBe('2 years and 4 days');
    expect(formatYearsMonthsAndDays({ months: 25, days: 4 })).toBe('2 years, 1 month and 4 days');
    expect(formatYearsMonthsAndDays({ months: 12, days: 0 })).toBe('1 year');
    expect(formatYearsMonthsAndDays({ months: 11, days: 29 })).toBe('11 months and 29 days');
    expect(formatYearsMonthsAndDays({ months: 0, days: 1 })).toBe('1 day');
    expect(formatYearsMonthsAndDays({ months: 0, days: 0 })).toBe('0 days');
    // IMT plan's CCT (2 August 2043) against a gap year and ACCS-IM (6 August 2045).
    expect(describeDifferenceInYears(d('2043-08-02'), d('2045-08-06'))).toBe(
      '2 years and 4 days later',
    );
    expect(describeDifferenceInYears(d('2045-08-06'), d('2043-08-02'))).toBe(
      '2 years and 4 days earlier',
    );
    expect(describeDifferenceInYears(d('2043-08-02'), d('2043-08-02'))).toBe('the same date');
  });

  it('describes a difference as later, earlier or the same date', () => {
    expect(describeDifference(d('2029-08-05'), d('2030-12-07'))).toBe('16 months and 2 days later');
    expect(describeDifference(d('2029-08-05'), d('2029-08-02'))).toBe('3 days earlier');
    expect(describeDifference(d('2029-08-05'), d('2029-08-05'))).toBe('the same date');
  });
});
