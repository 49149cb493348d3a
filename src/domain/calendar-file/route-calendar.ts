/**
 * A route's dates still to come as calendar events: each step's date, to the precision it is known, with
 * what to do, whether it is an estimate, and its sources with their checked-on dates.
 */
import { formatDated } from '../dated-text';
import { type IsoDate, endOfMonth, formatLongDate, isoDate, yearOf } from '../dates';
import { findSource, sourcesOfRules } from '../rules/registry';
// The topics a route cites by rule id.
import '../rules/route-topics';
import { sourceLabel } from '../rules/source';
import type { Milestone, Timeline } from '../timeline/types';
import type { AllDayEvent, CalendarFile } from './icalendar';

export type RouteCalendarOptions = {
  readonly planName: string;
  /**
   * Makes each event's UID unique to this plan (a saved plan's id), so importing a newer file can
   * update the same events instead of adding copies.
   */
  readonly planKey: string;
};

export const ESTIMATE_NOTE =
  'This date is an estimate, not a published one: Pathway worked it out from the rules and the pattern of earlier years. Check it nearer the time.';

/** The days a milestone covers: a window's days, or the whole month or year it is known to. */
export function milestoneDays(milestone: Milestone): { firstDay: IsoDate; lastDay: IsoDate } {
  const last = milestone.endDate ?? milestone.date;
  if (milestone.precision === 'year')
    return {
      firstDay: isoDate(yearOf(milestone.date), 1, 1),
      lastDay: isoDate(yearOf(last), 12, 31),
    };
  if (milestone.precision === 'month')
    return { firstDay: `${milestone.date.slice(0, 8)}01` as IsoDate, lastDay: endOfMonth(last) };
  return { firstDay: milestone.date, lastDay: last };
}

function whenLine(milestone: Milestone): string {
  const exactDayKnown = milestone.precision === 'day';
  return `When: ${formatDated(milestone)}${exactDayKnown ? '' : ' (the exact day is not known yet)'}. You will be ${milestone.age}.`;
}

function sourcesLine(milestone: Milestone): string | null {
  const references = sourcesOfRules(milestone.ruleIds);
  if (references.length === 0) return null;
  const cited = references.map(({ sourceId, confidence }) => {
    const source = findSource(sourceId);
    // A calendar has no links, so the address is written out (Pathway's own pages have none to give).
    const address = source.url.startsWith('http') ? `, ${source.url}` : '';
    return `${sourceLabel(source)}${address} (checked ${formatLongDate(source.checkedOn)}, ${confidence} confidence)`;
  });
  return `${cited.length === 1 ? 'Source' : 'Sources'}: ${cited.join('; ')}.`;
}

function toEvent(
  milestone: Milestone,
  options: RouteCalendarOptions,
  madeOn: IsoDate,
): AllDayEvent {
  const lines = [
    whenLine(milestone),
    milestone.explanation,
    milestone.basis === 'estimate' ? ESTIMATE_NOTE : null,
    sourcesLine(milestone),
    `From your Pathway plan “${options.planName}”, made on ${formatLongDate(madeOn)}. Pathway is a planning aid, not official careers advice.`,
  ];
  return {
    uid: `${milestone.id}.${options.planKey}@pathway.planner`,
    summary: milestone.basis === 'estimate' ? `${milestone.title} (estimate)` : milestone.title,
    description: lines.filter((line) => line !== null).join('\n'),
    ...milestoneDays(milestone),
  };
}

/** The steps a calendar file holds: those not yet over (a window open today is kept). */
export function stepsStillToCome(timeline: Timeline): readonly Milestone[] {
  return timeline.milestones.filter((milestone) => milestone.status !== 'done');
}

/** A calendar of the steps still to come, one all-day event each. */
export function routeCalendar(timeline: Timeline, options: RouteCalendarOptions): CalendarFile {
  return {
    name: `Pathway: ${options.planName}`,
    madeOn: timeline.today,
    events: stepsStillToCome(timeline).map((milestone) =>
      toEvent(milestone, options, timeline.today),
    ),
  };
}
