/**
 * The last checks before a timeline leaves the engine (issue 15). First the real one: a route that
 * would run past 2200, the last year the engines work with, is refused with a message on today's date
 * (only a wrong clock gives one). Then a guard against faults: every date real and in range, every
 * number finite, or the timeline is refused with the engine fault message rather than shown.
 */
import { ENGINE_FAULT_MESSAGE, badDate, badNumber, hasImpossibleValue } from '../cct/result-guard';
import { LAST_DATE } from '../cct/limits';
import { cctMessage } from '../cct/messages';
import type { IsoDate } from '../dates';
import type { PlanError } from '../plan/types';
import type { Timeline } from './types';

export const AFTER_2200_ERROR: PlanError = {
  field: 'today',
  code: 'out-of-range',
  message: cctMessage({ code: 'route-too-late' }),
};

export const TIMELINE_FAULT_ERROR: PlanError = {
  field: 'changes',
  code: 'inconsistent',
  message: ENGINE_FAULT_MESSAGE,
};

/** Whether the route's full-time dates run past the last date the engines work with. */
export function runsPast2200(dates: readonly (IsoDate | null)[]): boolean {
  for (const date of dates) if (date !== null && date > LAST_DATE) return true;
  return false;
}

/** Whether any date or number in the timeline is not real. Plain loops: this runs on every change. */
export function timelineHasImpossibleValue(timeline: Timeline): boolean {
  const { summary, partTime } = timeline;
  if (
    badDate(summary.cct) ||
    badDate(summary.fullTimeCct) ||
    badDate(summary.medicalSchoolStart) ||
    badNumber(summary.ageAtCct) ||
    badNumber(summary.coreRouteYears)
  )
    return true;
  for (const stage of timeline.stages) if (badDate(stage.start) || badDate(stage.end)) return true;
  for (const milestone of timeline.milestones) {
    if (
      badDate(milestone.date) ||
      badDate(milestone.endDate) ||
      badDate(milestone.movedFromWeekend) ||
      badNumber(milestone.age)
    )
      return true;
  }
  if (partTime === null) return false;
  if (hasImpossibleValue(partTime.calculation)) return true;
  for (const pause of partTime.pauses) if (badDate(pause.start) || badDate(pause.end)) return true;
  // The route's calculation holds the segments of every programme the periods fall in (the pages
  // show no others), so each programme's own dates are enough here.
  for (const run of partTime.programmes) {
    const { calculation } = run;
    if (
      badDate(run.start) ||
      badDate(run.end) ||
      badDate(calculation.cct) ||
      badDate(calculation.ifMadeUpCct) ||
      badNumber(calculation.extensionDays)
    )
      return true;
  }
  return false;
}
