/**
 * Fuzzing the timeline engine (issue 15): 10,000 plans from a fixed seed, mostly people of a fitting
 * age with part-time periods, time out and leave of any kind, length, WTE or credit, some with hostile
 * answers or a clock near 2200. The engine never throws, and answers either with errors that each name
 * a field or with a timeline whose every date is real and within 1900 to 2200 and whose every number is
 * finite.
 */
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { buildTimeline } from './build-timeline';
import { TIMELINE_FAULT_ERROR } from './result-guard';
import type { TimelineResult } from './types';
import { FUZZ_RUNS, FUZZ_TIMEOUT, impossibleValues } from '../../../tests/support/fuzz';
import { fuzzedPlan } from '../../../tests/support/fuzz-answers';

/** Errors that each name a field and say something, or a timeline with nothing impossible in it. */
export function timelineProblems(result: TimelineResult, periods: number): string[] {
  // The plan is the input as the plan reader kept it (an unused field may hold anything); what the
  // engine worked out is everything else.
  if (result.ok) return impossibleValues({ ...result.timeline, plan: null });
  if (result.errors.length === 0) return ['refused with no error'];
  // The last guard is for faults only: validation must refuse first, naming the field.
  if (result.errors.some((error) => error.message === TIMELINE_FAULT_ERROR.message))
    return ['refused by the last guard, not by validation'];
  const bad: string[] = [];
  for (const error of result.errors) {
    if (typeof error.field !== 'string' || error.field.length === 0)
      bad.push('an error with no field');
    if (error.message.trim().length === 0) bad.push(`${error.field}: no message`);
    if (error.period !== undefined && !(error.period.index >= 0 && error.period.index < periods))
      bad.push(`${error.field} names period ${error.period.index} of ${periods}`);
  }
  return bad;
}

function periodCount(answers: Readonly<Record<string, unknown>>): number {
  return Array.isArray(answers.changes) ? answers.changes.length : 0;
}

describe('the timeline engine, fuzzed', () => {
  test.prop([fuzzedPlan], { ...FUZZ_RUNS, seed: 15_004 })(
    'never throws, and gives errors naming a field or only real dates and finite numbers',
    ({ answers, today }) => {
      const result = buildTimeline(answers, today);
      expect(timelineProblems(result, periodCount(answers))).toEqual([]);
    },
    FUZZ_TIMEOUT,
  );
});
