import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { type DayNumber, OPEN_ENDED, dayNumber } from '../dates';
import {
  foundationYears,
  type Absence,
  absencesOf,
  maxAbsenceInWindow,
  reviewAbsence,
  weekdaysBetween,
  withSicknessAsNoCredit,
} from './absence-review';
import { toCreditUnits } from './accrual';
import type { CctChange } from './types';
import { d } from '../../../tests/support/dates';
import { share } from '../units';

const DAY = 86_400_000;
const asDay = (value: number) => value as DayNumber;
const day = (value: string) => asDay(Date.parse(`${value}T00:00:00Z`) / DAY);

/** Monday to Friday, by the calendar's own weekday. */
function naiveWeekdays(first: number, last: number): number {
  let count = 0;
  for (let current = first; current <= last; current += 1) {
    const weekday = new Date(current * DAY).getUTCDay();
    if (weekday >= 1 && weekday <= 5) count += 1;
  }
  return count;
}

/** Every window, every day: the slow way. */
function naiveMaximum(absences: readonly Absence[], windowDays: number): number {
  const first = Math.min(...absences.map((absence) => absence.first));
  const last = Math.max(...absences.map((absence) => absence.last));
  let best = 0;
  for (let start = first - windowDays; start <= last; start += 1) {
    let sum = 0;
    for (const absence of absences) {
      const from = Math.max(start, absence.first);
      const to = Math.min(start + windowDays - 1, absence.last);
      if (to < from) continue;
      sum +=
        absence.workingDays === undefined
          ? naiveWeekdays(from, to)
          : (absence.workingDays * (to - from + 1)) / (absence.last - absence.first + 1);
    }
    best = Math.max(best, sum);
  }
  return best;
}

describe('weekdaysBetween', () => {
  it('counts Monday to Friday', () => {
    expect(weekdaysBetween(day('2027-01-04'), day('2027-01-08'))).toBe(5); // Mon–Fri
    expect(weekdaysBetween(day('2027-01-02'), day('2027-01-03'))).toBe(0); // Sat–Sun
    expect(weekdaysBetween(day('2027-01-04'), day('2027-01-21'))).toBe(14);
    expect(weekdaysBetween(day('2027-01-05'), day('2027-01-04'))).toBe(0);
  });

  test.prop([fc.integer({ min: -3000, max: 30_000 }), fc.integer({ min: 0, max: 60 })])(
    'agrees with the calendar',
    (first, length) => {
      expect(weekdaysBetween(asDay(first), asDay(first + length))).toBe(
        naiveWeekdays(first, first + length),
      );
    },
  );
});

describe('maxAbsenceInWindow', () => {
  it('is null with no absence, and the total when everything fits in one window', () => {
    expect(maxAbsenceInWindow([])).toBeNull();
    const result = maxAbsenceInWindow([
      { first: day('2027-01-04'), last: day('2027-01-08') },
      { first: day('2027-06-07'), last: day('2027-06-11'), workingDays: 3 },
    ]);
    expect(result).toEqual({ days: 8, first: day('2027-01-04'), last: day('2027-06-11') });
  });

  it('uses 365-day windows: a day and the day 364 days later count together, 365 days later they do not', () => {
    const together = maxAbsenceInWindow([
      { first: day('2027-01-04'), last: day('2027-01-04'), workingDays: 1 },
      { first: day('2028-01-03'), last: day('2028-01-03'), workingDays: 1 }, // day 365 of the window
    ]);
    expect(together?.days).toBe(2);
    const apart = maxAbsenceInWindow([
      { first: day('2027-01-04'), last: day('2027-01-04'), workingDays: 1 },
      { first: day('2028-01-04'), last: day('2028-01-04'), workingDays: 1 },
    ]);
    expect(apart?.days).toBe(1);
  });

  it('reports the absent days inside the earliest best window', () => {
    const result = maxAbsenceInWindow([
      { first: day('2027-01-04'), last: day('2027-01-15') }, // 10
      { first: day('2028-03-06'), last: day('2028-03-17') }, // 10
      { first: day('2029-06-04'), last: day('2029-06-08') }, // 5
    ]);
    expect(result).toEqual({ days: 10, first: day('2027-01-04'), last: day('2027-01-15') });
  });

  const absenceArb = fc
    .record({
      first: fc.integer({ min: day('2026-01-01'), max: day('2029-12-31') }),
      length: fc.integer({ min: 1, max: 60 }),
      workingDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    })
    .map(({ first, length, workingDays }) =>
      workingDays === undefined
        ? { first: asDay(first), last: asDay(first + length - 1) }
        : {
            first: asDay(first),
            last: asDay(first + length - 1),
            workingDays: Math.min(workingDays, length),
          },
    );

  test.prop([fc.array(absenceArb, { minLength: 1, maxLength: 5 }), fc.constantFrom(30, 365)], {
    numRuns: 60,
  })('finds the same maximum as trying every window', (absences, windowDays) => {
    // Overlapping absences are not allowed by validation; keep them apart here.
    const sorted = [...absences].sort((a, b) => a.first - b.first);
    const apart: Absence[] = [];
    for (const absence of sorted) {
      const previous = apart.at(-1);
      if (!previous || absence.first > previous.last) apart.push(absence);
    }
    const result = maxAbsenceInWindow(apart, windowDays);
    expect(result?.days).toBeCloseTo(naiveMaximum(apart, windowDays), 6);
  });
});

describe('withSicknessAsNoCredit', () => {
  it('cuts work around sickness and gives the sickness no credit', () => {
    const eighty = toCreditUnits(share(0.8));
    const periods = withSicknessAsNoCredit(
      [{ first: asDay(0), last: OPEN_ENDED, units: eighty, tag: 'ltft' }],
      [
        { first: asDay(20), last: asDay(24) },
        { first: asDay(10), last: asDay(12) },
      ],
    );
    const sorted = [...periods].sort((a, b) => a.first - b.first);
    expect(sorted.map(({ first, last, units }) => [first, last, units])).toEqual([
      [0, 9, eighty],
      [10, 12, 0],
      [13, 19, eighty],
      [20, 24, 0],
      [25, Infinity, eighty],
    ]);
  });
});

describe('reviewAbsence', () => {
  const startDay = dayNumber(d('2026-08-05'));
  const basePeriods = [
    { first: startDay, last: OPEN_ENDED, units: toCreditUnits(share(0.8)), tag: 0 },
  ] as const;
  const ltft: CctChange = { kind: 'ltft', start: d('2026-08-05'), end: null, wte: share(0.8) };

  it('says nothing without absence', () => {
    const review = reviewAbsence({
      changes: [ltft],
      stage: 'higher',
      startDay,
      fullTimeDays: 365,
      basePeriods,
    });
    expect(review).toMatchObject({ reviewTriggered: false, summary: null, window: null });
  });

  it('explains a review, with the date if the sickness is made up', () => {
    const review = reviewAbsence({
      changes: [ltft, { kind: 'sickness', start: d('2027-01-04'), end: d('2027-01-22') }],
      stage: 'higher',
      startDay,
      fullTimeDays: 365,
      basePeriods,
    });
    expect(review).toMatchObject({
      threshold: 14,
      maxDaysInAnyYear: 15,
      reviewTriggered: true,
      ifMadeUpCct: '2027-11-23',
      window: { start: '2027-01-04', end: '2027-01-22' },
    });
    expect(review.summary).toContain('15 working days');
    expect(review.summary).toContain('23 November 2027');
    expect(review.summary).not.toMatch(/\.$/);
  });

  it('explains why short absence changes nothing, and uses 20 days in the Foundation Programme', () => {
    const changes: CctChange[] = [
      { kind: 'sickness', start: d('2027-01-04'), end: d('2027-01-28') },
    ];
    const foundation = reviewAbsence({
      changes,
      stage: 'foundation',
      startDay,
      fullTimeDays: 728,
      basePeriods: [],
    });
    expect(foundation).toMatchObject({ threshold: 20, maxDaysInAnyYear: 19, ifMadeUpCct: null });
    expect(foundation.summary).toContain('within the 20 days allowed in a foundation year');
    const higher = reviewAbsence({
      changes,
      stage: 'higher',
      startDay,
      fullTimeDays: 728,
      basePeriods: [],
    });
    expect(higher.reviewTriggered).toBe(true);
    expect(higher.ifMadeUpCct).toBe('2028-08-26');
  });

  it('counts planned time that does not count, but not OOPT or work', () => {
    const absences = absencesOf([
      ltft,
      { kind: 'oopt', start: d('2027-01-01'), end: d('2027-12-31') },
      { kind: 'oopc', start: d('2028-01-03'), end: d('2028-01-07') },
      { kind: 'sickness', start: d('2028-02-01'), end: d('2028-02-29'), workingDaysAbsent: 4 },
    ]);
    expect(absences).toEqual([
      { first: day('2028-01-03'), last: day('2028-01-07') },
      { first: day('2028-02-01'), last: day('2028-02-29'), workingDays: 4 },
    ]);
  });
});

describe('foundationYears', () => {
  const startDay = dayNumber(d('2026-08-05'));

  it('splits a full-time Foundation Programme into F1 and F2 at the first anniversary', () => {
    expect(foundationYears(startDay, [], 728)).toEqual([
      { first: startDay, last: dayNumber(d('2027-08-04')) },
      { first: dayNumber(d('2027-08-05')), last: Infinity },
    ]);
  });

  it('stretches F1 when it is worked part time: a year at 50% takes two calendar years', () => {
    const halfTime = [
      { first: startDay, last: OPEN_ENDED, units: toCreditUnits(share(0.5)), tag: 0 },
    ];
    expect(foundationYears(startDay, halfTime, 728)[0]).toEqual({
      first: startDay,
      last: dayNumber(d('2028-08-03')),
    });
  });

  it('keeps one year when less than a year and a half is left to count', () => {
    expect(foundationYears(startDay, [], 300)).toEqual([{ first: startDay, last: Infinity }]);
  });
});

describe('the Foundation review', () => {
  const startDay = dayNumber(d('2026-08-05'));
  const review = (changes: CctChange[]) =>
    reviewAbsence({ changes, stage: 'foundation', startDay, fullTimeDays: 728, basePeriods: [] });

  it('allows 20 working days in a foundation year and reviews the 21st', () => {
    // Mon 4 January 2027 to Fri 29 January 2027 is 20 weekdays; to Mon 1 February, 21.
    expect(
      review([{ kind: 'sickness', start: d('2027-01-04'), end: d('2027-01-29') }]),
    ).toMatchObject({ maxDaysInAnyYear: 20, reviewTriggered: false, thresholdKind: 'exceeds' });
    expect(
      review([{ kind: 'sickness', start: d('2027-01-04'), end: d('2027-02-01') }]),
    ).toMatchObject({ maxDaysInAnyYear: 21, reviewTriggered: true });
  });

  it('counts each foundation year on its own, not any 12 months', () => {
    const result = review([
      { kind: 'sickness', start: d('2027-06-07'), end: d('2027-06-25') },
      { kind: 'sickness', start: d('2027-09-06'), end: d('2027-09-17') },
    ]);
    expect(result).toMatchObject({ maxDaysInAnyYear: 15, reviewTriggered: false });
    expect(result.summary).toContain('in any foundation year');
  });
});
