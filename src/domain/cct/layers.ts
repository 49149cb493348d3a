/**
 * The two layers of a plan's periods flattened into one list of credit periods (docs/cct-rules.md, "Two
 * layers"). A day inside time away (leave, time out of programme) earns what that period earns,
 * whatever the working pattern around it; any other day inside a less than full time period earns its
 * WTE; a day in neither is full time. So a less than full time period runs through any time away inside
 * it and resumes after it. Sickness is left out: it never moves the headline date.
 */
import { type DayNumber, OPEN_ENDED, dayNumber, plusDays } from '../dates';
import { FULL_TIME, NO_SHARE, type Share, toCreditUnits } from '../units';
import type { DayPeriod } from './accrual';
import { PERIOD_KINDS, isTimeAway } from './kinds';
import type { CctChange } from './types';

/** The share of each day a change earns (sickness is left out of the headline altogether). */
export function creditOf(change: CctChange): Share {
  switch (PERIOD_KINDS[change.kind].credit) {
    case 'wte':
      return change.kind === 'ltft' ? change.wte : FULL_TIME;
    case 'whole-day':
      return FULL_TIME;
    case 'approved-share':
      return change.kind === 'oopr' ? change.credit : NO_SHARE;
    default:
      return NO_SHARE;
  }
}

/** Part of a period, written out rather than spread: this runs for every piece on every change. */
function pieceOf(period: DayPeriod<number>, first: DayNumber, last: DayNumber): DayPeriod<number> {
  return { first, last, units: period.units, tag: period.tag };
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

function inDateOrder(periods: readonly DayPeriod[]): boolean {
  for (let index = 1; index < periods.length; index += 1)
    if ((periods[index - 1]?.first ?? 0) > (periods[index]?.first ?? 0)) return false;
  return true;
}

/** Sorts by first day (stably), skipping the sort when the periods are in order already, as usual. */
function sortByFirstDay<Tag>(periods: DayPeriod<Tag>[]): DayPeriod<Tag>[] {
  return inDateOrder(periods) ? periods : periods.sort(byFirstDay);
}

/**
 * Two lists each in date order as one, as a stable sort of `first` then `second` would give them (on
 * the same first day, `first`'s period comes first): a merge, linear where a sort is not.
 */
function mergeByFirstDay<Tag>(
  first: readonly DayPeriod<Tag>[],
  second: readonly DayPeriod<Tag>[],
): DayPeriod<Tag>[] {
  const merged: DayPeriod<Tag>[] = [];
  let fromFirst = 0;
  let fromSecond = 0;
  while (fromFirst < first.length || fromSecond < second.length) {
    const a = first[fromFirst];
    const b = second[fromSecond];
    if (a !== undefined && (b === undefined || a.first <= b.first)) {
      merged.push(a);
      fromFirst += 1;
    } else if (b !== undefined) {
      merged.push(b);
      fromSecond += 1;
    }
  }
  return merged;
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
  if (away.length === 0) return sortByFirstDay(working);
  if (working.length === 0) return sortByFirstDay(away);
  sortByFirstDay(away);
  sortByFirstDay(working);
  // The pieces of the less than full time periods, in date order when the periods do not overlap.
  const pieces: DayPeriod<number>[] = [];
  let firstAway = 0;
  for (const period of working) {
    // Time away ending before this period cannot cut it, nor any later one.
    while (firstAway < away.length && (away[firstAway]?.last ?? OPEN_ENDED) < period.first)
      firstAway += 1;
    let next = period.first;
    for (let position = firstAway; position < away.length && next <= period.last; position += 1) {
      const gap = away[position];
      if (gap === undefined || gap.first > period.last) break;
      if (gap.first > next) pieces.push(pieceOf(period, next, plusDays(gap.first, -1)));
      const afterGap = plusDays(gap.last, 1);
      if (afterGap > next) next = afterGap;
    }
    if (next !== OPEN_ENDED && next <= period.last) pieces.push(pieceOf(period, next, period.last));
  }
  // Time away and the pieces never share a day, so merging the two lists is sorting them.
  return inDateOrder(pieces)
    ? mergeByFirstDay(away, pieces)
    : [...away, ...pieces].sort(byFirstDay);
}
