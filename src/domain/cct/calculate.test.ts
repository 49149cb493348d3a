import { describe, expect, it } from 'vitest';
import { findRule, sources } from '../rules';
import { accrualFor, calculateCct, calculateCctFromValid, shiftDate } from './calculate';
import type { CctInput } from './types';
import { d } from '../../../tests/support/dates';
import { accepted } from '../../../tests/support/cct';
import { share } from '../units';

const severalPeriods: CctInput = {
  today: d('2026-11-25'),
  programme: { start: d('2026-08-05'), fullTimeCct: d('2030-08-04') },
  changes: [
    { kind: 'ltft', start: d('2026-08-05'), end: d('2027-08-04'), wte: share(0.8) },
    { kind: 'parental-leave', start: d('2027-08-05'), end: d('2028-08-02') },
    { kind: 'ltft', start: d('2028-08-03'), end: d('2029-08-01'), wte: share(0.6) },
  ],
};

describe('calculateCct', () => {
  it('shows the working, segment by segment, up to the CCT', () => {
    const result = accepted(calculateCctFromValid(severalPeriods));
    expect(result.cct).toBe('2032-03-09');
    expect(result.fullTimeDays).toBe(1461);
    expect(result.extensionDays).toBe(583);
    expect(result.segments).toEqual([
      {
        start: '2026-08-05',
        end: '2027-08-04',
        calendarDays: 365,
        kind: 'ltft',
        changeIndex: 0,
        wte: 0.8,
        credit: 0.8,
        fullTimeDaysEarned: 292,
        fullTimeDaysLeft: 1169,
      },
      {
        start: '2027-08-05',
        end: '2028-08-02',
        calendarDays: 364,
        kind: 'parental-leave',
        changeIndex: 1,
        wte: null,
        credit: 0,
        fullTimeDaysEarned: 0,
        fullTimeDaysLeft: 1169,
      },
      {
        start: '2028-08-03',
        end: '2029-08-01',
        calendarDays: 364,
        kind: 'ltft',
        changeIndex: 2,
        wte: 0.6,
        credit: 0.6,
        fullTimeDaysEarned: 218.4,
        fullTimeDaysLeft: 950.6,
      },
      {
        start: '2029-08-02',
        end: '2032-03-09',
        calendarDays: 951,
        kind: 'full-time',
        changeIndex: null,
        wte: 1,
        credit: 1,
        fullTimeDaysEarned: 951,
        fullTimeDaysLeft: 0,
      },
    ]);
    const days = result.segments.reduce((sum, segment) => sum + segment.calendarDays, 0);
    expect(days).toBe(365 + 364 + 364 + 951);
  });

  it('gives palliative medicine and internal medicine one CCT date', () => {
    const result = accepted(calculateCctFromValid(severalPeriods));
    expect(result.certificates).toEqual([
      { specialty: 'Palliative Medicine', date: '2032-03-09' },
      { specialty: 'Internal Medicine', date: '2032-03-09' },
    ]);
    expect(result.ruleIds).toContain('dual-cct-same-date');
    const foundation = accepted(
      calculateCct({
        ...severalPeriods,
        programme: { ...severalPeriods.programme, stage: 'foundation' },
      }),
    );
    expect(foundation.certificates).toEqual([]);
    expect(foundation.ruleIds).toContain('absence-review-foundation-20-days');
    expect(foundation.ruleIds).not.toContain('absence-review-14-days');
  });

  it('cites rules and sources that exist', () => {
    const result = accepted(calculateCctFromValid(severalPeriods));
    expect(result.ruleIds).toEqual(
      expect.arrayContaining([
        'cct-pro-rata-accrual',
        'ltft-pro-rata',
        'ltft-minimum-wte',
        'parental-leave-does-not-count',
        'absence-review-14-days',
        'tis-estimate-formula',
        'tis-calculator-suspended',
      ]),
    );
    for (const id of result.ruleIds) expect(findRule(id), id).toBeDefined();
    for (const id of result.sourceIds) expect(Object.hasOwn(sources, id), id).toBe(true);
    expect(new Set(result.sourceIds).size).toBe(result.sourceIds.length);
  });

  it('names OOP rules only when OOP is in the plan', () => {
    const plain = accepted(calculateCct({ ...severalPeriods, changes: [] }));
    expect(plain.ruleIds).not.toContain('oopt-counts');
    expect(plain.ruleIds).not.toContain('absence-review-14-days');
    const oop = accepted(
      calculateCct({
        ...severalPeriods,
        changes: [
          { kind: 'oopt', start: '2027-08-04', end: '2028-08-01' },
          { kind: 'oopr', start: '2028-08-02', end: '2029-08-01', credit: 0.5 },
        ],
      }),
    );
    expect(oop.ruleIds).toEqual(
      expect.arrayContaining(['oopt-counts', 'oopr-credit', 'oop-credit-prospective-approval']),
    );
    expect(oop.tis).toEqual({ estimate: null, differenceDays: null, notes: ['not-representable'] });
  });

  it('marks planned time that does not count as confirmed at ARCP, below the review threshold too', () => {
    const result = accepted(
      calculateCct({
        ...severalPeriods,
        changes: [{ kind: 'oopp', start: '2027-03-01', end: '2027-03-05' }],
      }),
    );
    expect(result.cct).toBe('2030-08-09');
    expect(result.reviewTriggered).toBe(false);
    expect(result.confirmedAtArcp).toBe(true);
    expect(result.absenceReview.summary).toContain('still move your date');
  });

  it('rejects a period after the projected CCT, naming the date, and keeps the warnings', () => {
    const result = calculateCct({
      today: '2026-11-25',
      programme: { start: '2026-08-05', fullTimeCct: '2027-08-04' },
      changes: [
        { kind: 'ltft', start: '2026-08-05', end: '2027-08-04', wte: 0.45 },
        { kind: 'sickness', start: '2028-09-01', end: '2028-09-05' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ field: 'changes[1].start', code: 'after-cct' });
    // 0.45 × 365 = 164.25; 200.75 left full time: 201 days from 5 Aug 2027 → 21 Feb 2028.
    expect(result.errors[0]?.message).toContain('21 February 2028');
    expect(result.warnings.map((warning) => warning.field)).toEqual(['changes[0].wte']);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'plan', [], { changes: 'x' }, { today: {} }]) {
      const result = calculateCct(input);
      expect(result.ok).toBe(false);
    }
  });
});

describe('accrual for other engines', () => {
  it('shifts full-time dates through the same accrual', () => {
    const accrual = accrualFor(severalPeriods);
    expect(accrual.end).toBe('2032-03-09');
    expect(shiftDate(severalPeriods, d('2030-08-04'))).toBe('2032-03-09');
    // 365 full-time days (to 4 Aug 2027 full time): 292 by 4 Aug 2027, 73 more after the leave at 0.6:
    // ceil(73 ÷ 0.6) = 122 days from 3 Aug 2028 → 2 Dec 2028.
    expect(accrual.shiftDate(d('2027-08-04'))).toBe('2028-12-02');
    expect(accrual.shiftStartDate(d('2027-08-05'))).toBe('2028-12-03');
  });

  it('leaves sickness out, as the headline does', () => {
    const withSickness: CctInput = {
      ...severalPeriods,
      changes: [
        ...severalPeriods.changes,
        { kind: 'sickness', start: d('2029-01-07'), end: d('2029-02-28') },
      ],
    };
    expect(accrualFor(withSickness).end).toBe(accrualFor(severalPeriods).end);
    const result = accepted(calculateCctFromValid(withSickness));
    expect(result.cct).toBe('2032-03-09');
    expect(result.reviewTriggered).toBe(true);
    expect(result.ifMadeUpCct).not.toBe(result.cct);
  });
});
