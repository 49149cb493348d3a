import type { Accrual, CctCalculation } from '../cct';
import type { CctIssue, ProgrammeStage } from '../cct/types';
import type { IsoDate } from '../dates';
import type { Plan, PlanError, St4Route } from '../plan/types';
import type { CoreRoute } from '../rules/specialty';
import type { RuleId } from '../rules/types';

/** Stable milestone ids: fixtures, links and saved notes refer to them. */
export const MILESTONE_IDS = [
  'ucat-registration-opens',
  'ucat-booking-deadline',
  'ucat-last-test-day',
  'gamsat-sitting',
  'ucas-deadline',
  'medical-school-interviews',
  'medical-school-offers',
  'medical-school-start',
  'foundation-application-window',
  'medical-school-graduation',
  'f1-start',
  'full-gmc-registration',
  'f2-start',
  'foundation-complete',
  'core-application-window',
  'core-training-start',
  'mrcp-part-1-by',
  'alternative-certificate',
  'st4-application-window',
  'mrcp-complete-by',
  'st4-start',
  'st5-start',
  'st6-start',
  'sce-sitting',
  'st7-start',
  'cct',
] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];

export const STAGE_IDS = [
  'school',
  'first-degree',
  'gap-years',
  'medical-school',
  'foundation',
  'time-out',
  'other-post',
  'core-training',
  'time-out-before-higher',
  'higher-specialty-training',
  'consultant',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** How exactly a date is known: to the day, the month or only the year. */
export type Precision = 'day' | 'month' | 'year';

/** A published date comes from an official calendar; an estimate is projected from a yearly pattern. */
export type DateBasis = 'published' | 'estimate';

export type MilestoneStatus = 'done' | 'now' | 'upcoming';

export type Milestone = {
  readonly id: MilestoneId;
  readonly title: string;
  /** One plain-English line on what happens and what to do. */
  readonly explanation: string;
  readonly date: IsoDate;
  /** The last day of a window (an application round, an interview season). */
  readonly endDate?: IsoDate;
  readonly precision: Precision;
  readonly basis: DateBasis;
  /** Whole years of age on `date`. */
  readonly age: number;
  readonly stageId: StageId;
  readonly status: MilestoneStatus;
  /** The rules (and through them the sources) this date comes from. */
  readonly ruleIds: readonly RuleId[];
  /**
   * Where the yearly pattern put this date, when that was a Saturday or Sunday and the estimate moved to
   * the next working day (the explanation says so).
   */
  readonly movedFromWeekend?: IsoDate;
};

export type Stage = {
  readonly id: StageId;
  readonly title: string;
  readonly start: IsoDate;
  /** `null` for the open-ended consultant stage. */
  readonly end: IsoDate | null;
  readonly ruleIds: readonly RuleId[];
};

/** Something the person should know about how their dates were worked out. */
export type TimelineNotice = {
  readonly id:
    | 'ucas-deadline-passed'
    | 'ucat-closed-this-round'
    | 'core-window-passed'
    | 'st4-window-passed'
    | 'mrcp-part-1-before-applying'
    | 'core-route-from-stage'
    | 'intercalation-unusual'
    | 'already-consultant';
  readonly message: string;
  readonly ruleIds: readonly RuleId[];
};

export type TimelineSummary = {
  /** The earliest CCT date, or `null` for someone who is already a consultant. */
  readonly cct: IsoDate | null;
  readonly ageAtCct: number | null;
  readonly medicalSchoolStart: IsoDate | null;
  readonly coreRouteYears: number;
  /** The CCT date if all training were full time; equal to `cct` when the plan has no changes. */
  readonly fullTimeCct: IsoDate | null;
};

export type Timeline = {
  readonly today: IsoDate;
  readonly plan: Plan;
  readonly stages: readonly Stage[];
  readonly milestones: readonly Milestone[];
  readonly notices: readonly TimelineNotice[];
  readonly summary: TimelineSummary;
  /** What the plan's part-time periods and time out do, with the CCT calculator's working; null without. */
  readonly partTime: PartTime | null;
};

export type TimelineResult =
  | { readonly ok: true; readonly timeline: Timeline }
  | { readonly ok: false; readonly errors: readonly PlanError[] };

// The types the engine's modules share (anchors, stages, milestones, part-time), here so that no two of
// those modules import each other, and this file imports none of them.

/** Where the timeline begins: the person's current stage. */
export type StartingPoint =
  | 'before-medical-school'
  | 'medical-school'
  | 'foundation'
  | 'other-post'
  | 'core-training'
  | 'higher-specialty-training'
  | 'consultant';

export type Anchors = {
  readonly startingPoint: StartingPoint;
  /** The year the current academic year began (1 September). */
  readonly academicYear: number;
  /** The year the current training year began (first Wednesday in August). */
  readonly trainingYear: number;
  /** Summer of final school exams, for a school pupil. */
  readonly schoolLeavingYear: number | null;
  /** Summer a first degree ends, when the person is still to finish it. */
  readonly degreeEndYear: number | null;
  readonly medicalSchoolStartYear: number | null;
  readonly courseYears: number;
  readonly graduationYear: number | null;
  readonly coreRoute: CoreRoute;
  readonly coreYears: number;
  /** How ST4 is reached: the Alternative Certificate only for a doctor in another post who chose it. */
  readonly st4Route: St4Route;
  readonly coreStartYear: number | null;
  readonly st4StartYear: number | null;
  readonly notices: readonly TimelineNotice[];
};

/** The key dates of a route, worked out once from the anchor years. */
export type RouteDates = {
  readonly medicalSchoolStart: IsoDate | null;
  readonly f1Start: IsoDate | null;
  readonly f2Start: IsoDate | null;
  readonly foundationEnd: IsoDate | null;
  readonly coreStart: IsoDate | null;
  /** The last day of core training (before a round that had closed, or the wait for August). */
  readonly coreEnd: IsoDate | null;
  readonly st4Start: IsoDate | null;
  readonly cct: IsoDate | null;
};

/** A milestone before it is given its age, status, stage and words. */
export type MilestoneDraft = {
  readonly id: MilestoneId;
  readonly date: IsoDate;
  readonly endDate?: IsoDate;
  readonly precision: Precision;
  readonly basis: DateBasis;
  readonly ruleIds: readonly RuleId[];
  /** A projected date that fell on a weekend and moved to the next working day: where it fell. */
  readonly movedFromWeekend?: IsoDate;
};

/** A programme on the full-time route. */
export type FullTimeProgramme = {
  readonly stage: ProgrammeStage;
  readonly fullTimeStart: IsoDate;
  readonly fullTimeEnd: IsoDate;
};

/** A programme once the plan's periods apply, with the calculation that moved it. */
export type ProgrammeRun = FullTimeProgramme & {
  /** Its first day under the plan: a rotation day, or the full-time start for the first programme. */
  readonly start: IsoDate;
  /** Its last day under the plan (the CCT for higher specialty training). */
  readonly end: IsoDate;
  /** The full-time end counted from `start`: where it would end with no periods. */
  readonly fullTimeEndFromStart: IsoDate;
  /** The CCT calculator's result for this programme; segments name the plan's own change indices. */
  readonly calculation: CctCalculation;
  readonly accrual: Accrual;
  /** The plan's changes that fall in this programme, by index. */
  readonly changeIndices: readonly number[];
};

export type PartTime = {
  /** The first day of postgraduate training in this timeline, from which time is counted. */
  readonly programmeStart: IsoDate;
  readonly calculation: CctCalculation;
  readonly warnings: readonly CctIssue[];
  readonly accrual: Accrual;
  /** Periods that earn no training time (leave, career breaks), in date order. */
  readonly pauses: readonly { readonly start: IsoDate; readonly end: IsoDate }[];
  /** Each programme of training under the plan, with its own calculation. */
  readonly programmes: readonly ProgrammeRun[];
};
