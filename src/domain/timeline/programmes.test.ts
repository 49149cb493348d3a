import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../../tests/support/timelines';
import { F2_ANSWERS } from '../../../tests/support/plans';
import { firstRotationFrom } from './programmes';
import { d } from '../../../tests/support/dates';

describe('firstRotationFrom', () => {
  it.each([
    ['2027-08-05', '2028-08-02'],
    ['2027-08-03', '2027-08-04'],
    ['2027-08-04', '2027-08-04'],
    ['2027-01-10', '2027-08-04'],
  ])('finds the first Wednesday in August on or after %s: %s', (date, rotation) => {
    expect(firstRotationFrom(d(date))).toBe(rotation);
  });
});

describe('periods applied programme by programme', () => {
  it('starts the next programme at the August rotation after a later finish, with time out between', () => {
    // An F2 doctor at 80% from 1 December 2026 to 3 August 2027 finishes Foundation on 22 September 2027.
    const timeline = timelineOf(
      {
        ...F2_ANSWERS,
        changes: [{ kind: 'ltft', start: '2026-12-01', end: '2027-08-03', wte: 0.8 }],
      },
      '2026-11-25',
    );
    const [foundation, core, higher] = timeline.partTime?.programmes ?? [];
    expect(foundation).toMatchObject({ stage: 'foundation', end: '2027-09-22' });
    expect(core).toMatchObject({ stage: 'core', start: '2028-08-02', changeIndices: [] });
    expect(higher).toMatchObject({ start: '2031-08-06', end: '2035-08-05' });
    const timeOut = timeline.stages.find((stage) => stage.id === 'time-out');
    expect(timeOut).toMatchObject({ start: '2027-09-23', end: '2028-08-01' });
  });

  it('shows the wait between core and higher training as a stage of its own', () => {
    const timeline = timelineOf(
      { ...F2_ANSWERS, changes: [{ kind: 'ltft', start: '2026-12-01', end: null, wte: 0.8 }] },
      '2026-11-25',
    );
    // Core training from 2 August 2028: 1,099 full-time days at 80% take 1,374 days, to 6 May 2032.
    expect(timeline.stages.map((stage) => [stage.id, stage.start, stage.end])).toEqual([
      ['foundation', '2025-08-06', '2027-10-04'],
      ['time-out', '2027-10-05', '2028-08-01'],
      ['core-training', '2028-08-02', '2032-05-06'],
      ['time-out-before-higher', '2032-05-07', '2032-08-03'],
      ['higher-specialty-training', '2032-08-04', '2037-08-04'],
      ['consultant', '2037-08-05', null],
    ]);
  });

  it('does not stretch a year out with a period running on from Foundation', () => {
    const changes = [{ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.5 }];
    const withYearOut = timelineOf(
      { ...F2_ANSWERS, now: { stage: 'f1' }, yearsBeforeCoreTraining: 1, changes },
      '2026-11-25',
    );
    const [foundation, core] = withYearOut.partTime?.programmes ?? [];
    // F2 (364 full-time days from 4 August 2027) at 50% takes 728 days: Foundation ends on 31 July
    // 2029; the next rotation is 1 August 2029, then the one whole year out.
    expect(foundation?.end).toBe('2029-07-31');
    expect(core?.start).toBe('2030-08-07');
    // The open-ended period runs on into core training at 50%.
    expect(core?.changeIndices).toEqual([0]);
    // Core training, 1,092 full-time days from 7 August 2030, at 50%: 2,184 days, to 29 July 2036.
    expect(core?.end).toBe('2036-07-29');
  });

  it('accepts leave wholly in a year out, changes nothing and says so', () => {
    const plan = { ...F2_ANSWERS, now: { stage: 'f1' }, yearsBeforeCoreTraining: 1 };
    const fullTime = timelineOf(plan, '2026-11-25');
    const withLeave = timelineOf(
      {
        ...plan,
        changes: [{ kind: 'parental-leave', start: '2028-09-01', end: '2029-06-30' }],
      },
      '2026-11-25',
    );
    expect(withLeave.summary.cct).toBe(fullTime.summary.cct);
    expect(withLeave.partTime?.warnings.map((warning) => warning.message)).toEqual([
      'The period from 1 September 2028 to 30 June 2029 falls in time out of training (2 August 2028 to 31 July 2029, between training programmes), so it does not change your dates.',
    ]);
  });

  it('uses the Foundation absence rule in Foundation and 14 days after it', () => {
    // 15 weekdays of sickness: allowed in Foundation, reviewed in higher training.
    const sickInFoundation = timelineOf(
      {
        ...F2_ANSWERS,
        changes: [{ kind: 'sickness', start: '2027-01-04', end: '2027-01-22' }],
      },
      '2026-11-25',
    );
    expect(sickInFoundation.partTime?.calculation.reviewTriggered).toBe(false);
    const sickInHigher = timelineOf(
      {
        ...F2_ANSWERS,
        changes: [{ kind: 'sickness', start: '2031-01-06', end: '2031-01-24' }],
      },
      '2026-11-25',
    );
    expect(sickInHigher.partTime?.calculation.reviewTriggered).toBe(true);
  });
});
