/**
 * The direct way in, for a doctor already in training who knows only their current CCT date (or how
 * much training they have left) and their hours: "my current CCT date is 5 August 2029, I want to go to
 * 60% from next August". This turns what they know into calculator input (shared/domain/cct-rule.md
 * §3.1) and runs the calculator:
 *
 * - From a current CCT date C at current WTE b, counted from today S, the full-time training left is
 *   R = b × inclusiveDays(S, C), rounded to whole days, so the programme runs from S to a full-time CCT
 *   of S + R − 1. With b below 1 this can differ by a day from the deanery's own figure.
 * - From a start date S and M months of full-time training left, the full-time CCT is the day before
 *   S + M months.
 * - Days outside the doctor's new periods are worked at b: less than full time periods at b fill the
 *   gaps (they are not the doctor's own periods, so errors, warnings and the working never name them).
 * - Today's plan is the CCT date at b with no new periods; the TIS-style estimate starts from it, as
 *   TIS started from the current CCT date, with b as the current WTE.
 */
import {
  type DayNumber,
  type IsoDate,
  OPEN_ENDED,
  addDays,
  addMonths,
  dateOfDayNumber,
  dayNumber,
  inclusiveDays,
  parseIsoDate,
  plusDays,
} from '../dates';
import {
  type Wte,
  creditOverDays,
  percentWithin,
  toCreditUnits,
  wholeFullTimeDaysOfCredit,
  wteFromPercent,
} from '../units';
import type { SavedDirectAnswers } from './direct-answers';
import { calculateCct } from './calculate';
import { tisStyleEstimate } from './tis-estimate';
import {
  CHANGE_KINDS,
  type CctCalculation,
  type CctChange,
  type CctIssue,
  type CctProgramme,
  type CctResult,
  type LtftChange,
  type ProgrammeStage,
} from './types';
import { WTE_PERCENT_LIMITS } from './percentage';
import { MAX_PROGRAMME_YEARS, validateCctInput } from './validate';
import { LAST_DATE } from './limits';
import { cctMessage } from './messages';
import { type LtftNation, isLtftNation } from './notice';

/** Where the doctor is now: Foundation, core training, or a year of higher specialty training. */
export const DIRECT_STAGES = ['f1', 'f2', 'core', 'st4', 'st5', 'st6', 'st7'] as const;
export type DirectStage = (typeof DIRECT_STAGES)[number];

/** The absence review threshold follows the stage: 20 days in Foundation, 14 otherwise. */
export function programmeStageOf(stage: DirectStage): ProgrammeStage {
  if (stage === 'f1' || stage === 'f2') return 'foundation';
  return stage === 'core' ? 'core' : 'higher';
}

export type TrainingLeft =
  | { readonly kind: 'cct-date'; readonly currentCct: IsoDate }
  | { readonly kind: 'time-left'; readonly from: IsoDate; readonly months: number };

export type DirectAnswers = {
  /** Where the doctor trains: its rules set the notice for less than full time training. */
  readonly nation: LtftNation;
  readonly stage: DirectStage;
  readonly trainingLeft: TrainingLeft;
  /** The WTE the doctor works now, 0.2 to 1. */
  readonly currentWte: Wte;
};

/** The longest time left the calculator takes, in months (less than its 20-year limit). */
export const MAX_MONTHS_LEFT = MAX_PROGRAMME_YEARS * 12 - 1;

/**
 * What is wrong with a current CCT date, or null: it must be today or later, and less than 20 years
 * away (the calculator's limit).
 */
export function currentCctProblem(currentCct: IsoDate, today: IsoDate): string | null {
  if (currentCct < today) return 'Your current CCT date must be today or in the future';
  if (currentCct >= addMonths(today, 12 * MAX_PROGRAMME_YEARS))
    return cctMessage({ code: 'programme-too-long', from: 'today' });
  return null;
}

/** The programme the calculator counts from: the first day counted and the full-time CCT. */
export function directProgramme(answers: DirectAnswers, today: IsoDate): CctProgramme {
  const stage = programmeStageOf(answers.stage);
  const left = answers.trainingLeft;
  if (left.kind === 'time-left') {
    return {
      start: left.from,
      fullTimeCct: addDays(addMonths(left.from, Math.max(1, left.months)), -1),
      stage,
    };
  }
  // R = b × inclusive days, in whole credit units so 0.8 × 985 is exactly 788, then rounded half up.
  const units = creditOverDays(
    toCreditUnits(answers.currentWte),
    inclusiveDays(today, left.currentCct),
  );
  const fullTimeDays = Math.max(1, wholeFullTimeDaysOfCredit(units));
  return { start: today, fullTimeCct: addDays(today, fullTimeDays - 1), stage };
}

type Span = { readonly first: DayNumber; readonly last: DayNumber };

/** The days each readable period (other than sickness) covers, whatever else is wrong with it. */
function coveredSpans(changes: readonly unknown[]): Span[] {
  const spans: Span[] = [];
  for (const change of changes) {
    if (typeof change !== 'object' || change === null) continue;
    const { kind, start, end } = change as Readonly<Record<string, unknown>>;
    if (kind === 'sickness' || !(CHANGE_KINDS as readonly unknown[]).includes(kind)) continue;
    const first = parseIsoDate(start);
    if (!first) continue;
    const open = end === null || end === undefined || end === '';
    const last = open ? null : parseIsoDate(end);
    if (!open && !last) continue;
    spans.push({ first: dayNumber(first), last: last ? dayNumber(last) : OPEN_ENDED });
  }
  return spans.sort((a, b) => a.first - b.first);
}

/**
 * Less than full time periods at `wte` for every day from `start` that none of `changes` covers
 * (sickness aside): the doctor's current hours. None when `wte` is 1.
 */
export function currentHoursPeriods(
  changes: readonly unknown[],
  start: IsoDate,
  wte: Wte,
): LtftChange[] {
  if (wte >= 1) return [];
  const periods: LtftChange[] = [];
  let cursor = dayNumber(start);
  for (const span of coveredSpans(changes)) {
    if (span.first > cursor) {
      periods.push({
        kind: 'ltft',
        start: dateOfDayNumber(cursor),
        end: dateOfDayNumber(plusDays(span.first, -1)),
        wte,
      });
    }
    const afterSpan = plusDays(span.last, 1);
    if (afterSpan > cursor) cursor = afterSpan;
    if (cursor === OPEN_ENDED) return periods;
  }
  periods.push({ kind: 'ltft', start: dateOfDayNumber(cursor), end: null, wte });
  return periods;
}

/** Today's plan: the training left at the current hours, with no new periods. */
function baselineOf(answers: DirectAnswers, programme: CctProgramme, today: IsoDate): CctResult {
  return calculateCct({
    today,
    programme,
    changes: currentHoursPeriods([], programme.start, answers.currentWte),
    nation: answers.nation,
  });
}

/**
 * What is wrong with the current hours given the training left, or null: at them, the training left
 * must end within 30 years and by 2200 (late-cct.ts). Only time left counted in months can break this
 * (a current CCT date is within 20 years of today already).
 */
export function currentHoursProblem(answers: DirectAnswers, today: IsoDate): string | null {
  const baseline = baselineOf(answers, directProgramme(answers, today), today);
  if (baseline.ok) return null;
  return baseline.errors.find((issue) => issue.code === 'cct-too-late')?.message ?? null;
}

/** The position in `changes` an issue names, or null for the programme or the whole list. */
function indexOf(issue: CctIssue): number | null {
  return issue.period?.index ?? null;
}

export type DirectCalculation = {
  readonly programme: CctProgramme;
  /** Today's plan: the CCT date at the current hours with none of the new periods. */
  readonly currentCct: IsoDate;
  /**
   * The calculation with the new periods. Errors and warnings name only the doctor's own periods, by
   * their position in the list given; in the working, days at the current hours have no `changeIndex`.
   */
  readonly result: CctResult;
};

/** An issue about the list as a whole: for one that names the current hours, not a period given. */
function aboutTheList(issue: CctIssue): CctIssue {
  return { field: 'changes', code: issue.code, message: issue.message };
}

function ownIssues(
  issues: readonly CctIssue[],
  count: number,
  programme: CctProgramme,
): CctIssue[] {
  return issues
    .map((issue) => {
      // A CCT too late because of the current hours is still too late: kept, about the list.
      const index = indexOf(issue);
      return index !== null && index >= count && issue.code === 'cct-too-late'
        ? aboutTheList(issue)
        : issue;
    })
    .filter((issue) => {
      const index = indexOf(issue);
      return index === null || index < count;
    })
    .map((issue) =>
      issue.code === 'before-programme-start'
        ? {
            ...issue,
            message: cctMessage({
              code: 'before-programme-start',
              countedFrom: 'current-cct',
              programmeStart: programme.start,
            }),
          }
        : issue,
    );
}

/**
 * Works out the new CCT date for a doctor already in training, with `changes` (untrusted, as the
 * calculator takes them) on top of their current hours. Never throws.
 */
export function calculateDirect(
  answers: DirectAnswers,
  changes: readonly unknown[],
  today: IsoDate,
): DirectCalculation {
  const programme = directProgramme(answers, today);
  const b = answers.currentWte;
  const { nation } = answers;
  const baseline = baselineOf(answers, programme, today);
  const currentCct = baseline.ok ? baseline.cct : programme.fullTimeCct;

  let fill: readonly LtftChange[] = currentHoursPeriods(changes, programme.start, b);
  let result = calculateCct({ today, programme, changes: [...changes, ...fill], nation });
  // Current hours after a period that runs past the CCT date never apply: leave them out.
  while (!result.ok) {
    const late = new Set(
      result.errors
        .filter((issue) => issue.code === 'after-cct')
        .map(indexOf)
        .filter((index): index is number => index !== null && index >= changes.length)
        .map((index) => index - changes.length),
    );
    if (late.size === 0) break;
    fill = fill.filter((_, index) => !late.has(index));
    result = calculateCct({ today, programme, changes: [...changes, ...fill], nation });
  }
  if (!result.ok) {
    return {
      programme,
      currentCct,
      result: {
        ok: false,
        errors: ownIssues(result.errors, changes.length, programme),
        warnings: ownIssues(result.warnings, changes.length, programme),
      },
    };
  }
  const validation = validateCctInput({ today, programme, changes, nation });
  const own: readonly CctChange[] = validation.ok ? validation.input.changes : [];
  const tis = tisStyleEstimate(
    { today, programme: { ...programme, fullTimeCct: currentCct }, changes: own },
    result.cct,
    b,
  );
  const calculation: CctCalculation = {
    ...result,
    tis,
    tisStyleEstimate: tis.estimate,
    segments: result.segments.map((segment) =>
      segment.changeIndex !== null && segment.changeIndex >= changes.length
        ? { ...segment, changeIndex: null }
        : segment,
    ),
    warnings: ownIssues(result.warnings, changes.length, programme),
  };
  return { programme, currentCct, result: calculation };
}

export type { SavedDirectAnswers };

export const DIRECT_QUESTIONS = ['nation', 'stage', 'training-left', 'hours'] as const;
export type DirectQuestion = (typeof DIRECT_QUESTIONS)[number];

function isDirectStage(value: unknown): value is DirectStage {
  return (DIRECT_STAGES as readonly unknown[]).includes(value);
}

function readTrainingLeft(saved: SavedDirectAnswers, today: IsoDate): TrainingLeft | null {
  if (saved.trainingLeft === 'cct-date') {
    const currentCct = parseIsoDate(saved.currentCct);
    return currentCct && currentCctProblem(currentCct, today) === null
      ? { kind: 'cct-date', currentCct }
      : null;
  }
  if (saved.trainingLeft === 'time-left') {
    const from = parseIsoDate(saved.countFrom);
    const months = saved.monthsLeft;
    // The full-time CCT must be a date the engines work with (only a wrong clock puts it past 2200).
    return from &&
      typeof months === 'number' &&
      Number.isInteger(months) &&
      months >= 1 &&
      months <= MAX_MONTHS_LEFT &&
      addMonths(from, months) <= LAST_DATE
      ? { kind: 'time-left', from, months }
      : null;
  }
  return null;
}

function readWte(saved: number | undefined): Wte | null {
  const percent = percentWithin(saved, WTE_PERCENT_LIMITS);
  return percent === null ? null : wteFromPercent(percent);
}

/** The first question still to answer (or answered in a way that cannot be used), or null. */
export function firstUnansweredDirectQuestion(
  saved: SavedDirectAnswers,
  today: IsoDate,
): DirectQuestion | null {
  if (!isLtftNation(saved.nation)) return 'nation';
  if (!isDirectStage(saved.stage)) return 'stage';
  const trainingLeft = readTrainingLeft(saved, today);
  if (trainingLeft === null) return 'training-left';
  const currentWte = readWte(saved.wtePercent);
  if (currentWte === null) return 'hours';
  const answers = { nation: saved.nation, stage: saved.stage, trainingLeft, currentWte };
  return currentHoursProblem(answers, today) === null ? null : 'hours';
}

/**
 * The problem with saved hours (`wtePercent`) given the saved training left, for the hours question:
 * null when there is none, or when another answer is missing (its own question asks for it).
 */
export function savedHoursProblem(saved: SavedDirectAnswers, today: IsoDate): string | null {
  const trainingLeft = readTrainingLeft(saved, today);
  const currentWte = readWte(saved.wtePercent);
  if (!isLtftNation(saved.nation) || !isDirectStage(saved.stage)) return null;
  if (trainingLeft === null || currentWte === null) return null;
  return currentHoursProblem(
    { nation: saved.nation, stage: saved.stage, trainingLeft, currentWte },
    today,
  );
}

/** The saved answers as the calculator takes them, or null while any is missing or unusable. */
export function directAnswersFrom(saved: SavedDirectAnswers, today: IsoDate): DirectAnswers | null {
  const trainingLeft = readTrainingLeft(saved, today);
  const currentWte = readWte(saved.wtePercent);
  if (
    !isLtftNation(saved.nation) ||
    !isDirectStage(saved.stage) ||
    trainingLeft === null ||
    currentWte === null
  )
    return null;
  const answers = { nation: saved.nation, stage: saved.stage, trainingLeft, currentWte };
  return currentHoursProblem(answers, today) === null ? answers : null;
}
