import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { calculateCct } from './calculate';
import { calculateDirect } from './direct';
import {
  countsAsSentence,
  formatFullTimeDays,
  fullTimeYearSentence,
  roughSpan,
  workingRows,
} from './working';
import { d } from '../../../tests/support/dates';
import { share } from '../units';

describe('workingRows', () => {
  it('has a row per stretch, with what it counts for and what is left', () => {
    const result = calculateCct({
      today: '2026-11-25',
      programme: { start: '2026-11-25', fullTimeCct: '2029-08-05' },
      changes: [{ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }],
    });
    expect(result.ok && workingRows(result.segments)).toEqual([
      {
        start: '2026-11-25',
        end: '2027-08-03',
        calendarDays: 252,
        label: 'Full time',
        countsAtPercent: 100,
        fullTimeDaysEarned: 252,
        fullTimeDaysLeft: 733,
        sentence: null,
        changeIndex: null,
      },
      {
        start: '2027-08-04',
        end: '2030-12-07',
        calendarDays: 1222,
        label: 'Less than full time training at 60%',
        countsAtPercent: 60,
        fullTimeDaysEarned: 733.2,
        fullTimeDaysLeft: 0,
        sentence: '40 months and 4 days at 60% counts as about 2 years of full-time training',
        changeIndex: 0,
      },
    ]);
  });

  it('says when time does not count, and names the current hours', () => {
    const { result } = calculateDirect(
      {
        nation: 'england',
        stage: 'st5',
        trainingLeft: { kind: 'cct-date', currentCct: d('2029-08-05') },
        currentWte: share(0.8),
      },
      [{ kind: 'parental-leave', start: '2027-08-04', end: '2028-08-01' }],
      d('2026-11-25'),
    );
    const rows = result.ok ? workingRows(result.segments) : [];
    expect(rows.map((row) => [row.label, row.countsAtPercent, row.changeIndex])).toEqual([
      ['Your current hours (80%)', 80, null],
      ['Parental leave', null, 0],
      ['Your current hours (80%)', 80, null],
    ]);
    expect(rows[1]?.sentence).toBeNull();
    expect(rows[1]?.fullTimeDaysEarned).toBe(0);
  });

  it('says what research credited in part counts as', () => {
    expect(
      countsAsSentence({
        start: d('2027-08-04'),
        end: d('2029-08-01'),
        calendarDays: 729,
        kind: 'oopr',
        changeIndex: 0,
        wte: null,
        credit: share(0.5),
        fullTimeDaysEarned: 364.5,
        fullTimeDaysLeft: 732.5,
      }),
    ).toBe(
      // 364.5 full-time days round to 365, from 4 August 2027: 11 months and 30 days, as 2028 is a
      // leap year, which is about a year; 23 months and 29 days is about 2 years.
      'about 2 years credited at 50% counts as about 1 year of full-time training',
    );
  });
});

describe('roughSpan', () => {
  it.each([
    [{ months: 20, days: 0 }, '20 months'],
    [{ months: 12, days: 0 }, '1 year'],
    [{ months: 24, days: 0 }, '2 years'],
    [{ months: 11, days: 30 }, 'about 1 year'],
    [{ months: 12, days: 2 }, 'about 1 year'],
    [{ months: 19, days: 28 }, 'about 20 months'],
    [{ months: 5, days: 14 }, '5 months and 14 days'],
    [{ months: 0, days: 9 }, '9 days'],
    [{ months: 0, days: 2 }, '2 days'],
    [{ months: 0, days: 0 }, '0 days'],
  ])('writes %o as %s', (span, words) => {
    expect(roughSpan(span)).toBe(words);
  });

  it('says 20 months at 60% counts as 1 year of full-time training', () => {
    expect(
      countsAsSentence({
        start: d('2027-08-04'),
        end: d('2029-04-03'),
        calendarDays: 609,
        kind: 'ltft',
        changeIndex: 0,
        wte: share(0.6),
        credit: share(0.6),
        fullTimeDaysEarned: 365.4,
        fullTimeDaysLeft: 0,
      }),
    ).toBe('20 months at 60% counts as about 1 year of full-time training');
  });
});

describe('formatting the working', () => {
  it('writes full-time days with separators and up to 2 decimals', () => {
    expect(formatFullTimeDays(1461)).toBe('1,461');
    expect(formatFullTimeDays(733.2)).toBe('733.2');
    expect(formatFullTimeDays(0)).toBe('0');
  });

  // Written without Intl (issue 14), so compared with it: halves, hundredths and any number at all.
  const intlDays = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
  it.each([0.005, 1.005, 2.675, 0.125, 999.995, 999_999.999, 1234.5, -0, -1.5, 1e15, 1e21, NaN])(
    'writes %d as Intl en-GB does',
    (days) => expect(formatFullTimeDays(days)).toBe(intlDays.format(days)),
  );

  test.prop([
    fc.oneof(
      fc.double(),
      fc.double({ min: 0, max: 20_000, noNaN: true }),
      fc.integer({ min: 0, max: 2_000_000 }).map((hundredths) => hundredths / 100),
      fc.integer({ min: 0, max: 20_000_000 }).map((thousandths) => thousandths / 1000),
      fc.integer({ min: 0, max: 1461 }).map((day) => day * 0.6),
    ),
  ])('writes any number as Intl en-GB does', (days) => {
    expect(formatFullTimeDays(days)).toBe(intlDays.format(days));
  });

  it('says how long a full-time year takes at each percentage (ltft-pro-rata: 15, 20, 24 months)', () => {
    expect(fullTimeYearSentence(share(0.8))).toBe(
      '1 year of full-time training at 80% takes 15 months',
    );
    expect(fullTimeYearSentence(share(0.6))).toBe(
      '1 year of full-time training at 60% takes 20 months',
    );
    expect(fullTimeYearSentence(share(0.5))).toBe(
      '1 year of full-time training at 50% takes 24 months',
    );
    expect(fullTimeYearSentence(share(0.7))).toBe(
      '1 year of full-time training at 70% takes about 17.1 months',
    );
  });
});
