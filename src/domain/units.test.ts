import { describe, expect, expectTypeOf, it } from 'vitest';
import { completionDay, planAccrual, type Stretch } from './cct/accrual';
import { needsDeansAgreement } from './cct/percentage';
import { tisLtftExtensionDays } from './cct/tis-estimate';
import type { LtftChange } from './cct/types';
import { type DayNumber, addDays, dayNumber, plusDays } from './dates';
import {
  CREDIT_UNIT,
  type CreditUnits,
  type DayCount,
  FULL_TIME_THOUSANDTHS,
  type Percent,
  type Share,
  type WteThousandths,
  addCredit,
  creditOfFullTimeDays,
  creditOverDays,
  creditShortOf,
  fullTimeDaysOfCredit,
  percent,
  percentOf,
  percentWithin,
  readShare,
  share,
  shareOfThousandths,
  toCreditUnits,
  wteFromPercent,
  wholeFullTimeDaysOfCredit,
  wteThousandthsOf,
} from './units';
import { d } from '../../tests/support/dates';

describe('conversions between scales', () => {
  it('turn the usual WTEs into percentages and back exactly', () => {
    for (const [wte, asPercent] of [
      [0.2, 20],
      [0.5, 50],
      [0.6, 60],
      [0.625, 62.5],
      [0.8, 80],
      [1, 100],
    ] as const) {
      expect(percentOf(share(wte))).toBe(asPercent);
      expect(wteFromPercent(percent(asPercent))).toBe(wte);
      expect(wteFromPercent(percentOf(share(wte)))).toBe(wte);
    }
  });

  it('bring every percentage typed to one decimal place back to itself, in whole credit units', () => {
    for (let tenths = 0; tenths <= 1000; tenths += 1) {
      const typed = percent(tenths / 10);
      const wte = wteFromPercent(typed);
      expect(percentOf(wte)).toBe(typed);
      // 1% of a day is 7,207,200 units: a typed percentage never rounds.
      expect(toCreditUnits(wte)).toBe(tenths * 720_720);
    }
  });

  it('count credit in whole units of a full-time day', () => {
    expect(toCreditUnits(share(1))).toBe(CREDIT_UNIT);
    expect(creditOverDays(toCreditUnits(share(0.6)), 5)).toBe(creditOfFullTimeDays(3));
    expect(fullTimeDaysOfCredit(creditOverDays(toCreditUnits(share(0.8)), 10))).toBe(8);
    expect(addCredit(creditOfFullTimeDays(2), toCreditUnits(share(0.5)))).toBe(2.5 * CREDIT_UNIT);
    expect(creditShortOf(creditOfFullTimeDays(3), creditOfFullTimeDays(1))).toBe(
      creditOfFullTimeDays(2),
    );
    expect(creditShortOf(creditOfFullTimeDays(1), creditOfFullTimeDays(3))).toBe(0);
  });

  it('round credit to whole full-time days exactly, halves up', () => {
    // 45 days at 70% is 31.5 full-time days, rounded up to 32; in floating point 0.7 × 45 falls short.
    expect(Math.round(0.7 * 45)).toBe(31);
    expect(wholeFullTimeDaysOfCredit(creditOverDays(toCreditUnits(share(0.7)), 45))).toBe(32);
    expect(wholeFullTimeDaysOfCredit(creditOverDays(toCreditUnits(share(0.8)), 985))).toBe(788);
    expect(wholeFullTimeDaysOfCredit(creditOverDays(toCreditUnits(share(0.5)), 3))).toBe(2);
    expect(wholeFullTimeDaysOfCredit(creditOverDays(toCreditUnits(share(0.6)), 3))).toBe(2);
    expect(wholeFullTimeDaysOfCredit(creditOverDays(toCreditUnits(share(0.4)), 3))).toBe(1);
  });

  it('take a WTE to the nearest thousandth for pay', () => {
    expect(wteThousandthsOf(share(1))).toBe(FULL_TIME_THOUSANDTHS);
    expect(wteThousandthsOf(share(0.6))).toBe(600);
    expect(wteThousandthsOf(share(1 / 3))).toBe(333);
    expect(shareOfThousandths(wteThousandthsOf(share(0.8)))).toBe(0.8);
  });
});

describe('checked constructors', () => {
  it('refuse a constant off its scale', () => {
    expect(() => share(1.2)).toThrow(RangeError);
    expect(() => share(-0.1)).toThrow(RangeError);
    expect(() => share(Number.NaN)).toThrow(RangeError);
    expect(() => percent(100.1)).toThrow(RangeError);
    expect(share(0)).toBe(0);
    expect(percent(100)).toBe(100);
  });

  it('read a saved share as any finite number, leaving its range to the calculator', () => {
    expect(readShare(0.6)).toBe(0.6);
    expect(readShare(0.1)).toBe(0.1);
    expect(readShare('0.6')).toBeNull();
    expect(readShare(Number.POSITIVE_INFINITY)).toBeNull();
    expect(readShare(undefined)).toBeNull();
  });

  it('accept a percentage only inside the limits given', () => {
    const limits = { minimum: percent(20), maximum: percent(100) };
    expect(percentWithin(20, limits)).toBe(20);
    expect(percentWithin(100, limits)).toBe(100);
    expect(percentWithin(19.9, limits)).toBeNull();
    expect(percentWithin(100.5, limits)).toBeNull();
    expect(percentWithin('60', limits)).toBeNull();
    expect(percentWithin(Number.NaN, limits)).toBeNull();
  });
});

/**
 * Mix-ups that must not compile. `npx tsc --noEmit` (npm run typecheck) checks this file: if a brand
 * stopped working, a line below would compile and its `@ts-expect-error` would be reported as unused.
 * The calls are harmless at run time.
 */
describe('the brands', () => {
  const sixty = percent(60);
  const wte = share(0.6);
  const credit = toCreditUnits(wte);
  const day = dayNumber(d('2026-08-05'));
  const stretches: readonly Stretch[] = [];
  const accrual = planAccrual(d('2026-08-05'), d('2030-08-04'), []);

  it('keep the scales apart, and credit out of counts of days', () => {
    expectTypeOf<Percent>().not.toExtend<Share>();
    expectTypeOf<Share>().not.toExtend<Percent>();
    expectTypeOf<CreditUnits>().not.toExtend<DayNumber>();
    expectTypeOf<WteThousandths>().not.toExtend<Share>();
    expectTypeOf<number>().not.toExtend<Share>();
    expectTypeOf<CreditUnits>().not.toExtend<DayCount>();
    expectTypeOf<number>().toExtend<DayCount>();
  });

  it('refuse a number on another scale', () => {
    // @ts-expect-error a percentage is not a share of a day
    toCreditUnits(sixty);
    // @ts-expect-error a percentage of a percentage
    percentOf(sixty);
    // @ts-expect-error a share is already a share: 0.6 would become 0.006
    wteFromPercent(wte);
    // @ts-expect-error the dean's agreement is decided on the percentage, not the share
    needsDeansAgreement(wte);
    // @ts-expect-error pay takes a share, not a percentage, to thousandths
    wteThousandthsOf(sixty);
    // @ts-expect-error the TIS formula takes WTEs
    tisLtftExtensionDays(146, sixty, percent(80));
    // @ts-expect-error a count of days is not credit: use creditOfFullTimeDays
    completionDay(stretches, 365);
    // @ts-expect-error a day is not credit
    completionDay(stretches, day);
    // @ts-expect-error credit is not a day
    plusDays(credit, 1);
    // @ts-expect-error credit is not a count of days
    plusDays(day, credit);
    // @ts-expect-error credit is not a count of days
    addDays(d('2026-08-05'), credit);
    // @ts-expect-error credit is already credit
    creditOfFullTimeDays(credit);
    // @ts-expect-error the full-time days done, not the credit earned
    accrual.dateFullTimeDaysComplete(credit);
    // @ts-expect-error the arguments the wrong way round: credit per day, then days
    creditOverDays(10, credit);
    // @ts-expect-error a plain number could be on any scale
    fullTimeDaysOfCredit(365);
    const period: LtftChange = {
      kind: 'ltft',
      start: d('2026-08-05'),
      end: null,
      // @ts-expect-error a period's WTE is a share, not the percentage typed
      wte: sixty,
    };
    expect(period.kind).toBe('ltft');
  });
});
