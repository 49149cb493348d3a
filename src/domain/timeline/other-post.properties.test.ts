/**
 * Properties of a doctor in another post (docs/timeline-rules.md, "From another post"): core training
 * from its first year, or straight to ST4 with an Alternative Certificate. Expected values are worked out
 * here from the contract, with date arithmetic of the tests' own.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { buildTimeline } from './build-timeline';
import type { Milestone, MilestoneId, Timeline } from './types';
import { isoOfDay } from '../../../tests/support/fuzz';

const DAY = 86_400_000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

function dayOf(year: number, month: number, day: number): string {
  return isoOfDay(Date.UTC(year, month - 1, day) / DAY);
}

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The first Wednesday in August. */
function rotation(year: number): string {
  const weekdayOfFirst = new Date(Date.UTC(year, 7, 1)).getUTCDay();
  return dayOf(year, 8, 1 + ((3 - weekdayOfFirst + 7) % 7));
}

/** The training year holding `today`: the year of the latest rotation on or before it. */
function trainingYear(today: string): number {
  return today >= rotation(yearOf(today)) ? yearOf(today) : yearOf(today) - 1;
}

/** The third Thursday in April. */
function thirdThursdayOfApril(year: number): string {
  const weekdayOfFirst = new Date(Date.UTC(year, 3, 1)).getUTCDay();
  return dayOf(year, 4, 1 + ((4 - weekdayOfFirst + 7) % 7) + 14);
}

type Plan = {
  readonly dateOfBirth: string;
  readonly now: { readonly stage: 'other-post' };
  readonly st4Route: 'alternative-certificate' | 'core-training';
  readonly mrcp: 'none' | 'part-1' | 'full';
  readonly appliedInCurrentRound: boolean;
  readonly coreRoute: 'imt' | 'accs-im';
  readonly plannedSt4Year?: number;
};

const scenarioArb = fc
  .tuple(
    fc.integer({ min: Date.UTC(2025, 0, 1) / DAY, max: Date.UTC(2035, 11, 31) / DAY }),
    fc.constantFrom('alternative-certificate' as const, 'core-training' as const),
    fc.constantFrom('none' as const, 'part-1' as const, 'full' as const),
    fc.boolean(),
    fc.constantFrom('imt' as const, 'accs-im' as const),
    fc.option(fc.integer({ min: 1, max: 11 }), { nil: undefined }),
  )
  .map(([day, st4Route, mrcp, appliedInCurrentRound, coreRoute, yearsOn]) => {
    const today = isoOfDay(day);
    const plan: Plan = {
      dateOfBirth: isoOfDay(day - 30 * 365),
      now: { stage: 'other-post' },
      st4Route,
      mrcp,
      appliedInCurrentRound,
      coreRoute,
      ...(yearsOn === undefined ? {} : { plannedSt4Year: trainingYear(today) + yearsOn }),
    };
    return { today, plan };
  });

function build(plan: Plan, today: string): Timeline {
  const result = buildTimeline(plan, today);
  if (!result.ok)
    throw new Error(`A valid plan was rejected: ${JSON.stringify(result.errors)} on ${today}`);
  return result.timeline;
}

function find(timeline: Timeline, id: MilestoneId): Milestone | undefined {
  return timeline.milestones.find((milestone) => milestone.id === id);
}

function dateOf(timeline: Timeline, id: MilestoneId): string {
  const found = find(timeline, id);
  if (!found) throw new Error(`The timeline has no ${id} milestone`);
  return found.date;
}

describe('a doctor in another post', () => {
  test.prop([scenarioArb])(
    'opens with their current post from this training year and runs without gaps to consultant',
    ({ today, plan }) => {
      const timeline = build(plan, today);
      const ids = timeline.stages.map((stage) => stage.id);
      expect(ids[0]).toBe('other-post');
      expect(timeline.stages[0]?.start).toBe(rotation(trainingYear(today)));
      expect(ids.at(-1)).toBe('consultant');
      expect(ids.includes('core-training')).toBe(plan.st4Route === 'core-training');
      timeline.stages.forEach((stage, index) => {
        const next = timeline.stages[index + 1];
        if (next) expect(isoOfDay(dayNumber(stage.end ?? '') + 1)).toBe(next.start);
      });
      for (const milestone of timeline.milestones)
        expect(milestone.date >= (timeline.stages[0]?.start ?? '')).toBe(true);
    },
  );

  test.prop([scenarioArb])(
    'by the Alternative Certificate: ST4 in the chosen August, or the first round still open',
    ({ today, plan }) => {
      fc.pre(plan.st4Route === 'alternative-certificate');
      const timeline = build(plan, today);
      const st4 = dateOf(timeline, 'st4-start');
      const year = yearOf(st4);
      expect(st4).toBe(rotation(year));
      const opens = dayOf(year - 1, 11, 1);
      const closes = dayOf(year - 1, 12, 31);
      const planned = plan.plannedSt4Year ?? trainingYear(today) + 1;
      expect(year).toBeGreaterThanOrEqual(planned);
      if (!plan.appliedInCurrentRound) {
        // The round is still open (and, without Part 1, not yet open), and no earlier one would do.
        expect(closes >= today).toBe(true);
        if (plan.mrcp === 'none') expect(opens > today).toBe(true);
        if (year > planned) {
          const earlierOpens = dayOf(year - 2, 11, 1);
          const earlierCloses = dayOf(year - 2, 12, 31);
          expect(earlierCloses < today || (plan.mrcp === 'none' && earlierOpens <= today)).toBe(
            true,
          );
        }
      } else {
        expect(year).toBe(planned);
      }
      expect(find(timeline, 'st4-application-window')?.endDate).toBe(closes);
      expect(find(timeline, 'alternative-certificate')?.endDate).toBe(closes);
      expect(find(timeline, 'mrcp-part-1-by') !== undefined).toBe(plan.mrcp === 'none');
      const mrcp = find(timeline, 'mrcp-complete-by');
      expect(mrcp !== undefined).toBe(plan.mrcp !== 'full');
      if (mrcp) expect(mrcp.date).toBe(thirdThursdayOfApril(year));
      expect(find(timeline, 'core-training-start')).toBeUndefined();
      // The CCT is the day before the fourth anniversary of ST4.
      expect(dateOf(timeline, 'cct')).toBe(isoOfDay(dayNumber(`${year + 4}${st4.slice(4)}`) - 1));
    },
  );

  test.prop([scenarioArb])(
    'by core training: its first year in the next August whose round is still open',
    ({ today, plan }) => {
      fc.pre(plan.st4Route === 'core-training');
      const timeline = build(plan, today);
      const core = dateOf(timeline, 'core-training-start');
      const year = yearOf(core);
      expect(core).toBe(rotation(year));
      expect(year).toBeGreaterThanOrEqual(trainingYear(today) + 1);
      if (plan.appliedInCurrentRound) expect(year).toBe(trainingYear(today) + 1);
      else expect(dayOf(year - 1, 12, 1) >= today).toBe(true);
      expect(find(timeline, 'core-application-window')?.date.slice(0, 4)).toBe(String(year - 1));
      expect(find(timeline, 'alternative-certificate')).toBeUndefined();
      expect(yearOf(dateOf(timeline, 'st4-start')) - year).toBeGreaterThanOrEqual(
        plan.coreRoute === 'imt' ? 3 : 4,
      );
    },
  );
});
