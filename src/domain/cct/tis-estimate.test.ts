import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { tisLtftExtensionDays, tisStyleEstimate } from './tis-estimate';
import type { CctChange, CctInput } from './types';
import { d } from '../../../tests/support/dates';
import { share } from '../units';

function plan(changes: CctChange[], fullTimeCct = '2030-08-04'): CctInput {
  return {
    today: d('2026-11-25'),
    programme: { start: d('2026-08-05'), fullTimeCct: d(fullTimeCct) },
    changes,
  };
}

describe('tisLtftExtensionDays', () => {
  // The LtftExtensionDays fixtures of cct-calc-core (cct-rule.md §1.4).
  it.each([
    [11, 0.8, 1, 2],
    [11, 0.5, 1, 6],
    [11, 1, 1, 0],
    [10, 0.6, 0.8, 3],
  ])('%i days at %d (current %d) add %i', (days, newWte, currentWte, expected) => {
    expect(tisLtftExtensionDays(days, share(newWte), share(currentWte))).toBe(expected);
  });

  it('rounds half up, negative values towards +∞ like Math.round', () => {
    expect(tisLtftExtensionDays(1, share(0.5))).toBe(1); // 0.5
    expect(tisLtftExtensionDays(146, share(0.6), share(0.8))).toBe(37); // 36.5
    expect(tisLtftExtensionDays(5, share(1), share(0.5))).toBe(-5);
    expect(tisLtftExtensionDays(3, share(1), share(0.8))).toBe(-1); // −0.75
    expect(tisLtftExtensionDays(2, share(1), share(0.8))).toBe(0); // −0.5 rounds to −0
  });

  test.prop([
    fc.integer({ min: 0, max: 5000 }),
    fc.integer({ min: 1, max: 10 }),
    fc.integer({ min: 1, max: 10 }),
  ])('matches Math.round on whole tenths', (days, newTenths, currentTenths) => {
    // days × (c − n) ÷ c with c and n in tenths: a quotient of small integers, which Math.round
    // rounds correctly (+ 0 turns −0 into 0).
    const expected = Math.round((days * (currentTenths - newTenths)) / currentTenths) + 0;
    expect(tisLtftExtensionDays(days, share(newTenths / 10), share(currentTenths / 10))).toBe(
      expected,
    );
  });
});

describe('tisStyleEstimate', () => {
  it('is the full-time CCT with no changes', () => {
    expect(tisStyleEstimate(plan([]), d('2030-08-04'))).toEqual({
      estimate: '2030-08-04',
      differenceDays: 0,
      notes: [],
    });
  });

  it('cannot express OOPT or OOPR', () => {
    expect(
      tisStyleEstimate(
        plan([{ kind: 'oopr', start: d('2027-08-04'), end: d('2028-08-01'), credit: share(0.5) }]),
        d('2031-01-31'),
      ),
    ).toEqual({ estimate: null, differenceDays: null, notes: ['not-representable'] });
  });

  it('runs an open-ended change to the current estimate, and notes it', () => {
    const result = tisStyleEstimate(
      plan([{ kind: 'ltft', start: d('2028-08-02'), end: null, wte: share(0.8) }]),
      d('2031-02-04'),
    );
    expect(result).toEqual({
      estimate: '2030-12-29',
      differenceDays: 37,
      notes: ['open-ended-reduction'],
    });
  });

  it('adds leave and sickness whole, in start order whatever the list order', () => {
    const result = tisStyleEstimate(
      plan([
        { kind: 'sickness', start: d('2027-01-04'), end: d('2027-01-08') },
        { kind: 'parental-leave', start: d('2026-09-01'), end: d('2026-09-10') },
      ]),
      d('2030-08-14'),
    );
    expect(result.estimate).toBe('2030-08-19'); // + 5 + 10
    expect(result.notes).toEqual(['adds-sickness']);
  });

  it('takes the current WTE from an LTFT period ending the day before, otherwise full time', () => {
    const contiguous = tisStyleEstimate(
      plan([
        { kind: 'ltft', start: d('2026-08-05'), end: d('2027-08-04'), wte: share(0.6) },
        { kind: 'ltft', start: d('2027-08-05'), end: null, wte: share(0.8) },
      ]),
      d('2031-11-04'),
    );
    expect(contiguous.estimate).toBe('2029-11-09');
    expect(contiguous.notes).toEqual(['wte-increase']);
    const gap = tisStyleEstimate(
      plan([
        { kind: 'ltft', start: d('2026-08-05'), end: d('2027-08-04'), wte: share(0.6) },
        { kind: 'ltft', start: d('2027-08-06'), end: null, wte: share(0.8) },
      ]),
      d('2031-11-04'),
    );
    // 146, then 6 Aug 2027 to 28 Dec 2030 = 1241 days × 0.2 = 248.2 → 248: 4 Aug 2030 + 394.
    expect(gap.estimate).toBe('2031-09-02');
    expect(gap.notes).toEqual(['open-ended-reduction']);
  });

  it('starts from a CCT date already at part-time hours when given the current WTE', () => {
    // Current CCT 4 Aug 2030 at 80%; 60% from 2 Aug 2028 to the end: 733 days × (1 − 0.6 ÷ 0.8).
    const atEighty = tisStyleEstimate(
      plan([{ kind: 'ltft', start: d('2028-08-02'), end: null, wte: share(0.6) }]),
      d('2031-10-01'),
      share(0.8),
    );
    expect(tisLtftExtensionDays(733, share(0.6), share(0.8))).toBe(183);
    expect(atEighty.estimate).toBe('2031-02-03');
    expect(atEighty.notes).toEqual(['open-ended-reduction']);
    // Going full time from 80% is an increase, which TIS over-corrects.
    const fullTime = tisStyleEstimate(
      plan([{ kind: 'ltft', start: d('2028-08-02'), end: null, wte: share(1) }]),
      d('2030-08-04'),
      share(0.8),
    );
    expect(fullTime.notes).toEqual(['wte-increase']);
  });
});
