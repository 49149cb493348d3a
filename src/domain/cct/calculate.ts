/**
 * The CCT calculator (docs/cct-rules.md): pro-rata accrual on contractual WTE, day by day, with the
 * absence review, the TIS-style estimate and the working. Never throws: bad input gives errors.
 */
import { type DayNumber, type IsoDate, dateOfDayNumber, dayNumber } from '../dates';
import {
  absenceReview,
  cctConfirmedAtArcp,
  cctProRataAccrual,
  foundationAbsenceReview,
  tisCalculatorSuspended,
  tisEstimateFormula,
} from '../rules/ltft';
import { PERIOD_KINDS } from './kinds';
import type { SourceId } from '../rules/sources';
import { dualCctSameDate } from '../rules/specialty';
import type { Rule } from '../rules/types';
import {
  type Accrual,
  CREDIT_UNIT,
  type Stretch,
  accrualOfDayPeriods,
  buildStretches,
  completionDay,
} from './accrual';
import { creditOf, creditPeriodsOf } from './layers';
import { reviewAbsence } from './absence-review';
import { tisStyleEstimate } from './tis-estimate';
import {
  type CctCalculation,
  type CctChange,
  type CctInput,
  type CctIssue,
  type CctResult,
  type CctSegment,
  isUnapprovedTimeOut,
} from './types';
import { periodsAfterCct, validateCctInput } from './validate';

export { creditOf } from './layers';

/**
 * Applies a plan's changes to its programme for other engines (the timeline): the accrual answers when
 * training ends, when N full-time days are complete, and where any full-time date moves to. Sickness is
 * left out, as in the headline. The input must be valid (see {@link validateCctInput}).
 */
export function accrualFor(input: CctInput): Accrual {
  return accrualOfDayPeriods(
    input.programme.start,
    input.programme.fullTimeCct,
    creditPeriodsOf(input.changes),
  );
}

/** The absence review's rules: added by stage when there is absence, not by kind. */
const REVIEW_RULES: ReadonlySet<Rule<unknown>> = new Set([absenceReview, foundationAbsenceReview]);

function rulesUsed(input: CctInput): readonly Rule<unknown>[] {
  const rules = new Set<Rule<unknown>>([cctProRataAccrual, cctConfirmedAtArcp]);
  const stage = input.programme.stage ?? 'higher';
  if (stage === 'higher') rules.add(dualCctSameDate);
  let hasAbsence = false;
  for (const change of input.changes) {
    for (const rule of PERIOD_KINDS[change.kind].rules)
      if (!REVIEW_RULES.has(rule)) rules.add(rule);
    if (change.kind === 'sickness' || isUnapprovedTimeOut(change)) hasAbsence = true;
  }
  if (hasAbsence) rules.add(stage === 'foundation' ? foundationAbsenceReview : absenceReview);
  rules.add(tisEstimateFormula);
  rules.add(tisCalculatorSuspended);
  return [...rules];
}

function segmentsOf(
  stretches: readonly Stretch<number>[],
  changes: readonly CctChange[],
  cctDay: DayNumber,
  fullTimeDays: number,
): CctSegment[] {
  const segments: CctSegment[] = [];
  const required = fullTimeDays * CREDIT_UNIT;
  for (const stretch of stretches) {
    if (stretch.first > cctDay) break;
    const last = stretch.last < cctDay ? stretch.last : cctDay;
    const calendarDays = last - stretch.first + 1;
    const earned = stretch.units * calendarDays;
    const change = stretch.tag === null ? null : (changes[stretch.tag] ?? null);
    const kind = change === null || change.kind === 'sickness' ? 'full-time' : change.kind;
    segments.push({
      start: dateOfDayNumber(stretch.first),
      end: dateOfDayNumber(last),
      calendarDays,
      kind,
      changeIndex: stretch.tag,
      wte: change === null ? 1 : change.kind === 'ltft' ? change.wte : null,
      credit: change === null ? 1 : creditOf(change),
      fullTimeDaysEarned: earned / CREDIT_UNIT,
      fullTimeDaysLeft: Math.max(0, required - stretch.earnedBefore - earned) / CREDIT_UNIT,
    });
  }
  return segments;
}

function compute(input: CctInput, warnings: readonly CctIssue[]): CctResult {
  const { programme, changes } = input;
  const stage = programme.stage ?? 'higher';
  const startDay = dayNumber(programme.start);
  const fullTimeDays = dayNumber(programme.fullTimeCct) - startDay + 1;
  const basePeriods = creditPeriodsOf(changes);
  const stretches = buildStretches(startDay, basePeriods);
  const cctDay = completionDay(stretches, fullTimeDays * CREDIT_UNIT);

  const lateErrors = periodsAfterCct(changes, cctDay);
  if (lateErrors.length > 0) return { ok: false, errors: lateErrors, warnings };

  const cct = dateOfDayNumber(cctDay);
  const review = reviewAbsence({ changes, stage, startDay, fullTimeDays, basePeriods });
  const tis = tisStyleEstimate(input, cct);
  const hasPlannedNonCounting = changes.some(isUnapprovedTimeOut);
  const rules = rulesUsed(input);
  const sourceIds = new Set<SourceId>();
  for (const rule of rules) {
    sourceIds.add(rule.sourceId);
    for (const id of rule.alsoSourceIds ?? []) sourceIds.add(id);
  }
  const result: CctCalculation = {
    ok: true,
    cct,
    fullTimeCct: programme.fullTimeCct,
    extensionDays: cctDay - dayNumber(programme.fullTimeCct),
    fullTimeDays,
    certificates:
      stage === 'higher'
        ? [
            { specialty: 'Palliative Medicine', date: cct },
            { specialty: 'Internal Medicine', date: cct },
          ]
        : [],
    confirmedAtArcp: hasPlannedNonCounting || review.reviewTriggered,
    reviewTriggered: review.reviewTriggered,
    ifMadeUpCct: review.ifMadeUpCct,
    absenceReview: review,
    tisStyleEstimate: tis.estimate,
    tis,
    segments: segmentsOf(stretches, changes, cctDay, fullTimeDays),
    ruleIds: rules.map((rule) => rule.id),
    sourceIds: [...sourceIds],
    warnings,
  };
  return result;
}

/**
 * Calculates from input that {@link validateCctInput} has just accepted, without checking it again: for
 * callers that need the validated input themselves (the timeline engine builds its accrual from it).
 */
export function calculateValidated(input: CctInput, warnings: readonly CctIssue[]): CctResult {
  try {
    return compute(input, warnings);
  } catch {
    return calculateCct(input);
  }
}

/** Calculates from typed input (internal callers). Still validates it, so it never returns a wrong date. */
export function calculateCctFromValid(input: CctInput): CctResult {
  return calculateCct(input);
}

/** Calculates from untrusted input (a form, saved data, a fixture). Never throws. */
export function calculateCct(input: unknown): CctResult {
  try {
    const validation = validateCctInput(input);
    if (!validation.ok) return validation;
    return compute(validation.input, validation.warnings);
  } catch {
    return {
      ok: false,
      errors: [
        {
          field: 'changes',
          code: 'invalid-type',
          message: 'The plan could not be worked out. Check the dates and try again',
        },
      ],
      warnings: [],
    };
  }
}

/** Shifts a date on the full-time route to the plan (see {@link Accrual.shiftDate}). */
export function shiftDate(input: CctInput, fullTimeDate: IsoDate): IsoDate {
  return accrualFor(input).shiftDate(fullTimeDate);
}
