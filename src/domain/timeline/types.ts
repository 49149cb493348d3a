import type { IsoDate } from '../dates';
import type { Plan, PlanError } from '../plan/types';
import type { PartTime } from './part-time';

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
  readonly ruleIds: readonly string[];
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
  readonly ruleIds: readonly string[];
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
  readonly ruleIds: readonly string[];
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
