/**
 * The limits the CCT engine refuses past (issue 15): a CCT more than 30 years after the start, or
 * after 2200, named on the period that holds training back most; and the last guard against
 * impossible values.
 */
import { describe, expect, it } from 'vitest';
import { type IsoDate, addDays } from '../dates';
import { calculateCct } from './calculate';
import { MIN_OOPR_CREDIT, WTE_LIMITS } from './limits';
import { hasImpossibleValue } from './result-guard';
import type { CctCalculation, CctResult } from './types';
import { ltftMinimumWte } from '../rules/ltft';

const START = '2026-08-05' as IsoDate;

/** Training of `fullTimeDays` from START at 50% to completion. */
function atHalfTime(fullTimeDays: number): CctResult {
  return calculateCct({
    today: '2026-07-01',
    programme: { start: START, fullTimeCct: addDays(START, fullTimeDays - 1) },
    changes: [{ kind: 'ltft', start: START, end: null, wte: 0.5 }],
  });
}

function calculated(result: CctResult): CctCalculation {
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join(' '));
  return result;
}

describe('a CCT more than 30 years after the start', () => {
  it('is accepted up to 30 years after the start and refused a day later', () => {
    // At 0.5, R full-time days end on day 2R - 1 after the start. 5 Aug 2026 to 5 Aug 2056 is
    // 10,958 days, so R = 5,479 ends on 4 Aug 2056 and R = 5,480 on 6 Aug 2056.
    expect(calculated(atHalfTime(5479)).cct).toBe('2056-08-04');
    const refused = atHalfTime(5480);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.errors).toEqual([
      {
        field: 'changes[0].wte',
        code: 'cct-too-late',
        message:
          'Your CCT date would be more than 30 years after you started training. Check the percentages and credits you entered.',
        period: { index: 0, id: null, field: 'wte' },
      },
    ]);
  });

  it('is named on the period that loses the most training, at its credit', () => {
    const result = calculateCct({
      today: '2026-07-01',
      programme: { start: START, fullTimeCct: '2034-08-04' },
      changes: [
        { kind: 'ltft', start: START, end: '2027-08-03', wte: 0.8 },
        { kind: 'oopr', start: '2027-08-04', end: null, credit: 0.1 },
      ],
    });
    expect(result.ok ? [] : result.errors.map((error) => [error.field, error.code])).toEqual([
      ['changes[1].credit', 'cct-too-late'],
    ]);
  });

  it('is refused after 2200 even within 30 years, with a message that says so', () => {
    const result = calculateCct({
      today: '2196-07-01',
      programme: { start: '2196-08-06', fullTimeCct: '2200-08-05' },
      changes: [{ kind: 'ltft', start: '2196-08-06', end: null, wte: 0.5 }],
    });
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      'Your CCT date would be after 31 December 2200, the latest date Pathway can work with. Check the dates, percentages and credits you entered.',
    ]);
  });
});

describe('a date if the sickness were made up', () => {
  it('is refused past 2200, on the end of the sickness', () => {
    // Found by the fuzz suite: 10 years to 22 Nov 2196 and 4 years of sickness made up end in 2201.
    const result = calculateCct({
      today: '2186-11-23',
      programme: { start: '2186-11-23', fullTimeCct: '2196-11-22' },
      changes: [{ kind: 'sickness', start: '2186-11-23', end: '2190-12-31' }],
    });
    expect(result.ok ? [] : result.errors.map((error) => [error.field, error.message])).toEqual([
      [
        'changes[0].end',
        'If this sickness had to be made up, your CCT date would be after 31 December 2200, the latest date Pathway can work with. Check the dates of the sickness absence.',
      ],
    ]);
  });
});

describe('the smallest shares', () => {
  it('reads the WTE limits from rule ltft-minimum-wte', () => {
    expect(WTE_LIMITS.absoluteMinimum).toBe(ltftMinimumWte.value.absoluteMinimum);
    expect(WTE_LIMITS.normalMinimum).toBe(ltftMinimumWte.value.normalMinimum);
  });

  it('takes a research credit of 0 or 0.1% and more, refusing anything between', () => {
    expect(MIN_OOPR_CREDIT).toBe(0.001);
    const withCredit = (credit: number) =>
      calculateCct({
        today: '2026-07-01',
        programme: { start: START, fullTimeCct: '2030-08-04' },
        changes: [{ kind: 'oopr', start: '2027-08-04', end: '2028-08-03', credit }],
      });
    expect(withCredit(0).ok).toBe(true);
    expect(withCredit(0.001).ok).toBe(true);
    const refused = withCredit(0.0009);
    expect(refused.ok ? [] : refused.errors.map((error) => [error.field, error.message])).toEqual([
      [
        'changes[0].credit',
        'Enter a research credit of 0, or at least 0.1%. A smaller credit would not add up to a day of training, even over the longest OOPR.',
      ],
    ]);
  });
});

describe('the last guard', () => {
  it('finds an impossible date or number anywhere in a calculation', () => {
    const good = calculated(atHalfTime(1461));
    expect(hasImpossibleValue(good)).toBe(false);
    expect(hasImpossibleValue({ ...good, cct: 'NaN-NaN-NaN' as IsoDate })).toBe(true);
    expect(hasImpossibleValue({ ...good, extensionDays: Infinity })).toBe(true);
    const [first, ...rest] = good.segments;
    if (first === undefined) throw new Error('no segments');
    expect(
      hasImpossibleValue({
        ...good,
        segments: [{ ...first, end: '3483296-01-01' as IsoDate }, ...rest],
      }),
    ).toBe(true);
    expect(
      hasImpossibleValue({ ...good, segments: [{ ...first, fullTimeDaysLeft: NaN }, ...rest] }),
    ).toBe(true);
  });
});
