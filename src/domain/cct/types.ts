/**
 * The CCT calculator's input and result. See docs/cct-rules.md for the rule and the fixture format.
 */
import type { IsoDate } from '../dates';
import type { LtftNation } from '../rules/ltft';
import type { SourceId } from '../rules/sources';
import type { RuleId } from '../rules/types';
import type { Share, Wte } from '../units';
import { type ChangeKind, type NonCountingKind, PERIOD_KINDS } from './kinds';

export {
  CHANGE_KINDS,
  NON_COUNTING_KINDS,
  TIME_AWAY_KINDS,
  isNonCounting,
  isTimeAway,
  type ChangeKind,
  type NonCountingKind,
  type TimeAwayKind,
} from './kinds';

/**
 * Time out the absence review counts and that earns nothing by plan: the non-counting kinds, and OOPR
 * with no credit approved ("OOP not approved towards training is included", cct-rule.md §2.5).
 */
export function isUnapprovedTimeOut(change: CctChange): boolean {
  const { absence } = PERIOD_KINDS[change.kind];
  return (
    absence === 'weekdays' ||
    (absence === 'weekdays-without-credit' && change.kind === 'oopr' && change.credit === 0)
  );
}

export const PROGRAMME_STAGES = ['foundation', 'core', 'higher'] as const;
/** Picks the absence review threshold: 20 days in the Foundation Programme, 14 otherwise. */
export type ProgrammeStage = (typeof PROGRAMME_STAGES)[number];

/** `end: null` runs to completion (only where the period earns something). Spans are inclusive. */
export type LtftChange = {
  readonly kind: 'ltft';
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  /** Whole-time equivalent, 0.2 to 1.0. */
  readonly wte: Wte;
};

export type OoprChange = {
  readonly kind: 'oopr';
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  /** The fraction of each day that counts, 0 to 1 (12 of 24 months approved is 0.5). */
  readonly credit: Share;
};

export type SicknessChange = {
  readonly kind: 'sickness';
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Days the doctor would normally have been at work; the weekdays in the period when left out. */
  readonly workingDaysAbsent?: number;
};

export type OtherChange = {
  readonly kind: 'oopt' | NonCountingKind;
  readonly start: IsoDate;
  readonly end: IsoDate | null;
};

/**
 * A period of less than full time training, time out or leave. Periods from the app carry their id
 * (see period.ts), which issues about them name; a fixture's periods have none.
 */
export type CctChange = (LtftChange | OoprChange | SicknessChange | OtherChange) & {
  readonly id?: PeriodId;
};

export type CctProgramme = {
  /** The first day from which the remaining training is counted. */
  readonly start: IsoDate;
  /** The CCT date if everything from `start` were full time. */
  readonly fullTimeCct: IsoDate;
  /** Defaults to `higher` (ST4 to ST7). */
  readonly stage?: ProgrammeStage;
};

export type CctInput = {
  readonly today: IsoDate;
  readonly programme: CctProgramme;
  readonly changes: readonly CctChange[];
  /**
   * Where the doctor trains: its rules set the notice for less than full time training (the warning
   * when a period starts too soon). England when left out, as in the fixtures.
   */
  readonly nation?: LtftNation;
};

export type CctIssueCode =
  | 'required'
  | 'invalid-date'
  | 'invalid-type'
  | 'unknown-kind'
  | 'out-of-range'
  | 'end-before-start'
  | 'programme-too-long'
  | 'before-programme-start'
  | 'open-ended-without-credit'
  | 'credit-too-large'
  | 'overlap'
  | 'after-cct'
  | 'credit-too-small'
  /** The CCT would be more than 30 years after the start, or after 2200 (limits.ts). */
  | 'cct-too-late'
  /** A result the engine could not work out (a fault, never expected): see calculate.ts. */
  | 'engine-fault'
  // Warnings:
  | 'wte-below-half'
  | 'ltft-notice'
  | 'oopt-over-a-year'
  | 'oopr-over-three-years'
  | 'oopr-credit-over-a-year'
  | 'oope-over-a-year'
  | 'oopc-over-two-years'
  | 'oopp-over-a-year'
  | 'parental-leave-over-52-weeks';

declare const periodIdBrand: unique symbol;
/** A period's id: unique within its list, and kept when the period is changed (see period.ts). */
export type PeriodId = string & { readonly [periodIdBrand]: true };

/** The fields of a period an error can name. */
export type PeriodField = 'kind' | 'start' | 'end' | 'wte' | 'credit' | 'workingDaysAbsent';

/**
 * Which period an issue is about, as a structure rather than text: its place in the list given, its id
 * when it has one (a period from the app; a fixture's periods have none), and the field (null for the
 * period as a whole).
 */
export type PeriodLocation = {
  readonly index: number;
  readonly id: PeriodId | null;
  readonly field: PeriodField | null;
};

/**
 * An error or warning. `field` names the input field as text (`programme.start`, `changes[2].wte`), as
 * the fixtures write it; `period` says the same for a period's issue as a structure, for the pages. The
 * message is plain English, sentence case, and says how to put it right.
 */
export type CctIssue = {
  readonly field: string;
  readonly code: CctIssueCode;
  readonly message: string;
  readonly period?: PeriodLocation;
};

/** One stretch of the working, from the programme start to the CCT date. */
export type CctSegment = {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly calendarDays: number;
  /** `full-time` for days in no period. Sickness never appears: it does not move the headline date. */
  readonly kind: 'full-time' | Exclude<ChangeKind, 'sickness'>;
  /** Which entry of `changes` this stretch comes from; null for full time. */
  readonly changeIndex: number | null;
  /** The WTE for `ltft` and full time (1); null for time out of programme and leave. */
  readonly wte: Wte | null;
  /** The share of each day that counts, 0 to 1. */
  readonly credit: Share;
  /** Full-time days this stretch earns (may be fractional, e.g. 122.4). */
  readonly fullTimeDaysEarned: number;
  /** Full-time days still to do after this stretch. */
  readonly fullTimeDaysLeft: number;
};

/** The 14-day (Foundation: more than 20 days in a foundation year) review of absence. */
export type AbsenceReview = {
  readonly threshold: number;
  /** 'reaches': the review starts at `threshold` days (14 or more). 'exceeds': above it (Foundation:
   * 20 days are allowed in each foundation year, more are reviewed). */
  readonly thresholdKind: 'reaches' | 'exceeds';
  /** The most days normally at work missed in any 365-day window, or in Foundation in any foundation
   * year (absence entered as sickness, as parental leave, unpaid leave, OOPE, OOPC or OOPP, or as OOPR
   * with no credit). May be fractional with `workingDaysAbsent`. */
  readonly maxDaysInAnyYear: number;
  /** First and last day of absence inside that window; null when no absence was entered. */
  readonly window: { readonly start: IsoDate; readonly end: IsoDate } | null;
  readonly reviewTriggered: boolean;
  /** The CCT date if the sickness had to be made up (sickness counted as no training); null unless
   * the review is triggered. */
  readonly ifMadeUpCct: IsoDate | null;
  /** Why the date does or does not change, for the page. */
  readonly summary: string | null;
};

export type TisNote =
  /** The plan has OOPT or OOPR, which the TIS calculator could not express. */
  | 'not-representable'
  /** Less than full time training running to completion: TIS adds only days × (1 − new ÷ current). */
  | 'open-ended-reduction'
  /** A WTE increase: TIS over-corrects and can put the date before the change. */
  | 'wte-increase'
  /** TIS adds every day of sickness; the ARCP review decides instead. */
  | 'adds-sickness'
  /** Periods in Foundation or core training: TIS worked on one programme at a time, not on a CCT. */
  | 'earlier-programme'
  /** Leave inside a less than full time period: TIS added each change on its own, so the leave's days
   * are counted once in the part-time extension and again in full as leave. */
  | 'leave-inside-ltft';

export type TisComparison = {
  /** The TIS-style estimate, or null where TIS could not express the plan. */
  readonly estimate: IsoDate | null;
  /** Pro-rata CCT minus the TIS-style estimate in calendar days (positive: the CCT is later). */
  readonly differenceDays: number | null;
  readonly notes: readonly TisNote[];
};

export type CctCertificate = {
  readonly specialty: 'Palliative Medicine' | 'Internal Medicine';
  readonly date: IsoDate;
};

export type CctCalculation = {
  readonly ok: true;
  /** The headline: pro-rata accrual on contractual WTE. Sickness does not move it. */
  readonly cct: IsoDate;
  readonly fullTimeCct: IsoDate;
  /** Calendar days from `fullTimeCct` to `cct`. */
  readonly extensionDays: number;
  /** Full-time days of training counted from the programme start (inclusive days to `fullTimeCct`). */
  readonly fullTimeDays: number;
  /** Dual CCT (higher training): palliative medicine and internal medicine on the same date. */
  readonly certificates: readonly CctCertificate[];
  /** True when planned time that does not count (parental leave, OOPE, OOPC, OOPP, unpaid leave) is
   * in the plan, or the absence review is triggered: the date is expected, confirmed at ARCP. */
  readonly confirmedAtArcp: boolean;
  readonly reviewTriggered: boolean;
  readonly ifMadeUpCct: IsoDate | null;
  readonly absenceReview: AbsenceReview;
  readonly tisStyleEstimate: IsoDate | null;
  readonly tis: TisComparison;
  readonly segments: readonly CctSegment[];
  /** Rules in src/domain/rules that the calculation used, and their sources. */
  readonly ruleIds: readonly RuleId[];
  readonly sourceIds: readonly SourceId[];
  readonly warnings: readonly CctIssue[];
};

export type CctFailure = {
  readonly ok: false;
  readonly errors: readonly CctIssue[];
  readonly warnings: readonly CctIssue[];
};

export type CctResult = CctCalculation | CctFailure;
