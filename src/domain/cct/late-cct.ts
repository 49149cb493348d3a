/**
 * The refusal of a CCT date no training programme allows: more than 30 years after training started,
 * or after 2200 (limits.ts). It names the period that holds training back most by that date, at the
 * field that makes it so (the percentage, the credit, or the end of time away), so the page can put the
 * message beside it.
 */
import { type DayNumber, type IsoDate, dayNumber } from '../dates';
import { CREDIT_UNIT, type Stretch } from './accrual';
import { LAST_DATE, LAST_DAY, MAX_YEARS_TO_CCT, latestCctDay } from './limits';
import type { CctChange, CctIssue, PeriodField } from './types';
import { periodIssue } from './validate';

const TOO_LATE_MESSAGE = `Your CCT date would be more than ${MAX_YEARS_TO_CCT} years after you started training. Check the percentages and credits you entered.`;
const AFTER_2200_MESSAGE =
  'Your CCT date would be after 31 December 2200, the latest date Pathway can work with. Check the dates, percentages and credits you entered.';

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
  const message = cctDay > thirtyYears ? TOO_LATE_MESSAGE : AFTER_2200_MESSAGE;
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

const MADE_UP_TOO_LATE_MESSAGE = `If this sickness had to be made up, your CCT date would be more than ${MAX_YEARS_TO_CCT} years after you started training. Check the dates of the sickness absence.`;
const MADE_UP_AFTER_2200_MESSAGE =
  'If this sickness had to be made up, your CCT date would be after 31 December 2200, the latest date Pathway can work with. Check the dates of the sickness absence.';

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
  const message = pastThirty ? MADE_UP_TOO_LATE_MESSAGE : MADE_UP_AFTER_2200_MESSAGE;
  const change = changes[longest];
  if (change === undefined) return { field: 'changes', code: 'cct-too-late', message };
  return periodIssue(
    { index: indexOf(longest), id: change.id ?? null },
    'end',
    'cct-too-late',
    message,
  );
}
