/**
 * The grade a person holds on each day of their route, from a built timeline: stages before F1 (no
 * salary), F1, F2, each core year, ST4 to ST7, time between programmes, and the consultant thresholds
 * by years since appointment (docs/pay-rules.md, "Grades and pay points").
 */
import { rotationDate } from '../calendar';
import {
  type DayNumber,
  type IsoDate,
  addYears,
  dateOfDayNumber,
  dayNumber,
  dayNumberOf,
  monthOf,
  plusDays,
  yearOf,
} from '../dates';
import type { Nation } from '../plan/types';
import {
  CONSULTANT_THRESHOLDS,
  consultantThresholds,
  nodalPointsAccsIm,
  nodalPointsByGrade,
  northernIrelandConsultantPay2023,
  notInTrainingPay,
  scotlandConsultantPay2024,
  walesConsultantPay2023,
} from '../rules/pay';
import type { CoreRoute } from '../rules/specialty';
import { findAnchors } from '../timeline/anchors';
import type { PartTime, StageId, Timeline } from '../timeline/types';
import type { Grade, PayPoint } from './types';
import type { RuleId } from '../rules/types';

export type GradePeriodKind = 'training' | 'no-salary' | 'not-in-training';

/** A stretch of days (day numbers, inclusive) in one grade. */
export type GradePeriod = {
  readonly first: DayNumber;
  readonly last: DayNumber;
  readonly kind: GradePeriodKind;
  readonly grade: Grade | null;
  readonly stage: StageId | null;
};

export type GradeSchedule = {
  /** The first day the plan covers: the start of its first stage. */
  readonly planFirst: DayNumber;
  /** The day after CCT, or null for someone who is already a consultant. */
  readonly appointment: IsoDate | null;
  /** The last day to show: the end of the financial year holding the 15th anniversary of appointment. */
  readonly horizonLast: DayNumber;
  readonly periods: readonly GradePeriod[];
  readonly coreRoute: CoreRoute;
};

const PRE_F1_STAGES = new Set<StageId>(['school', 'first-degree', 'gap-years', 'medical-school']);

/** A consultant grade and the whole years after appointment at which it is reached. */
type ConsultantStep = { readonly grade: Grade; readonly afterYears: number };

function stepsOf(afterYears: Readonly<Record<string, number>>): readonly ConsultantStep[] {
  return Object.entries(afterYears)
    .map(([point, years]) => ({ grade: `consultant-point-${point}` as Grade, afterYears: years }))
    .sort((a, b) => a.afterYears - b.afterYears);
}

/**
 * Each nation's consultant pay steps: England's thresholds (2024 structure), and the pay points of
 * Scotland (by years of seniority), Wales and Northern Ireland.
 */
export const CONSULTANT_STEPS: Readonly<Record<Nation, readonly ConsultantStep[]>> = {
  england: CONSULTANT_THRESHOLDS.map((threshold) => ({
    grade: `consultant-${threshold}` as const,
    afterYears: consultantThresholds.value.afterYears[threshold],
  })),
  scotland: stepsOf(scotlandConsultantPay2024.value.afterYears),
  wales: stepsOf(walesConsultantPay2023.value.afterYears),
  'northern-ireland': stepsOf(northernIrelandConsultantPay2023.value.afterYears),
};

/**
 * Years after appointment the figures run to: one full year at the top of the nation's consultant
 * scale (15 in England and Northern Ireland, 20 in Scotland, 24 in Wales).
 */
export function yearsShownAfterAppointment(nation: Nation): number {
  return Math.max(...CONSULTANT_STEPS[nation].map((step) => step.afterYears)) + 1;
}

/** England's: one full year at the top threshold (14 years). */
export const YEARS_SHOWN_AFTER_APPOINTMENT = yearsShownAfterAppointment('england');

/**
 * The first day of a year of training once the plan's periods apply: as the timeline moves its
 * milestones (docs/timeline-rules.md), never into a period that earns nothing.
 */
function shiftedStart(
  day: DayNumber,
  partTime: PartTime | null,
  pauses: readonly (readonly [DayNumber, DayNumber])[],
): DayNumber {
  if (partTime === null) return day;
  let start = dayNumber(partTime.accrual.shiftStartDate(dateOfDayNumber(day)));
  for (const [first, last] of pauses)
    if (first <= start && start <= last) start = plusDays(last, 1);
  return start;
}

/** The end (31 March) of the financial year holding `date`. */
function endOfFinancialYear(date: IsoDate): DayNumber {
  return dayNumberOf(monthOf(date) >= 4 ? yearOf(date) + 1 : yearOf(date), 3, 31);
}

/** 31 March 2200: the end of the last financial year that ends by 31 December 2200. */
const LAST_PAY_DAY = dayNumberOf(2200, 3, 31);

type Start = {
  readonly day: DayNumber;
  readonly kind: GradePeriodKind;
  readonly grade: Grade | null;
  readonly stage: StageId | null;
};

const CORE_GRADES = ['core-1', 'core-2', 'core-3', 'core-4'] as const satisfies readonly Grade[];
const HIGHER_GRADES = ['st4', 'st5', 'st6', 'st7'] as const satisfies readonly Grade[];

/** The grade schedule for a built timeline. */
export function gradeSchedule(timeline: Timeline): GradeSchedule {
  const { plan, today, partTime, stages, summary } = timeline;
  const anchors = findAnchors(plan, today);
  const { graduationYear, coreStartYear, st4StartYear, coreYears, coreRoute } = anchors;
  // Training counts from the programme start even when its first year starts later, after leave.
  // A doctor in another post: pay is worked out from the training the plan dates, as their current
  // post's pay is not known (the days before have no figure).
  const firstStage = stages.find((stage) => stage.id !== 'other-post') ?? stages[0];
  const stagesFirst = dayNumber(firstStage?.start ?? today);
  const programmeFirst = partTime === null ? null : dayNumber(partTime.programmeStart);
  const planFirst =
    programmeFirst !== null && programmeFirst < stagesFirst ? programmeFirst : stagesFirst;
  const cct = summary.cct;
  if (cct === null) {
    const horizonLast = plusDays(planFirst, -1);
    return { planFirst, appointment: null, horizonLast, periods: [], coreRoute };
  }
  const appointmentDay = plusDays(dayNumber(cct), 1);
  const appointment = dateOfDayNumber(appointmentDay);

  const starts: Start[] = [];
  const push = (
    day: DayNumber,
    kind: GradePeriodKind,
    grade: Grade | null,
    stage: StageId | null,
  ) => starts.push({ day, kind, grade, stage });
  const pauses = (partTime?.pauses ?? []).map(
    (pause) => [dayNumber(pause.start), dayNumber(pause.end)] as const,
  );
  const training = (year: number) => shiftedStart(dayNumber(rotationDate(year)), partTime, pauses);

  for (const stage of stages) {
    if (PRE_F1_STAGES.has(stage.id)) push(dayNumber(stage.start), 'no-salary', null, stage.id);
  }
  if (graduationYear !== null) {
    push(training(graduationYear), 'training', 'f1', 'foundation');
    push(training(graduationYear + 1), 'training', 'f2', 'foundation');
    if (coreStartYear !== null && coreStartYear > graduationYear + 2) {
      push(training(graduationYear + 2), 'not-in-training', null, 'time-out');
    }
  }
  if (coreStartYear !== null) {
    for (let year = 0; year < coreYears; year += 1) {
      push(
        training(coreStartYear + year),
        'training',
        CORE_GRADES[year] ?? 'core-4',
        'core-training',
      );
    }
    if (st4StartYear !== null && st4StartYear > coreStartYear + coreYears) {
      // A missed ST4 round: core training is over and higher training has not begun.
      push(training(coreStartYear + coreYears), 'not-in-training', null, null);
    }
  }
  if (st4StartYear !== null) {
    HIGHER_GRADES.forEach((grade, index) =>
      push(training(st4StartYear + index), 'training', grade, 'higher-specialty-training'),
    );
  }
  // A programme that ends off the August rotation (part time, leave) is followed by time out of
  // training until the next programme starts (docs/timeline-rules.md).
  const runs = partTime?.programmes ?? [];
  runs.forEach((run, index) => {
    const next = runs[index + 1];
    if (next !== undefined && dayNumber(next.start) > dayNumber(run.end) + 1)
      push(plusDays(dayNumber(run.end), 1), 'not-in-training', null, null);
  });
  starts.sort((a, b) => a.day - b.day);
  for (const { grade, afterYears } of CONSULTANT_STEPS[plan.nation]) {
    push(
      afterYears === 0 ? appointmentDay : dayNumber(addYears(appointment, afterYears)),
      'training',
      grade,
      'consultant',
    );
  }

  // Never past the last financial year that ends by 2200, the last year the engines work with.
  const shownLast = endOfFinancialYear(
    addYears(appointment, yearsShownAfterAppointment(plan.nation)),
  );
  const horizonLast = shownLast < LAST_PAY_DAY ? shownLast : LAST_PAY_DAY;
  const periods: GradePeriod[] = [];
  starts.forEach((start, index) => {
    const last = plusDays(starts[index + 1]?.day ?? plusDays(horizonLast, 1), -1);
    if (last >= start.day)
      periods.push({
        first: start.day,
        last,
        kind: start.kind,
        grade: start.grade,
        stage: start.stage,
      });
  });
  return { planFirst, appointment, horizonLast, periods, coreRoute };
}

/**
 * The pay point for a grade in a nation (null where the nation's points are not known). In Scotland
 * and Wales F1 and F2 start on pay point 0; Scotland's pay deal moves them up later (rates.ts).
 */
export function payPointFor(grade: Grade, nation: Nation, coreRoute: CoreRoute): PayPoint | null {
  if (grade.startsWith('consultant-')) return grade as PayPoint;
  if (nation === 'scotland' || nation === 'wales') {
    if (grade === 'f1') return `${nation}-fy1-pp0`;
    if (grade === 'f2') return `${nation}-fy2-pp0`;
    return null;
  }
  if (nation === 'northern-ireland') return null;
  const points = nodalPointsByGrade.value;
  if (grade === 'f1') return points.f1;
  if (grade === 'f2') return points.f2;
  const coreIndex = CORE_GRADES.indexOf(grade as (typeof CORE_GRADES)[number]);
  if (coreIndex >= 0) {
    const byYear = coreRoute === 'accs-im' ? nodalPointsAccsIm.value.accsIm : points.imt;
    return byYear[coreIndex] ?? null;
  }
  return points.higher[HIGHER_GRADES.indexOf(grade as (typeof HIGHER_GRADES)[number])] ?? null;
}

/** The rules that place a grade on its pay point. */
export function gradeRuleIds(
  grade: Grade,
  coreRoute: CoreRoute,
  nation: Nation = 'england',
): readonly RuleId[] {
  if (grade.startsWith('consultant-')) return CONSULTANT_RULES[nation];
  // Outside England a training grade's point is set by the nation's own scale rules.
  if (nation !== 'england') return NONE;
  if (grade.startsWith('core-') && coreRoute === 'accs-im') return ACCS_RULES;
  return TRAINING_RULES;
}

const NONE: readonly RuleId[] = [];
const CONSULTANT_RULES: Readonly<Record<Nation, readonly RuleId[]>> = {
  england: [consultantThresholds.id],
  scotland: [scotlandConsultantPay2024.id],
  wales: [walesConsultantPay2023.id],
  'northern-ireland': [northernIrelandConsultantPay2023.id],
};
const ACCS_RULES = [nodalPointsAccsIm.id];
const TRAINING_RULES = [nodalPointsByGrade.id];
export const NOT_IN_TRAINING_RULES = [notInTrainingPay.id];

/** A grade in words: "F1", "IMT year 3", "ACCS-IM year 4", "ST6", "Consultant, threshold 2a". */
export function gradeLabel(grade: Grade, coreRoute: CoreRoute): string {
  if (grade === 'f1') return 'F1';
  if (grade === 'f2') return 'F2';
  if (grade.startsWith('core-'))
    return `${coreRoute === 'accs-im' ? 'ACCS-IM' : 'IMT'} year ${grade.slice(5)}`;
  if (grade.startsWith('consultant-point-'))
    return `Consultant, point ${grade.slice('consultant-point-'.length)}`;
  if (grade.startsWith('consultant-'))
    return `Consultant, threshold ${grade.slice('consultant-'.length)}`;
  return grade.toUpperCase();
}
