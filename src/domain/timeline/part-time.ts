/**
 * Part-time periods, time out of programme and leave in a plan: the CCT calculator applies them to the
 * whole of postgraduate training (Foundation, core and specialty), and every later step moves with the
 * training time they add (docs/timeline-rules.md, "Part-time training and time out").
 */
import {
  type Accrual,
  accrualFor,
  calculateValidated,
  type CctCalculation,
  creditOf,
} from '../cct';
import { type CctIssue, type ProgrammeStage } from '../cct/types';
import { validateCctInput } from '../cct/validate';
import { type IsoDate, addDays, isoDate } from '../dates';
import type { Plan, PlanError, PlanField } from '../plan/types';
import { coreApplicationWindow, stFourApplicationWindow } from '../rules/specialty';
import type { YearlyWindow } from '../rules/types';
import type { Anchors } from './anchors';
import type { MilestoneDraft } from './milestones';
import { firstSceDietOnOrAfter } from './sce';
import type { RouteDates } from './stages';
import type { MilestoneId } from './types';

export type PartTime = {
  /** The first day of postgraduate training in this timeline, from which time is counted. */
  readonly programmeStart: IsoDate;
  readonly calculation: CctCalculation;
  readonly warnings: readonly CctIssue[];
  readonly accrual: Accrual;
  /** Periods that earn no training time (leave, career breaks), in date order. */
  readonly pauses: readonly { readonly start: IsoDate; readonly end: IsoDate }[];
};

export type PartTimeResult =
  | { readonly ok: true; readonly partTime: PartTime | null }
  | { readonly ok: false; readonly errors: readonly PlanError[] };

function toPlanErrors(issues: readonly CctIssue[]): PlanError[] {
  return issues.map((issue) => ({
    // The calculator names fields as the plan does, apart from its own programme dates and today.
    field: (issue.field.startsWith('changes') ? issue.field : 'changes') as PlanField,
    code: 'out-of-range',
    message: issue.message,
  }));
}

/** The absence review threshold follows where the training starts: 20 days in Foundation, else 14. */
function programmeStage(anchors: Anchors): ProgrammeStage {
  if (anchors.startingPoint === 'core-training') return 'core';
  if (anchors.startingPoint === 'higher-specialty-training') return 'higher';
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
          message: 'Remove the part-time periods and time out: you have no training left to plan',
        },
      ],
    };
  }
  const validation = validateCctInput({
    today,
    programme: { start: programmeStart, fullTimeCct: dates.cct, stage: programmeStage(anchors) },
    changes: plan.changes,
  });
  if (!validation.ok) return { ok: false, errors: toPlanErrors(validation.errors) };
  const calculation = calculateValidated(validation.input, validation.warnings);
  if (!calculation.ok) return { ok: false, errors: toPlanErrors(calculation.errors) };
  const pauses = validation.input.changes
    .filter((change) => change.kind !== 'sickness' && creditOf(change) === 0 && change.end !== null)
    .map((change) => ({ start: change.start, end: change.end as IsoDate }))
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  return {
    ok: true,
    partTime: {
      programmeStart,
      calculation,
      warnings: validation.warnings,
      accrual: accrualFor(validation.input),
      pauses,
    },
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
  const { shiftDate } = partTime.accrual;
  const shiftStart = (date: IsoDate | null) =>
    date === null ? null : shiftedStart(date, partTime);
  return {
    medicalSchoolStart: dates.medicalSchoolStart,
    f1Start: shiftStart(dates.f1Start),
    f2Start: shiftStart(dates.f2Start),
    foundationEnd: dates.foundationEnd === null ? null : shiftDate(dates.foundationEnd),
    coreStart: shiftStart(dates.coreStart),
    st4Start: shiftStart(dates.st4Start),
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
  let year = Number(start.slice(0, 4));
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
    else if (draft.id === 'foundation-complete' || draft.id === 'mrcp-complete-by')
      date = shiftDate(draft.date);
    if (date !== null && date !== draft.date) moved.set(draft.id, date);
  }
  const ruleIds = partTime.calculation.ruleIds;
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
