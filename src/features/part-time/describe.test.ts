import { describe, expect, it } from 'vitest';
import { periods } from '../../../tests/support/plans';
import { describePeriod, groupPeriods } from './describe';

function one(change: Readonly<Record<string, unknown>>) {
  const [period] = periods(change);
  if (period === undefined) throw new Error('no period');
  return period;
}

describe('describePeriod', () => {
  it('says what each period is and when', () => {
    expect(describePeriod(one({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }))).toEqual(
      {
        what: 'Less than full time training at 60%',
        when: '4 August 2027 until you finish training',
      },
    );
    expect(
      describePeriod(one({ kind: 'parental-leave', start: '2031-08-06', end: '2032-08-03' })),
    ).toEqual({ what: 'Parental leave', when: '6 August 2031 to 3 August 2032' });
    expect(
      describePeriod(one({ kind: 'oopr', start: '2027-08-04', end: '2029-08-01', credit: 0.5 }))
        .what,
    ).toBe('Out of programme for research (OOPR), 50% counts');
    expect(
      describePeriod(
        one({ kind: 'sickness', start: '2027-01-04', end: '2027-01-21', workingDaysAbsent: 1 }),
      ).what,
    ).toBe('Sickness absence, 1 working day');
  });
});

describe('groupPeriods', () => {
  it('lists periods in date order, with leave and sickness under the part-time period they start in', () => {
    const list = periods(
      { kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
      { kind: 'oopc', start: '2026-09-01', end: '2027-02-28' },
      { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
      { kind: 'sickness', start: '2029-01-08', end: '2029-01-12' },
    );
    const groups = groupPeriods(list);
    expect(
      groups.map(({ period, inside }) => [period.kind, inside.map((child) => child.kind)]),
    ).toEqual([
      ['oopc', []],
      ['ltft', ['parental-leave', 'sickness']],
    ]);
  });

  it('keeps time away that starts outside every part-time period at the top level', () => {
    const list = periods(
      { kind: 'ltft', start: '2027-08-04', end: '2028-08-01', wte: 0.8 },
      { kind: 'unpaid-leave', start: '2028-08-02', end: '2028-09-30' },
    );
    expect(groupPeriods(list).map(({ period }) => period.kind)).toEqual(['ltft', 'unpaid-leave']);
  });
});
