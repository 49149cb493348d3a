/**
 * The two layers of a plan's periods flattened into one list of credit periods (docs/cct-rules.md, "Two
 * layers"). A day inside time away (leave, time out of programme) earns what that period earns,
 * whatever the working pattern around it; any other day inside a less than full time period earns its
 * WTE; a day in neither is full time. So a less than full time period runs through any time away inside
 * it and resumes after it. Sickness is left out: it never moves the headline date.
 */
import { OPEN_ENDED, dayNumber, plusDays } from '../dates';
import { type DayPeriod, toCreditUnits } from './accrual';
import { PERIOD_KINDS, isTimeAway } from './kinds';
import type { CctChange } from './types';

/** The share of each day a change earns (sickness is left out of the headline altogether). */
export function creditOf(change: CctChange): number {
  switch (PERIOD_KINDS[change.kind].credit) {
    case 'wte':
      return change.kind === 'ltft' ? change.wte : 1;
    case 'whole-day':
      return 1;
    case 'approved-share':
      return change.kind === 'oopr' ? change.credit : 0;
    default:
      return 0;
  }
}

function toPeriod(change: CctChange, index: number): DayPeriod<number> {
  return {
    first: dayNumber(change.start),
    last: change.end === null ? OPEN_ENDED : dayNumber(change.end),
    units: toCreditUnits(creditOf(change)),
    tag: index,
  };
}

function byFirstDay(a: DayPeriod, b: DayPeriod): number {
  return a.first - b.first;
}

/**
 * The credit periods of valid changes in date order, none overlapping, each tagged with its change's
 * index: time away whole, and the less than full time periods cut around it. Within each layer the
 * periods must not overlap (the validator checks this).
 */
export function creditPeriodsOf(changes: readonly CctChange[]): DayPeriod<number>[] {
  const away: DayPeriod<number>[] = [];
  const working: DayPeriod<number>[] = [];
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index];
    if (change === undefined || change.kind === 'sickness') continue;
    (isTimeAway(change.kind) ? away : working).push(toPeriod(change, index));
  }
  if (away.length === 0 || working.length === 0) return [...away, ...working].sort(byFirstDay);
  away.sort(byFirstDay);
  working.sort(byFirstDay);
  const periods: DayPeriod<number>[] = [...away];
  let firstAway = 0;
  for (const period of working) {
    // Time away ending before this period cannot cut it, nor any later one.
    while (firstAway < away.length && (away[firstAway]?.last ?? OPEN_ENDED) < period.first)
      firstAway += 1;
    let next = period.first;
    for (let position = firstAway; position < away.length && next <= period.last; position += 1) {
      const gap = away[position];
      if (gap === undefined || gap.first > period.last) break;
      if (gap.first > next) periods.push({ ...period, first: next, last: plusDays(gap.first, -1) });
      const afterGap = plusDays(gap.last, 1);
      if (afterGap > next) next = afterGap;
    }
    if (next !== OPEN_ENDED && next <= period.last) periods.push({ ...period, first: next });
  }
  return periods.sort(byFirstDay);
}
