/**
 * The absence review (docs/cct-rules.md): absence of 14 days or more (Foundation: 20) that the doctor
 * would normally have been at work, in any 12 months, triggers a review of the CCT date at ARCP. It does
 * not move the headline date; the result gives the date "if made up" instead.
 *
 * Counted: sickness (its `workingDaysAbsent`, or else its weekdays) and planned time that does not count
 * (parental leave, unpaid leave, OOPE, OOPC, OOPP: their weekdays). The window is any 365 consecutive
 * days; a window across 29 February is one day short of 12 months, which we accept.
 */
import { type IsoDate, formatLongDate } from '../dates';
import {
  CREDIT_UNIT,
  type DayPeriod,
  buildStretches,
  completionDay,
  dateOfDayNumber,
  dayNumber,
} from './accrual';
import { type AbsenceReview, type CctChange, isNonCounting, type ProgrammeStage } from './types';

export const REVIEW_WINDOW_DAYS = 365;
export const REVIEW_THRESHOLDS: Readonly<Record<ProgrammeStage, number>> = {
  foundation: 20,
  core: 14,
  higher: 14,
};
/** Sums of fractional days (from `workingDaysAbsent`) are compared with this allowance. */
const EPSILON = 1e-9;

/** Weekdays (Monday to Friday) strictly before day number `day`, counted from a Monday. */
function weekdaysBefore(day: number): number {
  // Day 0 (1 January 1970) was a Thursday, so day 4 was a Monday.
  const fromMonday = day - 4;
  const weeks = Math.floor(fromMonday / 7);
  return weeks * 5 + Math.min(fromMonday - weeks * 7, 5);
}

/** Weekdays (Monday to Friday) from `first` to `last` inclusive, as day numbers. */
export function weekdaysBetween(first: number, last: number): number {
  return last < first ? 0 : weekdaysBefore(last + 1) - weekdaysBefore(first);
}

/** An absence in day numbers; `workingDays` spreads evenly over its days when given, else weekdays count. */
export type Absence = {
  readonly first: number;
  readonly last: number;
  readonly workingDays?: number;
};

export type WindowMaximum = {
  /** Most days normally at work missed in any window. */
  readonly days: number;
  /** First and last day of absence inside the earliest window that reaches the maximum. */
  readonly first: number;
  readonly last: number;
};

function isWeekday(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 Sunday … 6 Saturday
  return weekday >= 1 && weekday <= 5;
}

/**
 * The most absence (days normally at work) in any window of `windowDays` consecutive days. Some best
 * window starts on a day of absence (sliding a window right past days without absence never loses
 * anything), so two pointers over the days of absence find it: linear in the days of absence. Null
 * when there is no absence.
 */
export function maxAbsenceInWindow(
  absences: readonly Absence[],
  windowDays = REVIEW_WINDOW_DAYS,
): WindowMaximum | null {
  const days: number[] = [];
  const weights: number[] = [];
  for (const absence of [...absences].sort((a, b) => a.first - b.first)) {
    const perDay =
      absence.workingDays === undefined
        ? null
        : absence.workingDays / (absence.last - absence.first + 1);
    if (perDay === 0) continue;
    for (let day = absence.first; day <= absence.last; day += 1) {
      const weight = perDay ?? (isWeekday(day) ? 1 : 0);
      if (weight > 0) {
        days.push(day);
        weights.push(weight);
      }
    }
  }
  if (days.length === 0) {
    if (absences.length === 0) return null;
    const first = Math.min(...absences.map((absence) => absence.first));
    return { days: 0, first, last: first };
  }
  // Overlapping absences (which validation rejects) would leave the days out of order.
  if (days.some((day, index) => index > 0 && day < (days[index - 1] ?? day))) {
    const order = days.map((_, index) => index).sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0));
    const sortedDays = order.map((index) => days[index] ?? 0);
    const sortedWeights = order.map((index) => weights[index] ?? 0);
    days.splice(0, days.length, ...sortedDays);
    weights.splice(0, weights.length, ...sortedWeights);
  }
  const prefix = [0];
  for (const weight of weights) prefix.push((prefix.at(-1) ?? 0) + weight);

  let best = -1;
  let bestFirst = 0;
  let bestEnd = 0;
  let end = 0; // one past the last day inside the window
  for (let first = 0; first < days.length; first += 1) {
    const windowLast = (days[first] ?? 0) + windowDays - 1;
    if (end < first) end = first;
    while (end < days.length && (days[end] ?? Infinity) <= windowLast) end += 1;
    const sum = (prefix[end] ?? 0) - (prefix[first] ?? 0);
    if (sum > best + EPSILON) {
      best = sum;
      bestFirst = first;
      bestEnd = end;
    }
  }
  return {
    days: Math.round(best * 1e6) / 1e6,
    first: days[bestFirst] ?? 0,
    last: days[bestEnd - 1] ?? 0,
  };
}

function formatDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/** The absences the review counts, in day numbers. */
export function absencesOf(changes: readonly CctChange[]): Absence[] {
  const absences: Absence[] = [];
  for (const change of changes) {
    if (change.end === null) continue;
    if (change.kind !== 'sickness' && !isNonCounting(change.kind)) continue;
    const first = dayNumber(change.start);
    const last = dayNumber(change.end);
    const workingDays = change.kind === 'sickness' ? change.workingDaysAbsent : undefined;
    absences.push(workingDays === undefined ? { first, last } : { first, last, workingDays });
  }
  return absences;
}

/**
 * Credit periods with sickness counted as no training: the base periods are cut around each sickness
 * period, which then earns 0. Used for the "if made up" date.
 */
export function withSicknessAsNoCredit<Tag>(
  base: readonly DayPeriod<Tag>[],
  sickness: readonly { readonly first: number; readonly last: number }[],
): DayPeriod<Tag | null>[] {
  const cuts = [...sickness].sort((a, b) => a.first - b.first);
  const periods: DayPeriod<Tag | null>[] = cuts.map(({ first, last }) => ({
    first,
    last,
    units: 0,
    tag: null,
  }));
  for (const period of base) {
    let next = period.first;
    for (const cut of cuts) {
      if (cut.last < next || cut.first > period.last) continue;
      if (cut.first > next) periods.push({ ...period, first: next, last: cut.first - 1 });
      next = cut.last + 1;
    }
    if (next <= period.last) periods.push({ ...period, first: next });
  }
  return periods;
}

export type ReviewInput = {
  readonly changes: readonly CctChange[];
  readonly stage: ProgrammeStage;
  readonly startDay: number;
  readonly fullTimeDays: number;
  /** The periods the headline was built from (sickness left out). */
  readonly basePeriods: readonly DayPeriod[];
};

/** Runs the review: the most absence in any 12 months, whether it reaches the threshold, the date if made up. */
export function reviewAbsence(input: ReviewInput): AbsenceReview {
  const threshold = REVIEW_THRESHOLDS[input.stage];
  const maximum = maxAbsenceInWindow(absencesOf(input.changes));
  if (maximum === null) {
    return {
      threshold,
      maxDaysInAnyYear: 0,
      window: null,
      reviewTriggered: false,
      ifMadeUpCct: null,
      summary: null,
    };
  }
  const window = { start: dateOfDayNumber(maximum.first), end: dateOfDayNumber(maximum.last) };
  const reviewTriggered = maximum.days >= threshold - EPSILON;
  const sickness = input.changes.flatMap((change) =>
    change.kind === 'sickness'
      ? [{ first: dayNumber(change.start), last: dayNumber(change.end) }]
      : [],
  );
  let ifMadeUpCct: IsoDate | null = null;
  if (reviewTriggered) {
    const periods = withSicknessAsNoCredit(input.basePeriods, sickness);
    const stretches = buildStretches(input.startDay, periods);
    ifMadeUpCct = dateOfDayNumber(completionDay(stretches, input.fullTimeDays * CREDIT_UNIT));
  }
  const hasPlanned = input.changes.some((change) => isNonCounting(change.kind));
  const hasSickness = sickness.length > 0;
  let summary: string;
  if (reviewTriggered) {
    summary =
      `Absence adds up to ${formatDays(maximum.days)} you would normally have been at work, between ` +
      `${formatLongDate(window.start)} and ${formatLongDate(window.end)}. Absence of ${threshold} days or ` +
      'more in 12 months triggers a review of your CCT date, normally at your ARCP, and the date is not extended automatically';
    if (hasSickness && ifMadeUpCct)
      summary += `. If the sickness has to be made up, your CCT date would be ${formatLongDate(ifMadeUpCct)}`;
  } else {
    summary =
      `Absence adds up to at most ${formatDays(maximum.days)} you would normally have been at work in any 12 months. ` +
      `That is below the ${threshold} days that trigger a review`;
    if (hasSickness) summary += ', so sickness does not change your CCT date';
    if (hasPlanned)
      summary +=
        '. Parental leave, unpaid leave and time out of programme that does not count still move your date, as shown';
  }
  return {
    threshold,
    maxDaysInAnyYear: maximum.days,
    window,
    reviewTriggered,
    ifMadeUpCct,
    summary,
  };
}
