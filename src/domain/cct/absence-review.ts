/**
 * The absence review (docs/cct-rules.md): absence of 14 days or more that the doctor would normally have
 * been at work, in any 12 months, triggers a review of the CCT date at ARCP. In the Foundation Programme
 * 20 days are allowed in each foundation year and more are reviewed. It does not move the headline
 * date; the result gives the date "if made up" instead.
 *
 * Counted: sickness (its `workingDaysAbsent`, or else its weekdays) and planned time that does not count
 * (parental leave, unpaid leave, OOPE, OOPC, OOPP, and OOPR with no credit: their weekdays). The window
 * is any 365 consecutive days; a window across 29 February is one day short of 12 months, which we
 * accept. A foundation year is the time it takes to do a year of training, so part time stretches it.
 */
import {
  type DayNumber,
  type IsoDate,
  OPEN_ENDED,
  addYears,
  dateOfDayNumber,
  dayNumber,
  dayNumberOf,
  formatLongDate,
  plusDays,
  weekdayOfDayNumber,
} from '../dates';
import { absenceReview, foundationAbsenceReview } from '../rules/ltft';
import { NO_CREDIT, creditOfFullTimeDays } from '../units';
import { type DayPeriod, type Stretch, buildStretches, completionDay } from './accrual';
import {
  type AbsenceReview,
  type CctChange,
  isUnapprovedTimeOut,
  type ProgrammeStage,
} from './types';

export const REVIEW_WINDOW_DAYS = 365;
export const REVIEW_THRESHOLDS: Readonly<Record<ProgrammeStage, number>> = {
  foundation: foundationAbsenceReview.value.days,
  core: absenceReview.value.days,
  higher: absenceReview.value.days,
};
/** Specialty training reviews at 14 days or more; Foundation allows 20 days a year and reviews more. */
const THRESHOLD_KINDS: Readonly<Record<ProgrammeStage, AbsenceReview['thresholdKind']>> = {
  foundation: 'exceeds',
  core: 'reaches',
  higher: 'reaches',
};
/** Sums of fractional days (from `workingDaysAbsent`) are compared with this allowance. */
const EPSILON = 1e-9;

/** A Monday (5 January 1970), from which weeks are counted. */
const A_MONDAY = dayNumberOf(1970, 1, 5);
/** Day 0: what the index lookups below fall back to (they cannot miss for a window of a day or more). */
const DAY_ZERO = dayNumberOf(1970, 1, 1);

/** Weekdays (Monday to Friday) strictly before `day`, counted from a Monday. */
function weekdaysBefore(day: DayNumber): number {
  const fromMonday = day - A_MONDAY;
  const weeks = Math.floor(fromMonday / 7);
  return weeks * 5 + Math.min(fromMonday - weeks * 7, 5);
}

/** Weekdays (Monday to Friday) from `first` to `last` inclusive. */
export function weekdaysBetween(first: DayNumber, last: DayNumber): number {
  return last < first ? 0 : weekdaysBefore(plusDays(last, 1)) - weekdaysBefore(first);
}

/** An absence in day numbers; `workingDays` spreads evenly over its days when given, else weekdays count. */
export type Absence = {
  readonly first: DayNumber;
  readonly last: DayNumber;
  readonly workingDays?: number;
};

type DaySpan = { readonly first: DayNumber; readonly last: DayNumber };

export type WindowMaximum = {
  /** Most days normally at work missed in any window. */
  readonly days: number;
  /** First and last day of absence inside the earliest window that reaches the maximum. */
  readonly first: DayNumber;
  readonly last: DayNumber;
};

function earliestFirst(absences: readonly Absence[]): DayNumber {
  let earliest = OPEN_ENDED;
  for (const absence of absences) if (absence.first < earliest) earliest = absence.first;
  return earliest;
}

/**
 * The most absence (days normally at work) in any window of `windowDays` consecutive days. Some best
 * window starts on a day of absence (sliding a window right past days without absence never loses
 * anything), so two pointers over the days of absence find it: linear in the days of absence. Null
 * when there is no absence.
 */
/** Each day of absence that counts, with how much of a working day it is, in date order. */
function absenceDays(absences: readonly Absence[]): { days: DayNumber[]; weights: number[] } {
  const days: DayNumber[] = [];
  const weights: number[] = [];
  // Absences usually come in date order already: copy and sort only when they do not.
  let inOrder = true;
  for (let index = 1; index < absences.length && inOrder; index += 1)
    inOrder = (absences[index - 1]?.first ?? 0) <= (absences[index]?.first ?? 0);
  const sorted = inOrder ? absences : [...absences].sort((a, b) => a.first - b.first);
  for (const absence of sorted) {
    const perDay =
      absence.workingDays === undefined
        ? null
        : absence.workingDays / (absence.last - absence.first + 1);
    if (perDay === 0) continue;
    // The day of the week is stepped along with the day rather than worked out afresh for each.
    let weekday = weekdayOfDayNumber(absence.first);
    for (let day = absence.first; day <= absence.last; day = plusDays(day, 1)) {
      const weight = perDay ?? (weekday >= 1 && weekday <= 5 ? 1 : 0);
      if (weight > 0) {
        days.push(day);
        weights.push(weight);
      }
      weekday = weekday === 6 ? 0 : weekday + 1;
    }
  }
  return { days, weights };
}

export function maxAbsenceInWindow(
  absences: readonly Absence[],
  windowDays = REVIEW_WINDOW_DAYS,
): WindowMaximum | null {
  const { days, weights } = absenceDays(absences);
  if (days.length === 0) {
    if (absences.length === 0) return null;
    const first = earliestFirst(absences);
    return { days: 0, first, last: first };
  }
  // Overlapping absences (which validation rejects) would leave the days out of order.
  let daysInOrder = true;
  for (let index = 1; index < days.length && daysInOrder; index += 1)
    daysInOrder = (days[index - 1] ?? 0) <= (days[index] ?? 0);
  if (!daysInOrder) {
    const order = days.map((_, index) => index).sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0));
    const sortedDays = order.map((index) => days[index] ?? DAY_ZERO);
    const sortedWeights = order.map((index) => weights[index] ?? 0);
    days.splice(0, days.length, ...sortedDays);
    weights.splice(0, weights.length, ...sortedWeights);
  }
  const prefix = [0];
  let total = 0;
  for (const weight of weights) {
    total += weight;
    prefix.push(total);
  }

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
    first: days[bestFirst] ?? DAY_ZERO,
    last: days[bestEnd - 1] ?? DAY_ZERO,
  };
}

/**
 * The most absence in any one of the given back-to-back years (each `{ first, last }` in day numbers),
 * with the first and last day of absence in that year. Null when there is no absence.
 */
export function maxAbsenceInYears(
  absences: readonly Absence[],
  years: readonly DaySpan[],
): WindowMaximum | null {
  if (absences.length === 0) return null;
  const { days, weights } = absenceDays(absences);
  let best: WindowMaximum | null = null;
  for (const year of years) {
    let sum = 0;
    // Each is replaced by a day inside the year whenever the sum is above 0.
    let first = year.last;
    let last = year.first;
    days.forEach((day, index) => {
      if (day < year.first || day > year.last) return;
      sum += weights[index] ?? 0;
      if (day < first) first = day;
      if (day > last) last = day;
    });
    if (sum > 0 && (best === null || sum > best.days + EPSILON))
      best = { days: Math.round(sum * 1e6) / 1e6, first, last };
  }
  if (best !== null) return best;
  const first = earliestFirst(absences);
  return { days: 0, first, last: first };
}

function formatDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} working ${rounded === 1 ? 'day' : 'days'}`;
}

/** The absences the review counts, in day numbers. */
export function absencesOf(changes: readonly CctChange[]): Absence[] {
  const absences: Absence[] = [];
  for (const change of changes) {
    if (change.end === null) continue;
    if (change.kind !== 'sickness' && !isUnapprovedTimeOut(change)) continue;
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
  sickness: readonly DaySpan[],
): DayPeriod<Tag | null>[] {
  const cuts = [...sickness].sort((a, b) => a.first - b.first);
  const periods: DayPeriod<Tag | null>[] = cuts.map(({ first, last }) => ({
    first,
    last,
    units: NO_CREDIT,
    tag: null,
  }));
  for (const period of base) {
    let next = period.first;
    for (const cut of cuts) {
      if (cut.last < next || cut.first > period.last) continue;
      if (cut.first > next) periods.push({ ...period, first: next, last: plusDays(cut.first, -1) });
      next = plusDays(cut.last, 1);
    }
    if (next <= period.last) periods.push({ ...period, first: next });
  }
  return periods;
}

export type ReviewInput = {
  readonly changes: readonly CctChange[];
  readonly stage: ProgrammeStage;
  readonly startDay: DayNumber;
  readonly fullTimeDays: number;
  /** The periods the headline was built from (sickness left out). */
  readonly basePeriods: readonly DayPeriod[];
  /** The same periods laid out from `startDay`, when the caller has them already. */
  readonly stretches?: readonly Stretch[];
};

/**
 * The foundation years of a plan, in day numbers: each runs until a further year of training is done
 * (later with part time or time that does not count), the last one open-ended. A programme counted from
 * part-way through (the direct calculator's time left) has as many years as it has whole years left,
 * rounded, and at least one.
 */
export function foundationYears(
  startDay: DayNumber,
  basePeriods: readonly DayPeriod[],
  fullTimeDays: number,
  stretches: readonly Stretch[] = buildStretches(startDay, basePeriods),
): DaySpan[] {
  const start = dateOfDayNumber(startDay);
  const yearsLeft = Math.max(1, Math.round(fullTimeDays / 365.25));
  const years: DaySpan[] = [];
  let first = startDay;
  for (let year = 1; year < yearsLeft; year += 1) {
    const fullTimeDaysByThen = dayNumber(addYears(start, year)) - startDay;
    const last = completionDay(stretches, creditOfFullTimeDays(fullTimeDaysByThen));
    if (!Number.isFinite(last)) break;
    years.push({ first, last });
    first = plusDays(last, 1);
  }
  years.push({ first, last: OPEN_ENDED });
  return years;
}

function isOverThreshold(days: number, threshold: number, kind: AbsenceReview['thresholdKind']) {
  return kind === 'reaches' ? days >= threshold - EPSILON : days > threshold + EPSILON;
}

/**
 * Runs the review: the most absence in any 12 months (Foundation: in any foundation year), whether it
 * is enough for a review, and the date if the sickness were made up.
 */
export function reviewAbsence(input: ReviewInput): AbsenceReview {
  const threshold = REVIEW_THRESHOLDS[input.stage];
  const thresholdKind = THRESHOLD_KINDS[input.stage];
  const absences = absencesOf(input.changes);
  const foundation = input.stage === 'foundation';
  const maximum = foundation
    ? maxAbsenceInYears(
        absences,
        foundationYears(input.startDay, input.basePeriods, input.fullTimeDays, input.stretches),
      )
    : maxAbsenceInWindow(absences);
  if (maximum === null) {
    return {
      threshold,
      thresholdKind,
      maxDaysInAnyYear: 0,
      window: null,
      reviewTriggered: false,
      ifMadeUpCct: null,
      summary: null,
    };
  }
  const window = { start: dateOfDayNumber(maximum.first), end: dateOfDayNumber(maximum.last) };
  const reviewTriggered = isOverThreshold(maximum.days, threshold, thresholdKind);
  const sickness: DaySpan[] = [];
  for (const change of input.changes)
    if (change.kind === 'sickness')
      sickness.push({ first: dayNumber(change.start), last: dayNumber(change.end) });
  let ifMadeUpCct: IsoDate | null = null;
  if (reviewTriggered && sickness.length === 0) {
    // Planned leave alone: the headline already counts it as no training.
    const stretches = input.stretches ?? buildStretches(input.startDay, input.basePeriods);
    ifMadeUpCct = dateOfDayNumber(
      completionDay(stretches, creditOfFullTimeDays(input.fullTimeDays)),
    );
  } else if (reviewTriggered) {
    const periods = withSicknessAsNoCredit(input.basePeriods, sickness);
    const stretches = buildStretches(input.startDay, periods);
    ifMadeUpCct = dateOfDayNumber(
      completionDay(stretches, creditOfFullTimeDays(input.fullTimeDays)),
    );
  }
  const hasPlanned = input.changes.some(isUnapprovedTimeOut);
  const hasSickness = sickness.length > 0;
  const period = foundation ? 'a foundation year' : '12 months';
  const rule = foundation
    ? `More than ${threshold} days of absence in a foundation year triggers a review of your end date`
    : `Absence of ${threshold} days or more in 12 months triggers a review of your CCT date`;
  let summary: string;
  if (reviewTriggered) {
    summary =
      `Absence adds up to ${formatDays(maximum.days)} (days you would normally have been at work), between ` +
      `${formatLongDate(window.start)} and ${formatLongDate(window.end)}. ${rule}, normally at your ARCP, ` +
      'and the date is not extended automatically';
    if (hasSickness && ifMadeUpCct)
      summary += `. If the sickness has to be made up, your ${foundation ? 'end' : 'CCT'} date would be ${formatLongDate(ifMadeUpCct)}`;
  } else {
    summary =
      `Absence adds up to at most ${formatDays(maximum.days)} (days you would normally have been at work) in ${foundation ? 'any foundation year' : 'any 12 months'}. ` +
      (foundation
        ? `That is within the ${threshold} days allowed in ${period}`
        : `That is below the ${threshold} days that trigger a review`);
    if (hasSickness) summary += ', so sickness does not change your CCT date';
    if (hasPlanned)
      summary +=
        '. Parental leave, unpaid leave and time out of programme that does not count still move your date, as shown';
  }
  return {
    threshold,
    thresholdKind,
    maxDaysInAnyYear: maximum.days,
    window,
    reviewTriggered,
    ifMadeUpCct,
    summary,
  };
}
