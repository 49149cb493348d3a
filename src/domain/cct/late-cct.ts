/**
 * The refusal of a CCT date no training programme allows: more than 30 years after training started,
 * or after 2200 (limits.ts). It names the period that holds training back most by that date, at the
 * field that makes it so (the percentage, the credit, or the end of time away), so the page can put the
 * message beside it.
 */
import { type DayNumber, type IsoDate, dayNumber } from '../dates';
import { CREDIT_UNIT, type Stretch } from './accrual';
import { LAST_DATE, LAST_DAY, latestCctDay } from './limits';
import { cctMessage } from './messages';
import type { CctChange, CctIssue, PeriodField } from './types';
import { periodIssue } from './validate';

function fieldOf(change: CctChange): PeriodField {
  if (change.kind === 'ltft') return 'wte';
  return change.kind === 'oopr' ? 'credit' : 'end';
}

/**
 * The stretch's tag that loses the most training up to `latest`: full-time days not earned, in units.
 * Null when every stretch up to then is full time.
 */
function mostTimeLost(stretches: readonly Stretch<number>[], latest: DayNumber): number | null {
  let worst: number | null = null;
  let worstLost = 0;
  const lost = new Map<number, number>();
  for (const stretch of stretches) {
    if (stretch.first > latest) break;
    if (stretch.tag === null) continue;
    const days = Math.min(stretch.last, latest) - stretch.first + 1;
    const total = (lost.get(stretch.tag) ?? 0) + (CREDIT_UNIT - stretch.units) * days;
    lost.set(stretch.tag, total);
    if (worst === null || total > worstLost) {
      worst = stretch.tag;
      worstLost = total;
    }
  }
  return worst;
}

/**
 * The error for a CCT on `cctDay` (OPEN_ENDED when training never completes) for training counted from
 * `start`, or null when the date is allowed. `changes` are what the stretches' tags point into; an
 * issue names a change by its tag, so callers whose tags are not their own list's positions map it.
 */
export function lateCctIssue(
  start: IsoDate,
  stretches: readonly Stretch<number>[],
  cctDay: DayNumber,
  changes: readonly CctChange[],
): CctIssue | null {
  const thirtyYears = latestCctDay(start);
  const latest = (thirtyYears < LAST_DAY ? thirtyYears : LAST_DAY) as DayNumber;
  // Written so that NaN is refused as well as a day too late.
  if (cctDay <= latest) return null;
  const message = cctMessage({
    code: 'cct-too-late',
    limit: cctDay > thirtyYears ? 'thirty-years' : 'last-date',
    ifSicknessMadeUp: false,
  });
  const tag = mostTimeLost(stretches, latest);
  const change = tag === null ? undefined : changes[tag];
  if (tag === null || change === undefined)
    return { field: 'changes', code: 'cct-too-late', message };
  return periodIssue(
    { index: tag, id: change.id ?? null },
    fieldOf(change),
    'cct-too-late',
    message,
  );
}

/**
 * The error for a date "if the sickness were made up" past the same limits, named on the end of the
 * longest spell of sickness; null when the date is allowed. `indexOf` gives a change's position in the
 * list the issue names (the timeline's pieces point back into the plan's own list).
 */
export function lateMadeUpIssue(
  start: IsoDate,
  ifMadeUpCct: IsoDate | null,
  changes: readonly CctChange[],
  indexOf: (position: number) => number = (position) => position,
): CctIssue | null {
  if (ifMadeUpCct === null) return null;
  const thirtyYears = latestCctDay(start);
  // A date too far for four digits of year is past both limits.
  const past2200 = ifMadeUpCct.length !== 10 || ifMadeUpCct > LAST_DATE;
  const pastThirty = ifMadeUpCct.length !== 10 || dayNumber(ifMadeUpCct) > thirtyYears;
  if (!past2200 && !pastThirty) return null;
  // The longest spell of sickness: the one most worth checking.
  let longest = -1;
  let longestDays = -1;
  for (let position = 0; position < changes.length; position += 1) {
    const change = changes[position];
    if (change?.kind !== 'sickness') continue;
    const days = dayNumber(change.end) - dayNumber(change.start);
    if (days > longestDays) {
      longest = position;
      longestDays = days;
    }
  }
  const message = cctMessage({
    code: 'cct-too-late',
    limit: pastThirty ? 'thirty-years' : 'last-date',
    ifSicknessMadeUp: true,
  });
  const change = changes[longest];
  if (change === undefined) return { field: 'changes', code: 'cct-too-late', message };
  return periodIssue(
    { index: indexOf(longest), id: change.id ?? null },
    'end',
    'cct-too-late',
    message,
  );
}
