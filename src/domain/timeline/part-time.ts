/**
 * Part-time periods, time out of programme and leave in a plan: the CCT calculator applies them to each
 * programme of postgraduate training (Foundation, core and specialty) in turn (programmes.ts), and every
 * later step moves with the training time they add (docs/timeline-rules.md, "Part-time training and time
 * out").
 */
// Each CCT module by name, not the '../cct' index: the index would bring the calculator's screens
// (period form, direct questions, notice) into every page with a route, the pay page too (issue 14).
import { creditOf } from '../cct/layers';
import type { CctCalculation, CctIssue, CctSegment, ProgrammeStage } from '../cct/types';
import { validateCctInput } from '../cct/validate';
import { type IsoDate, addDays, dayNumber, isoDate, yearOf } from '../dates';
import type { Plan, PlanError, PlanField } from '../plan/types';
import { cctProRataAccrual } from '../rules/ltft';
import { coreApplicationWindow, stFourApplicationWindow } from '../rules/specialty';
import type { YearlyWindow } from '../rules/types';
import { changesUsed, fullTimeProgrammes, routeAccrual, runProgrammes } from './programmes';
import { firstOffersDeadline } from './offers-deadline';
import { firstSceDietOnOrAfter } from './sce';
import type {
  Anchors,
  MilestoneDraft,
  MilestoneId,
  PartTime,
  ProgrammeRun,
  RouteDates,
} from './types';

export type PartTimeResult =
  | { readonly ok: true; readonly partTime: PartTime | null }
  | { readonly ok: false; readonly errors: readonly PlanError[] };

function toPlanErrors(issues: readonly CctIssue[]): PlanError[] {
  return issues.map((issue) =>
    // A period's issue keeps its location; the calculator's own programme dates and today are the
    // plan's periods as a whole.
    issue.period === undefined
      ? { field: 'changes', code: 'out-of-range', message: issue.message }
      : {
          field: issue.field as PlanField,
          code: 'out-of-range',
          message: issue.message,
          period: issue.period,
        },
  );
}

/** The absence review threshold follows where the training starts: 20 days in Foundation, else 14. */
function programmeStage(anchors: Anchors): ProgrammeStage {
  if (anchors.startingPoint === 'core-training') return 'core';
  if (anchors.startingPoint === 'higher-specialty-training') return 'higher';
  // From another post, training starts with core training or, by the Alternative Certificate, ST4.
  if (anchors.startingPoint === 'other-post')
    return anchors.coreStartYear === null ? 'higher' : 'core';
  return 'foundation';
}

/** Checks the plan's periods against its training dates and works out what they do. */
export function applyPartTime(
  plan: Plan,
  anchors: Anchors,
  dates: RouteDates,
  today: IsoDate,
): PartTimeResult {
  if (plan.changes.length === 0) return { ok: true, partTime: null };
  const programmeStart = dates.f1Start ?? dates.coreStart ?? dates.st4Start;
  if (programmeStart === null || dates.cct === null) {
    return {
      ok: false,
      errors: [
        {
          field: 'changes',
          code: 'inconsistent',
          message: 'Remove the part-time periods and time out: you have no training left to plan.',
        },
      ],
    };
  }
  const validation = validateCctInput({
    today,
    programme: { start: programmeStart, fullTimeCct: dates.cct, stage: programmeStage(anchors) },
    changes: plan.changes,
    nation: plan.nation,
  });
  if (!validation.ok) return { ok: false, errors: toPlanErrors(validation.errors) };
  const { changes } = validation.input;
  const programmes = fullTimeProgrammes(dates, anchors.coreYears);
  const sequence = runProgrammes(programmes, anchors.coreYears, changes, today);
  if (!sequence.ok) return { ok: false, errors: toPlanErrors(sequence.errors) };
  const { runs } = sequence;
  const reviewed = runs.some((run) => run.calculation.reviewTriggered);
  const madeUp =
    reviewed && changes.some((change) => change.kind === 'sickness')
      ? runProgrammes(programmes, anchors.coreYears, changes, today, { makeUpSickness: true })
      : null;
  const ifMadeUpCct = madeUp?.ok ? (madeUp.runs.at(-1)?.end ?? null) : null;
  // Periods in time out between programmes change nothing, so they pause nothing either.
  const used = changesUsed(runs, changes.length);
  const pauses = changes
    .filter(
      (change, index) =>
        used[index] === true &&
        change.kind !== 'sickness' &&
        creditOf(change) === 0 &&
        change.end !== null,
    )
    .map((change) => ({ start: change.start, end: change.end as IsoDate }))
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  const warnings = [...validation.warnings, ...sequence.warnings];
  return {
    ok: true,
    partTime: {
      programmeStart,
      calculation: routeCalculation(runs, dates.cct, warnings, ifMadeUpCct),
      warnings,
      accrual: routeAccrual(runs, dates.cct),
      pauses,
      programmes: runs,
    },
  };
}

/** Each programme's segments, in order. */
function allSegments(runs: readonly ProgrammeRun[]): CctSegment[] {
  const all: CctSegment[] = [];
  for (const run of runs) for (const segment of run.calculation.segments) all.push(segment);
  return all;
}

/** Each programme's ids once, in order of first mention (a short list: searched in turn, no Set). */
function distinct<Key extends 'ruleIds' | 'sourceIds'>(
  runs: readonly ProgrammeRun[],
  key: Key,
): CctCalculation[Key][number][] {
  const all: CctCalculation[Key][number][] = [];
  for (const run of runs)
    for (const id of run.calculation[key]) if (!all.includes(id)) all.push(id);
  return all;
}

/**
 * One calculation for the whole route, for the pages: the CCT from the last programme; the working,
 * review and rules of the programmes the plan's periods fall in. The TIS-style estimate is given only
 * when they all fall in higher specialty training, as TIS worked on one programme at a time.
 */
function routeCalculation(
  runs: readonly ProgrammeRun[],
  fullTimeCct: IsoDate,
  warnings: readonly CctIssue[],
  ifMadeUpCct: IsoDate | null,
): CctCalculation {
  const last = runs.at(-1);
  if (last === undefined) throw new RangeError('No programmes to combine');
  const withChanges = runs.filter((run) => run.changeIndices.length > 0);
  const shown = withChanges.length > 0 ? withChanges : [last];
  const reviews = shown.map((run) => run.calculation.absenceReview);
  const review =
    reviews.find((candidate) => candidate.reviewTriggered) ??
    reviews.reduce((most, candidate) =>
      candidate.maxDaysInAnyYear > most.maxDaysInAnyYear ? candidate : most,
    );
  const reviewTriggered = reviews.some((candidate) => candidate.reviewTriggered);
  const only = shown.length === 1 ? shown[0] : undefined;
  const onlyLast = shown.length === 1 && shown[0] === last;
  const tis = onlyLast
    ? last.calculation.tis
    : { estimate: null, differenceDays: null, notes: ['earlier-programme' as const] };
  const cct = last.end;
  return {
    ok: true,
    cct,
    fullTimeCct,
    extensionDays: dayNumber(cct) - dayNumber(fullTimeCct),
    fullTimeDays: shown.reduce((sum, run) => sum + run.calculation.fullTimeDays, 0),
    certificates: last.calculation.certificates,
    confirmedAtArcp: shown.some((run) => run.calculation.confirmedAtArcp),
    reviewTriggered,
    ifMadeUpCct: reviewTriggered ? (ifMadeUpCct ?? cct) : null,
    absenceReview: review,
    tisStyleEstimate: tis.estimate,
    tis,
    segments: only ? only.calculation.segments : allSegments(shown),
    ruleIds: only ? only.calculation.ruleIds : distinct(shown, 'ruleIds'),
    sourceIds: only ? only.calculation.sourceIds : distinct(shown, 'sourceIds'),
    warnings,
  };
}

/**
 * Where a stage or year starts once periods apply: the day its training begins, so a year that
 * would start during parental leave starts on the return to work.
 */
function shiftedStart(date: IsoDate, partTime: PartTime): IsoDate {
  let start = partTime.accrual.shiftStartDate(date);
  for (const pause of partTime.pauses) {
    if (pause.start <= start && start <= pause.end) start = addDays(pause.end, 1);
  }
  return start;
}

/** The key dates once part-time periods and time out are applied. */
export function shiftRouteDates(dates: RouteDates, partTime: PartTime): RouteDates {
  const { accrual } = partTime;
  return {
    medicalSchoolStart: dates.medicalSchoolStart,
    f1Start: dates.f1Start === null ? null : shiftedStart(dates.f1Start, partTime),
    f2Start: dates.f2Start === null ? null : shiftedStart(dates.f2Start, partTime),
    foundationEnd: dates.foundationEnd === null ? null : accrual.shiftDate(dates.foundationEnd),
    coreStart: dates.coreStart === null ? null : shiftedStart(dates.coreStart, partTime),
    coreEnd: dates.coreEnd === null ? null : accrual.shiftDate(dates.coreEnd),
    st4Start: dates.st4Start === null ? null : shiftedStart(dates.st4Start, partTime),
    cct: partTime.calculation.cct,
  };
}

/** Milestones that mark the first day of something; the rest of the shifted ones mark a last day. */
const FIRST_DAYS = new Set<MilestoneId>([
  'f1-start',
  'full-gmc-registration',
  'f2-start',
  'core-training-start',
  'st4-start',
  'st5-start',
  'st6-start',
  'st7-start',
]);

/** The latest yearly window that closes before `start`: the round for a post starting then. */
function windowBefore(start: IsoDate, window: YearlyWindow): { date: IsoDate; endDate: IsoDate } {
  let year = yearOf(start);
  while (isoDate(year, window.closes.month, window.closes.day) >= start) year -= 1;
  return {
    date: isoDate(year, window.opens.month, window.opens.day),
    endDate: isoDate(year, window.closes.month, window.closes.day),
  };
}

/**
 * Moves each postgraduate milestone by the training time the periods add. Application rounds and SCE
 * sittings are not simply moved: they are found again for the moved start dates, as they keep to
 * their own calendars.
 */
export function shiftMilestones(
  drafts: readonly MilestoneDraft[],
  partTime: PartTime,
): MilestoneDraft[] {
  const { shiftDate } = partTime.accrual;
  // Only dates that actually move are replaced, so steps before the first period keep their dates.
  const moved = new Map<MilestoneId, IsoDate>();
  for (const draft of drafts) {
    if (draft.date < partTime.programmeStart) continue;
    let date: IsoDate | null = null;
    if (FIRST_DAYS.has(draft.id)) date = shiftedStart(draft.date, partTime);
    else if (draft.id === 'cct') date = partTime.calculation.cct;
    else if (draft.id === 'foundation-complete') date = shiftDate(draft.date);
    if (date !== null && date !== draft.date) moved.set(draft.id, date);
  }
  // A moved step cites its own sources and the rule that moved it, not every rule of the calculation
  // (those are on the part-time page, with the working).
  const ruleIds = [cctProRataAccrual.id];
  const coreStart = moved.get('core-training-start');
  const st4Start = moved.get('st4-start');
  const st6Start = moved.get('st6-start');
  return drafts.map((draft) => {
    const date = moved.get(draft.id);
    if (date !== undefined)
      return { ...draft, date, basis: 'estimate', ruleIds: [...draft.ruleIds, ...ruleIds] };
    if (draft.id === 'core-application-window' && coreStart !== undefined) {
      return { ...draft, ...windowBefore(coreStart, coreApplicationWindow.value) };
    }
    if (draft.id === 'st4-application-window' && st4Start !== undefined) {
      return { ...draft, ...windowBefore(st4Start, stFourApplicationWindow.value) };
    }
    // The MRCP(UK) deadline keeps to the ST4 round's calendar: found again for the moved ST4 start.
    if (draft.id === 'mrcp-complete-by' && st4Start !== undefined) {
      return firstOffersDeadline(yearOf(st4Start), [...draft.ruleIds, ...ruleIds]);
    }
    if (draft.id === 'sce-sitting' && st6Start !== undefined) {
      const diet = firstSceDietOnOrAfter(st6Start);
      return {
        ...draft,
        date: diet.date,
        basis: diet.basis,
        precision: diet.basis === 'published' ? 'day' : 'month',
      };
    }
    return draft;
  });
}
