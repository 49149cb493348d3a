import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { OPEN_ENDED, addDays, dayNumber, plusDays } from '../dates';
import {
  CREDIT_UNIT,
  buildStretches,
  ceilDiv,
  completionDay,
  earnedByDay,
  planAccrual,
  toCreditUnits,
} from './accrual';
import { d } from '../../../tests/support/dates';
import { NO_CREDIT, creditOfFullTimeDays, share } from '../units';

describe('credit units', () => {
  it('holds tenths, thousandths, thirds and sixteenths exactly', () => {
    for (const value of [0.1, 0.6, 0.8, 0.625, 0.333, 1 / 3, 2 / 3, 1 / 7, 1 / 12, 1 / 16]) {
      const units = toCreditUnits(share(value));
      expect(Number.isInteger(units)).toBe(true);
      expect(Math.abs(units - value * CREDIT_UNIT)).toBeLessThan(1e-3);
    }
    expect(toCreditUnits(share(0.6)) * 5).toBe(3 * CREDIT_UNIT);
    expect(toCreditUnits(share(1 / 3)) * 3).toBe(CREDIT_UNIT);
  });

  it('divides whole numbers exactly, rounding up', () => {
    expect(ceilDiv(10, 5)).toBe(2);
    expect(ceilDiv(11, 5)).toBe(3);
    expect(ceilDiv(1, 5)).toBe(1);
    expect(ceilDiv(0, 5)).toBe(0);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 46 }), fc.integer({ min: 1, max: CREDIT_UNIT })])(
    'ceilDiv agrees with BigInt division',
    (a, b) => {
      const exact = (BigInt(a) + BigInt(b) - 1n) / BigInt(b);
      expect(BigInt(ceilDiv(a, b))).toBe(exact);
    },
  );
});

describe('stretches', () => {
  const start = dayNumber(d('2026-08-05'));
  const day = (offset: number) => plusDays(start, offset);

  it('fills gaps with full time and ends with an open stretch', () => {
    const stretches = buildStretches(start, [
      { first: day(10), last: day(19), units: toCreditUnits(share(0.5)), tag: 'a' },
    ]);
    expect(stretches.map(({ first, last, tag }) => [first - start, last - start, tag])).toEqual([
      [0, 9, null],
      [10, 19, 'a'],
      [20, Infinity, null],
    ]);
    expect(stretches[2]?.earnedBefore).toBe(15 * CREDIT_UNIT);
    expect(earnedByDay(stretches, day(12))).toBe(11.5 * CREDIT_UNIT);
  });

  it('stops at an open-ended period', () => {
    const stretches = buildStretches(start, [
      { first: start, last: OPEN_ENDED, units: toCreditUnits(share(0.8)), tag: 0 },
    ]);
    expect(stretches).toHaveLength(1);
    expect(completionDay(stretches, creditOfFullTimeDays(365)) - start).toBe(456);
  });

  it('is exact where floating point is not: 146.4 ÷ 0.6 is 244 days, not 245', () => {
    expect(Math.ceil(146.4 / 0.6)).not.toBe(244); // the trap (243.99999999999997 or 244.00000000000003)
    const stretches = buildStretches(start, [
      { first: start, last: day(181), units: toCreditUnits(share(0.8)), tag: 0 },
      { first: day(182), last: OPEN_ENDED, units: toCreditUnits(share(0.6)), tag: 1 },
    ]);
    expect(completionDay(stretches, creditOfFullTimeDays(292)) - (start + 182)).toBe(243);
  });

  it('skips stretches that earn nothing and never completes an open one', () => {
    const stretches = buildStretches(start, [
      { first: start, last: day(9), units: NO_CREDIT, tag: 0 },
      { first: day(10), last: OPEN_ENDED, units: NO_CREDIT, tag: 1 },
    ]);
    expect(completionDay(stretches, creditOfFullTimeDays(1))).toBe(Infinity);
    expect(completionDay(stretches, NO_CREDIT)).toBe(start - 1);
  });
});

describe('planAccrual', () => {
  const accrual = planAccrual(d('2026-08-05'), d('2030-08-04'), [
    { start: d('2028-08-02'), end: null, credit: share(0.8) },
  ]);

  it('finds the end, and where any full-time date moves to', () => {
    expect(accrual.fullTimeDays).toBe(1461);
    expect(accrual.end).toBe('2031-02-04');
    expect(accrual.shiftDate(d('2030-08-04'))).toBe('2031-02-04');
    // Before the change nothing moves.
    expect(accrual.shiftDate(d('2027-08-04'))).toBe('2027-08-04');
    expect(accrual.shiftDate(d('2026-01-01'))).toBe('2026-01-01');
    // ST6 starts on 2 August 2028 full time: unchanged. ST7 full time 1 August 2029 (1092 days done):
    // 364 days at 0.8 need 455 days from 2 August 2028, so ST7 starts on 31 October 2029.
    expect(accrual.shiftStartDate(d('2028-08-02'))).toBe('2028-08-02');
    expect(accrual.shiftStartDate(d('2029-08-01'))).toBe('2029-10-31');
    expect(accrual.shiftStartDate(d('2026-08-05'))).toBe('2026-08-05');
    expect(accrual.dateFullTimeDaysComplete(728)).toBe('2028-08-01');
    expect(accrual.dateFullTimeDaysComplete(729)).toBe('2028-08-03');
    expect(accrual.fullTimeDaysEarnedBy(d('2028-08-03'))).toBeCloseTo(729.6, 9);
  });

  it('throws a RangeError for an open-ended period with no credit', () => {
    expect(() =>
      planAccrual(d('2026-08-05'), d('2030-08-04'), [
        { start: d('2027-08-04'), end: null, credit: share(0) },
      ]),
    ).toThrow(RangeError);
  });

  test.prop([fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 })])(
    'shiftDate never moves a date earlier and keeps dates in order',
    (a, b) => {
      const dateA = addDays(d('2026-08-05'), Math.min(a, b));
      const dateB = addDays(d('2026-08-05'), Math.max(a, b));
      expect(accrual.shiftDate(dateA) >= dateA).toBe(true);
      expect(accrual.shiftDate(dateA) <= accrual.shiftDate(dateB)).toBe(true);
      expect(accrual.shiftStartDate(dateA) <= accrual.shiftStartDate(dateB)).toBe(true);
    },
  );
});
