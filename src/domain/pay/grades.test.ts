import { describe, expect, it } from 'vitest';
import { dateOfDayNumber } from '../dates';
import { buildTimeline } from '../timeline/build-timeline';
import type { MilestoneId, Timeline } from '../timeline/types';
import { gradeLabel, gradeSchedule, payPointFor } from './grades';
import type { Grade } from './types';

const TODAY = '2026-11-25';

function timelineFor(plan: unknown, today = TODAY): Timeline {
  const result = buildTimeline(plan, today);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.timeline;
}

function startOf(timeline: Timeline, grade: Grade): string | undefined {
  const period = gradeSchedule(timeline).periods.find((candidate) => candidate.grade === grade);
  return period === undefined ? undefined : dateOfDayNumber(period.first);
}

const MILESTONE_FOR: readonly [Grade, MilestoneId][] = [
  ['f1', 'f1-start'],
  ['f2', 'f2-start'],
  ['core-1', 'core-training-start'],
  ['st4', 'st4-start'],
  ['st5', 'st5-start'],
  ['st6', 'st6-start'],
  ['st7', 'st7-start'],
];

describe('gradeSchedule', () => {
  it.each([
    [
      'Year 11 pupil, full time',
      { dateOfBirth: '2011-03-14', now: { stage: 'school', yearGroup: 11 } },
    ],
    [
      'F1 doctor with an F3 year and ACCS-IM',
      {
        dateOfBirth: '2002-04-04',
        now: { stage: 'f1' },
        yearsBeforeCoreTraining: 1,
        coreRoute: 'accs-im',
      },
    ],
    [
      'F2 doctor with parental leave across the start of core training',
      {
        dateOfBirth: '2000-06-01',
        now: { stage: 'f2' },
        changes: [{ kind: 'parental-leave', start: '2027-06-01', end: '2027-11-30' }],
      },
    ],
    [
      'ST5 at 60% with a career break',
      {
        dateOfBirth: '1994-03-15',
        now: { stage: 'st', year: 5 },
        changes: [
          { kind: 'ltft', start: '2027-04-01', end: '2028-03-31', wte: 0.6 },
          { kind: 'oopc', start: '2028-04-01', end: '2028-09-30' },
        ],
      },
    ],
    [
      'IMT1 at 80% to completion',
      {
        dateOfBirth: '2000-01-01',
        now: { stage: 'imt', year: 1 },
        changes: [{ kind: 'ltft', start: '2027-04-01', end: null, wte: 0.8 }],
      },
    ],
  ])('%s: each grade starts on the timeline’s milestone date', (_label, plan) => {
    const timeline = timelineFor(plan);
    for (const [grade, milestoneId] of MILESTONE_FOR) {
      const milestone = timeline.milestones.find((candidate) => candidate.id === milestoneId);
      if (milestone) expect(startOf(timeline, grade), grade).toBe(milestone.date);
    }
    const { periods, appointment } = gradeSchedule(timeline);
    expect(startOf(timeline, 'consultant-1')).toBe(appointment);
    // Contiguous, in order, no gaps or overlaps.
    periods.forEach((period, index) => {
      expect(period.last).toBeGreaterThanOrEqual(period.first);
      const next = periods[index + 1];
      if (next) expect(next.first).toBe(period.last + 1);
    });
  });

  it('moves IMT years 2 and 3 by the part-time time before them, as the timeline moves ST4', () => {
    const timeline = timelineFor({
      dateOfBirth: '2000-01-01',
      now: { stage: 'imt', year: 1 },
      changes: [{ kind: 'ltft', start: '2027-04-01', end: null, wte: 0.8 }],
    });
    // 239 full-time days done by 31 March 2027; IMT2 after ⌈125 ÷ 0.8⌉ = 157 more days, IMT3 after
    // ⌈489 ÷ 0.8⌉ = 612.
    expect(startOf(timeline, 'core-2')).toBe('2027-09-05');
    expect(startOf(timeline, 'core-3')).toBe('2028-12-03');
  });

  it('marks an F3 year and a missed ST4 round as not in training', () => {
    const f3 = gradeSchedule(
      timelineFor({ dateOfBirth: '2002-04-04', now: { stage: 'f1' }, yearsBeforeCoreTraining: 1 }),
    );
    const gap = f3.periods.find((period) => period.kind === 'not-in-training');
    expect(gap && [dateOfDayNumber(gap.first), dateOfDayNumber(gap.last)]).toEqual([
      '2028-08-02',
      '2029-07-31',
    ]);
    const missed = gradeSchedule(
      timelineFor({ dateOfBirth: '1997-04-04', now: { stage: 'imt', year: 3 } }, '2027-01-15'),
    );
    const between = missed.periods.find((period) => period.kind === 'not-in-training');
    expect(between && [dateOfDayNumber(between.first), dateOfDayNumber(between.last)]).toEqual([
      '2027-08-04',
      '2028-08-01',
    ]);
  });

  it('puts consultant thresholds 3, 4, 8 and 14 years after appointment, and runs to the end of the financial year 15 years on', () => {
    const schedule = gradeSchedule(
      timelineFor({ dateOfBirth: '1992-05-20', now: { stage: 'st', year: 7 } }),
    );
    expect(schedule.appointment).toBe('2027-08-02');
    const consultant = schedule.periods.filter((period) => period.grade?.startsWith('consultant-'));
    expect(consultant.map((period) => [period.grade, dateOfDayNumber(period.first)])).toEqual([
      ['consultant-1', '2027-08-02'],
      ['consultant-2a', '2030-08-02'],
      ['consultant-2b', '2031-08-02'],
      ['consultant-3', '2035-08-02'],
      ['consultant-4', '2041-08-02'],
    ]);
    expect(dateOfDayNumber(schedule.horizonLast)).toBe('2043-03-31');
  });

  it.each([
    // Scotland: seniority 0, 1, 2, 3, 4, 9, 14, 19; runs to the end of the financial year 20 years on.
    [
      'scotland',
      [
        '2027-08-02',
        '2028-08-02',
        '2029-08-02',
        '2030-08-02',
        '2031-08-02',
        '2036-08-02',
        '2041-08-02',
        '2046-08-02',
      ],
      '2048-03-31',
    ],
    // Wales: 1 year at each of points 1 to 4, 5 years at point 5, 7 at 6 and 7; 24 years on.
    [
      'wales',
      [
        '2027-08-02',
        '2028-08-02',
        '2029-08-02',
        '2030-08-02',
        '2031-08-02',
        '2036-08-02',
        '2043-08-02',
        '2050-08-02',
      ],
      '2052-03-31',
    ],
    // Northern Ireland: years 1-3, 4, 5-8, 9-14, 15 on; 15 years on, as England.
    [
      'northern-ireland',
      ['2027-08-02', '2030-08-02', '2031-08-02', '2035-08-02', '2041-08-02'],
      '2043-03-31',
    ],
  ] as const)(
    '%s: consultant pay points by years since appointment, to a full year at the top',
    (nation, starts, horizon) => {
      const schedule = gradeSchedule(
        timelineFor({ dateOfBirth: '1992-05-20', nation, now: { stage: 'st', year: 7 } }),
      );
      const consultant = schedule.periods.filter((period) =>
        period.grade?.startsWith('consultant-'),
      );
      expect(consultant.map((period) => [period.grade, dateOfDayNumber(period.first)])).toEqual(
        starts.map((start, index) => [`consultant-point-${index + 1}`, start]),
      );
      expect(dateOfDayNumber(schedule.horizonLast)).toBe(horizon);
    },
  );

  it('has no periods for someone who is already a consultant', () => {
    const schedule = gradeSchedule(
      timelineFor({ dateOfBirth: '1980-01-01', now: { stage: 'consultant' } }),
    );
    expect(schedule.periods).toEqual([]);
    expect(schedule.appointment).toBeNull();
  });
});

describe('payPointFor', () => {
  it.each([
    ['f1', 'imt', 'np1'],
    ['f2', 'imt', 'np2'],
    ['core-1', 'imt', 'np3'],
    ['core-2', 'imt', 'np3'],
    ['core-3', 'imt', 'np4'],
    ['core-1', 'accs-im', 'np3'],
    ['core-3', 'accs-im', 'np3'],
    ['core-4', 'accs-im', 'np4'],
    ['st4', 'imt', 'np4'],
    ['st5', 'imt', 'np4'],
    ['st6', 'imt', 'np5'],
    ['st7', 'accs-im', 'np5'],
    ['consultant-2b', 'imt', 'consultant-2b'],
  ] as const)('England: %s on %s is %s', (grade, route, point) => {
    expect(payPointFor(grade, 'england', route)).toBe(point);
  });

  it('Scotland: pay point 0 for F1 and F2, unknown for later training years', () => {
    expect(payPointFor('f1', 'scotland', 'imt')).toBe('scotland-fy1-pp0');
    expect(payPointFor('f2', 'scotland', 'imt')).toBe('scotland-fy2-pp0');
    expect(payPointFor('core-1', 'scotland', 'imt')).toBeNull();
    expect(payPointFor('st6', 'scotland', 'imt')).toBeNull();
  });

  it('Wales: F1 and F2 starting pay, unknown for later training years; Northern Ireland: no training point', () => {
    expect(payPointFor('f1', 'wales', 'imt')).toBe('wales-fy1-pp0');
    expect(payPointFor('f2', 'wales', 'imt')).toBe('wales-fy2-pp0');
    expect(payPointFor('st4', 'wales', 'imt')).toBeNull();
    expect(payPointFor('f1', 'northern-ireland', 'imt')).toBeNull();
    expect(payPointFor('consultant-point-3', 'northern-ireland', 'imt')).toBe('consultant-point-3');
  });
});

describe('gradeLabel', () => {
  it.each([
    ['f1', 'imt', 'F1'],
    ['core-3', 'imt', 'IMT year 3'],
    ['core-4', 'accs-im', 'ACCS-IM year 4'],
    ['st6', 'imt', 'ST6'],
    ['consultant-2a', 'imt', 'Consultant, threshold 2a'],
    ['consultant-point-5', 'imt', 'Consultant, point 5'],
  ] as const)('%s on %s reads “%s”', (grade, route, label) => {
    expect(gradeLabel(grade, route)).toBe(label);
  });
});
