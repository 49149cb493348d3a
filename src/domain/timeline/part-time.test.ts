import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../dates';
import { buildTimeline } from './build-timeline';
import type { Timeline } from './types';
import { timelineOf } from '../../../tests/support/timelines';

const TODAY = '2026-11-25';
const st5 = { dateOfBirth: '1993-06-02', nation: 'england', now: { stage: 'st', year: 5 } };
const year11 = { dateOfBirth: '2011-03-14', now: { stage: 'school', yearGroup: 11 } };

function dateOf(timeline: Timeline, id: string): IsoDate {
  const milestone = timeline.milestones.find((candidate) => candidate.id === id);
  if (!milestone) throw new Error(`no ${id}`);
  return milestone.date;
}

/** A day between ST4 and the full-time CCT of the Year 11 plan (2039-08-03 to 2043-08-02). */
const dayInHigherTraining = fc
  .integer({ min: 0, max: 1400 })
  .map((offset) => addDays('2039-08-03' as IsoDate, offset));

describe('part-time periods and time out in a plan', () => {
  it('leave the dates exactly as they were when the plan has none', () => {
    expect(timelineOf({ ...year11, changes: [] }, TODAY).milestones).toEqual(
      timelineOf(year11, TODAY).milestones,
    );
    expect(timelineOf({ ...year11, changes: [] }, TODAY).partTime).toBeNull();
  });

  it('keep the full-time CCT beside the new one, with the calculator working', () => {
    const timeline = timelineOf(
      {
        ...st5,
        changes: [{ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }],
      },
      TODAY,
    );
    expect(timeline.summary.fullTimeCct).toBe('2029-08-05');
    expect(timeline.summary.cct).toBe('2030-12-07');
    expect(timeline.partTime?.calculation.segments.map((segment) => segment.kind)).toEqual([
      'full-time',
      'ltft',
    ]);
  });

  test.prop([dayInHigherTraining, fc.integer({ min: 1, max: 400 })])(
    'a period of leave N days long moves the CCT exactly N days later when the rest is full time',
    (start, days) => {
      const end = addDays(start, days - 1);
      const withLeave = timelineOf(
        {
          ...year11,
          changes: [{ kind: 'parental-leave', start, end }],
        },
        TODAY,
      );
      expect(withLeave.summary.cct).toBe(
        addDays(timelineOf(year11, TODAY).summary.cct as IsoDate, days),
      );
    },
  );

  test.prop([
    dayInHigherTraining,
    fc.integer({ min: 20, max: 100 }),
    fc.integer({ min: 20, max: 100 }),
  ])(
    'working fewer hours never brings any step earlier',
    (start, higherPercent, lowerPercentOfHigher) => {
      const higher = higherPercent / 100;
      const lower = Math.max(0.2, (higher * lowerPercentOfHigher) / 100);
      const atHigher = timelineOf(
        {
          ...year11,
          changes: [{ kind: 'ltft', start, end: null, wte: higher }],
        },
        TODAY,
      );
      const atLower = timelineOf(
        {
          ...year11,
          changes: [{ kind: 'ltft', start, end: null, wte: lower }],
        },
        TODAY,
      );
      for (const milestone of atHigher.milestones) {
        expect(dateOf(atLower, milestone.id) >= milestone.date).toBe(true);
      }
    },
  );

  test.prop([
    dayInHigherTraining,
    fc.integer({ min: 30, max: 700 }),
    fc.constantFrom(0.5, 0.6, 0.8),
  ])(
    'stages stay contiguous and steps stay in order with part-time training',
    (start, days, wte) => {
      const timeline = timelineOf(
        {
          ...year11,
          changes: [{ kind: 'ltft', start, end: addDays(start, days - 1), wte }],
        },
        TODAY,
      );
      for (let index = 1; index < timeline.stages.length; index += 1) {
        const before = timeline.stages[index - 1];
        const stage = timeline.stages[index];
        expect(before?.end).toBe(addDays(stage?.start as IsoDate, -1));
      }
      const dates = timeline.milestones.map((milestone) => milestone.date);
      expect(dates).toEqual([...dates].sort());
    },
  );

  it('names the period and field that is wrong, in plain English', () => {
    const result = buildTimeline(
      { ...st5, changes: [{ kind: 'ltft', start: '2027-08-04', end: null, wte: 1.5 }] },
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual(['changes[0].wte']);
    expect(result.errors[0]?.message).toMatch(/^[A-Z]/);
  });
});
