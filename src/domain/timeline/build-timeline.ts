/**
 * The timeline engine: a plan and today's date in, the earliest full-time route to consultant out,
 * dated, with ages, sources and what is already done. Pure: no clock, no I/O, never throws on bad input.
 */
import {
  type IsoDate,
  ageOn,
  endOfMonth,
  formatLongDate,
  isoDate,
  weekdayOf,
  yearOf,
} from '../dates';
import { projectedDatesOnWorkingDays } from '../rules/entry';
import { validatePlan, validateToday } from '../plan/validate';
import { findAnchors } from './anchors';
import { applyPartTime, shiftMilestones, shiftRouteDates } from './part-time';
import { draftMilestones } from './milestones';
import { buildStages, findRouteDates } from './stages';
import { milestoneText } from './text';
import {
  AFTER_2200_ERROR,
  TIMELINE_FAULT_ERROR,
  runsPast2200,
  timelineHasImpossibleValue,
} from './result-guard';
import {
  MILESTONE_IDS,
  type Milestone,
  type MilestoneDraft,
  type MilestoneStatus,
  type Stage,
  type StageId,
  type Timeline,
  type TimelineResult,
} from './types';

/** A milestone while it is being put together. */
type Writable<T> = { -readonly [Key in keyof T]: T[Key] };

const milestoneOrder = new Map(MILESTONE_IDS.map((id, index) => [id, index]));

/** The last day a milestone covers: its window's end, or the end of the month or year it is known to. */
function lastDayOf(draft: MilestoneDraft): IsoDate {
  if (draft.endDate !== undefined) return draft.endDate;
  if (draft.precision === 'month') return endOfMonth(draft.date);
  if (draft.precision === 'year') return isoDate(yearOf(draft.date), 12, 31);
  return draft.date;
}

function statusOn(draft: MilestoneDraft, today: IsoDate): MilestoneStatus {
  if (lastDayOf(draft) < today) return 'done';
  return draft.date <= today ? 'now' : 'upcoming';
}

function earliestDate(drafts: readonly MilestoneDraft[]): IsoDate | null {
  let earliest: IsoDate | null = null;
  for (const draft of drafts) if (earliest === null || draft.date < earliest) earliest = draft.date;
  return earliest;
}

function stageContaining(stages: readonly Stage[], date: IsoDate): StageId {
  let found = stages[0]?.id ?? 'consultant';
  for (const stage of stages) {
    if (stage.start <= date) found = stage.id;
  }
  return found;
}

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[weekdayOf(date)] ?? '';
}

/** The precedent every weekend note ends with: the same words each time, so put together once. */
const PRECEDENT_TEXT = (() => {
  const { precedent } = projectedDatesOnWorkingDays.value;
  return `UCAS moved its ${formatLongDate(precedent.yearly)} deadline, a ${weekdayName(precedent.yearly)}, to ${weekdayName(precedent.movedTo)} ${formatLongDate(precedent.movedTo)}`;
})();

/** Why an estimate is not on the date its yearly pattern gives (rule projected-dates-on-working-days). */
function weekendNote(patternDate: IsoDate, date: IsoDate): string {
  return `${formatLongDate(patternDate)} is a ${weekdayName(patternDate)}, so this estimate is the next working day, ${weekdayName(date)} ${formatLongDate(date)} (${PRECEDENT_TEXT}).`;
}

/**
 * Builds the timeline for `input` (an untrusted plan) on `todayInput` (`YYYY-MM-DD`). Returns either the
 * timeline or every field error found, each with a plain-English message.
 */
export function buildTimeline(input: unknown, todayInput: unknown): TimelineResult {
  const todayCheck = validateToday(todayInput);
  if (!todayCheck.ok) return { ok: false, errors: [todayCheck.error] };
  const { today } = todayCheck;

  const validation = validatePlan(input, today);
  if (!validation.ok) return { ok: false, errors: validation.errors };
  const { plan } = validation;

  const anchors = findAnchors(plan, today);
  const fullTimeDates = findRouteDates(anchors);
  if (runsPast2200(Object.values(fullTimeDates))) return { ok: false, errors: [AFTER_2200_ERROR] };
  const partTimeResult = applyPartTime(plan, anchors, fullTimeDates, today);
  if (!partTimeResult.ok) return { ok: false, errors: partTimeResult.errors };
  const { partTime } = partTimeResult;
  const dates = partTime ? shiftRouteDates(fullTimeDates, partTime) : fullTimeDates;
  const fullTimeDrafts = draftMilestones(plan, anchors, fullTimeDates);
  const drafts = partTime ? shiftMilestones(fullTimeDrafts, partTime) : fullTimeDrafts;
  const stages = buildStages(plan, anchors, dates, earliestDate(drafts));
  const milestones: Milestone[] = drafts
    .sort((a, b) =>
      a.date === b.date
        ? (milestoneOrder.get(a.id) ?? 0) - (milestoneOrder.get(b.id) ?? 0)
        : a.date < b.date
          ? -1
          : 1,
    )
    .map((draft) => {
      const text = milestoneText(draft.id, anchors.coreRoute, anchors.st4Route);
      // Built field by field rather than with spreads: spreading objects of mixed shapes is slow, and
      // this runs for every milestone on every change. The optional fields follow, when present.
      const milestone: Writable<Milestone> = {
        id: draft.id,
        title: text.title,
        explanation:
          draft.movedFromWeekend === undefined
            ? text.explanation
            : `${text.explanation} ${weekendNote(draft.movedFromWeekend, draft.date)}`,
        date: draft.date,
        precision: draft.precision,
        basis: draft.basis,
        age: ageOn(plan.dateOfBirth, draft.date),
        stageId: stageContaining(stages, draft.date),
        status: statusOn(draft, today),
        ruleIds: draft.ruleIds,
      };
      if (draft.movedFromWeekend !== undefined) milestone.movedFromWeekend = draft.movedFromWeekend;
      if (draft.endDate !== undefined) milestone.endDate = draft.endDate;
      return milestone;
    });

  const timeline: Timeline = {
    today,
    plan,
    stages,
    milestones,
    notices: anchors.notices,
    summary: {
      cct: dates.cct,
      ageAtCct: dates.cct === null ? null : ageOn(plan.dateOfBirth, dates.cct),
      medicalSchoolStart: dates.medicalSchoolStart,
      coreRouteYears: anchors.coreYears,
      fullTimeCct: fullTimeDates.cct,
    },
    partTime,
  };
  // A last guard: no impossible date or number reaches a page (see result-guard.ts).
  return timelineHasImpossibleValue(timeline)
    ? { ok: false, errors: [TIMELINE_FAULT_ERROR] }
    : { ok: true, timeline };
}
