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
import { CHANGE_KINDS, type ChangeKind, PERIOD_KINDS } from './kinds';
import type { SourceId } from '../rules/sources';
import { dualCctSameDate } from '../rules/specialty';
import type { Rule } from '../rules/types';
import {
  FULL_TIME,
  addCredit,
  creditOfFullTimeDays,
  creditShortOf,
  creditOverDays,
  fullTimeDaysOfCredit,
} from '../units';
import {
  type Accrual,
  type DayPeriod,
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
  type TisComparison,
  isUnapprovedTimeOut,
} from './types';
import { periodsAfterCct, validateCctInput } from './validate';
import { lateCctIssue, lateMadeUpIssue } from './late-cct';
import { ENGINE_FAULT, guarded } from './result-guard';

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

/** Each kind's rules without the absence review's, worked out once rather than for every period. */
const KIND_RULES: ReadonlyMap<ChangeKind, readonly Rule<unknown>[]> = new Map(
  CHANGE_KINDS.map((kind) => {
    const rules: readonly Rule<unknown>[] = PERIOD_KINDS[kind].rules;
    return [kind, rules.filter((rule) => !REVIEW_RULES.has(rule))];
  }),
);

/** Adds `item` to a short list unless it is there: for a dozen items, quicker than a Set. */
function addOnce<Item>(list: Item[], item: Item): void {
  if (!list.includes(item)) list.push(item);
}

function rulesUsed(input: CctInput): readonly Rule<unknown>[] {
  const rules: Rule<unknown>[] = [cctProRataAccrual, cctConfirmedAtArcp];
  const stage = input.programme.stage ?? 'higher';
  if (stage === 'higher') addOnce(rules, dualCctSameDate);
  let hasAbsence = false;
  // A kind's rules are added at its first period; later periods of the same kind add nothing new.
  const kindsSeen: ChangeKind[] = [];
  for (const change of input.changes) {
    if (!kindsSeen.includes(change.kind)) {
      kindsSeen.push(change.kind);
      for (const rule of KIND_RULES.get(change.kind) ?? []) addOnce(rules, rule);
    }
    if (!hasAbsence && (change.kind === 'sickness' || isUnapprovedTimeOut(change)))
      hasAbsence = true;
  }
  if (hasAbsence) addOnce(rules, stage === 'foundation' ? foundationAbsenceReview : absenceReview);
  addOnce(rules, tisEstimateFormula);
  addOnce(rules, tisCalculatorSuspended);
  return rules;
}

/**
 * A plan's periods laid out as stretches of constant credit from the programme start, and the day the
 * training is complete. `tagged` is the list the stretches' tags point into.
 */
export type LaidOut = {
  readonly basePeriods: readonly DayPeriod<number>[];
  readonly stretches: readonly Stretch<number>[];
  readonly cctDay: DayNumber;
  readonly tagged: readonly CctChange[];
};

/**
 * Lays out valid changes from `programme.start` (sickness left out, as in the headline). `basePeriods`,
 * when given, are the changes' credit periods already worked out (tagged with their index in
 * `changes`); days before the start are ignored, so one list can serve programme after programme.
 */
export function layOut(
  programme: CctInput['programme'],
  changes: readonly CctChange[],
  basePeriods: readonly DayPeriod<number>[] = creditPeriodsOf(changes),
): LaidOut {
  const startDay = dayNumber(programme.start);
  const fullTimeDays = dayNumber(programme.fullTimeCct) - startDay + 1;
  const stretches = buildStretches(startDay, basePeriods);
  return {
    basePeriods,
    stretches,
    cctDay: completionDay(stretches, creditOfFullTimeDays(fullTimeDays)),
    tagged: changes,
  };
}

function segmentsOf(
  laid: LaidOut,
  fullTimeDays: number,
  changeIndexOf: (tag: number) => number | null,
): CctSegment[] {
  const { stretches, cctDay, tagged } = laid;
  const segments: CctSegment[] = [];
  const required = creditOfFullTimeDays(fullTimeDays);
  for (const stretch of stretches) {
    if (stretch.first > cctDay) break;
    const last = stretch.last < cctDay ? stretch.last : cctDay;
    const calendarDays = last - stretch.first + 1;
    const earned = creditOverDays(stretch.units, calendarDays);
    const change = stretch.tag === null ? null : (tagged[stretch.tag] ?? null);
    const kind = change === null || change.kind === 'sickness' ? 'full-time' : change.kind;
    segments.push({
      start: dateOfDayNumber(stretch.first),
      end: dateOfDayNumber(last),
      calendarDays,
      kind,
      changeIndex: stretch.tag === null ? null : changeIndexOf(stretch.tag),
      wte: change === null ? FULL_TIME : change.kind === 'ltft' ? change.wte : null,
      credit: change === null ? FULL_TIME : creditOf(change),
      fullTimeDaysEarned: fullTimeDaysOfCredit(earned),
      fullTimeDaysLeft: fullTimeDaysOfCredit(
        creditShortOf(required, addCredit(stretch.earnedBefore, earned)),
      ),
    });
  }
  return segments;
}

const SAME_INDEX = (tag: number): number => tag;

/** Options for {@link describeCalculation}. */
export type DescribeOptions = {
  /** Works out the TIS-style estimate (the timeline skips it for programmes before the last). */
  readonly tis: boolean;
  /** The index each segment names, from its stretch's tag (by default the tag itself). */
  readonly changeIndexOf?: (tag: number) => number | null;
};

/**
 * The calculation for valid input already laid out: `input.changes` are the periods that belong to the
 * programme (for the review, the estimate and the rules), `laid` its stretches and completion day.
 */
export function describeCalculation(
  input: CctInput,
  warnings: readonly CctIssue[],
  laid: LaidOut,
  options: DescribeOptions,
): CctCalculation {
  const { programme, changes } = input;
  const { cctDay } = laid;
  const stage = programme.stage ?? 'higher';
  const startDay = dayNumber(programme.start);
  const fullTimeDays = dayNumber(programme.fullTimeCct) - startDay + 1;
  const cct = dateOfDayNumber(cctDay);
  const review = reviewAbsence({
    changes,
    stage,
    startDay,
    fullTimeDays,
    basePeriods: laid.basePeriods,
    stretches: laid.stretches,
  });
  const tis: TisComparison = options.tis
    ? tisStyleEstimate(input, cct)
    : { estimate: null, differenceDays: null, notes: ['earlier-programme'] };
  const hasPlannedNonCounting = changes.some(isUnapprovedTimeOut);
  const rules = rulesUsed(input);
  const sourceIds: SourceId[] = [];
  for (const rule of rules) {
    addOnce(sourceIds, rule.sourceId);
    if (rule.alsoSourceIds !== undefined)
      for (const id of rule.alsoSourceIds) addOnce(sourceIds, id);
  }
  return {
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
    segments: segmentsOf(laid, fullTimeDays, options.changeIndexOf ?? SAME_INDEX),
    ruleIds: rules.map((rule) => rule.id),
    sourceIds,
    warnings,
  };
}

function compute(input: CctInput, warnings: readonly CctIssue[]): CctResult {
  const laid = layOut(input.programme, input.changes);
  // Checked before anything is dated: a CCT millions of years away has no date to write.
  const tooLate = lateCctIssue(input.programme.start, laid.stretches, laid.cctDay, input.changes);
  if (tooLate !== null) return { ok: false, errors: [tooLate], warnings };
  const lateErrors = periodsAfterCct(input.changes, laid.cctDay);
  if (lateErrors.length > 0) return { ok: false, errors: lateErrors, warnings };
  const calculation = describeCalculation(input, warnings, laid, { tis: true });
  const madeUpTooLate = lateMadeUpIssue(
    input.programme.start,
    calculation.ifMadeUpCct,
    input.changes,
  );
  if (madeUpTooLate !== null) return { ok: false, errors: [madeUpTooLate], warnings };
  return guarded(calculation);
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
    return { ok: false, errors: [ENGINE_FAULT], warnings: [] };
  }
}

/** Shifts a date on the full-time route to the plan (see {@link Accrual.shiftDate}). */
export function shiftDate(input: CctInput, fullTimeDate: IsoDate): IsoDate {
  return accrualFor(input).shiftDate(fullTimeDate);
}
