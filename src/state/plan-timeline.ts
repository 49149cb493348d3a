/**
 * One timeline per plan's answers and day, shared by every page and hook that shows it: the route, pay,
 * compare, part-time and shared-plan pages all read the same result instead of each building its own.
 * Keyed by the answers object itself (the store keeps it until the answers change), so a timeline is
 * forgotten with the answers it came from.
 */
import { useMemo } from 'react';
import type { Period } from '../domain/cct/period';
import type { IsoDate } from '../domain/dates';
import type { PlanAnswers } from '../domain/plan/answers';
import { buildTimeline } from '../domain/timeline/build-timeline';
import type { TimelineResult } from '../domain/timeline/types';

const timelines = new WeakMap<
  PlanAnswers,
  { readonly today: IsoDate; readonly result: TimelineResult }
>();

/** The timeline for `answers` on `today`, built once and then remembered. */
export function timelineFor(answers: PlanAnswers, today: IsoDate): TimelineResult {
  const known = timelines.get(answers);
  if (known !== undefined && known.today === today) return known.result;
  const result = buildTimeline(answers, today);
  timelines.set(answers, { today, result });
  return result;
}

const withPeriods = new WeakMap<PlanAnswers, WeakMap<readonly Period[], PlanAnswers>>();

/**
 * The answers with another list of periods (a scenario's, or one being tried in the period editor),
 * the same object each time for the same answers and list, so {@link timelineFor} remembers its
 * timeline too.
 */
export function answersWithPeriods(answers: PlanAnswers, changes: readonly Period[]): PlanAnswers {
  if (changes === answers.changes) return answers;
  let byList = withPeriods.get(answers);
  if (byList === undefined) withPeriods.set(answers, (byList = new WeakMap()));
  let combined = byList.get(changes);
  if (combined === undefined) byList.set(changes, (combined = { ...answers, changes }));
  return combined;
}

/** The plan's timeline, for a page: the same object for the same answers and day. */
export function usePlanTimeline(answers: PlanAnswers, today: IsoDate): TimelineResult {
  return useMemo(() => timelineFor(answers, today), [answers, today]);
}
