/**
 * The pay engine's result: gross basic pay for each financial year (1 April to 31 March) and each month
 * of a plan's route, with the working. The rules are in docs/pay-rules.md.
 */
import type { ChangeKind } from '../cct/types';
import type { IsoDate } from '../dates';
import type { Nation, PlanError } from '../plan/types';
import type {
  ConsultantPoint,
  ConsultantThreshold,
  NodalPoint,
  ScaleYear,
  ScotlandResidentPoint,
  WalesResidentPoint,
} from '../rules/pay';
import type { Confidence, RuleId } from '../rules/types';
import type { StageId } from '../timeline/types';

/** Where the person is in training on a day, which fixes their pay point. */
export type Grade =
  | 'f1'
  | 'f2'
  | 'core-1'
  | 'core-2'
  | 'core-3'
  | 'core-4'
  | 'st4'
  | 'st5'
  | 'st6'
  | 'st7'
  | 'consultant-1'
  | 'consultant-2a'
  | 'consultant-2b'
  | 'consultant-3'
  | 'consultant-4'
  /** Scotland, Wales and Northern Ireland: the consultant pay points, reached by years since appointment. */
  | `consultant-point-${ConsultantPoint}`;

/**
 * Where a grade sits on its nation's scale: a nodal point or consultant threshold (England), an FY1 or
 * FY2 pay point (Scotland, Wales), or a consultant pay point (Scotland, Wales, Northern Ireland).
 */
export type PayPoint =
  | NodalPoint
  | `consultant-${ConsultantThreshold}`
  | `scotland-${ScotlandResidentPoint}`
  | `wales-${WalesResidentPoint}`
  | `consultant-point-${ConsultantPoint}`;

/** Why a stretch of days has no figure. */
export type UnknownReason =
  /** Between Foundation and core training, or between core and higher training: pay varies. */
  | 'not-in-training'
  | 'parental-leave'
  /** OOPT, OOPR or OOPP: paid by the arrangement or the post, which Pathway does not know. */
  | 'out-of-programme-paid-elsewhere'
  /** No published scale for this nation, grade and year in Pathway's sources. */
  | 'scale-not-known'
  /** Part-time pay outside England's 2016 contract, which Pathway's sources do not describe. */
  | 'part-time-rules-not-known'
  /**
   * Days of the first financial year before the plan starts, for someone whose plan starts after F1
   * (in core or higher training today): they were already a doctor then, paid at a rate Pathway does
   * not know.
   */
  | 'before-plan';

export type PayPartKind =
  /** Paid at a known rate (full or part time). */
  | 'salary'
  /** A career break, OOPE or unpaid leave: no training salary. */
  | 'unpaid'
  | 'unknown'
  /** School, a first degree, gap years or medical school. */
  | 'no-salary'
  /**
   * Days of the first financial year before the plan's first stage starts, when the plan starts at or
   * before F1 (a pupil's, a student's or a foundation doctor's): not yet a doctor, so not counted.
   * For someone already past F1 those days are `unknown` instead (reason `before-plan`).
   */
  | 'before-plan';

/** A stretch of days inside one financial year with one grade, one rate and one working pattern. */
export type PayPart = {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly days: number;
  readonly kind: PayPartKind;
  /** The training grade, or null before F1 and between training programmes. */
  readonly grade: Grade | null;
  /** The stage of the route, for days before F1 (school, medical school) and between programmes. */
  readonly stage: StageId | null;
  readonly payPoint: PayPoint | null;
  /** Full-time basic pay a year at that point, or null without a figure. */
  readonly annualRate: number | null;
  /** The pay year whose scale gives `annualRate`. */
  readonly scaleYear: ScaleYear | null;
  /**
   * True when the figure is an estimate: from a scale Pathway worked out in full (a published scale
   * plus published awards), or an earlier year's rates used for a later year with no known award.
   */
  readonly estimated: boolean;
  /** True when `annualRate` is arithmetic from published figures (a published scale plus an award). */
  readonly derived: boolean;
  /** The rates in words, for sentences: "at 2025/26 rates", "at estimated 2026/27 rates". */
  readonly ratesLabel: string | null;
  readonly confidence: Confidence | null;
  /** The plan change in force (`ltft`, `oopc`, …), or null for full-time training. */
  readonly change: Exclude<ChangeKind, 'sickness'> | null;
  /** Basic pay as a share of full time: the WTE for less than full time, 1 full time, 0 unpaid. */
  readonly ltftFactor: number;
  /** The less than full time allowance a year that applies (£1,000 while part time), else 0. */
  readonly allowance: number;
  /** Pay for these days in pounds, to the penny; null when unknown. */
  readonly amount: number | null;
  readonly unknownReason: UnknownReason | null;
  /**
   * Why there is no figure, or, for a figure Pathway worked out, the working ("Nodal point 4: £65,048
   * on the published 2025/26 scale, plus 3.5% for 2026/27, is £67,325."); null for a published figure.
   */
  readonly explanation: string | null;
  readonly ruleIds: readonly RuleId[];
};

/**
 * - `known`: every postgraduate day has a figure (unpaid time counts 0).
 * - `partly-known`: some postgraduate days have a figure and some do not; `amount` is null.
 * - `unknown`: no postgraduate day has a figure.
 * - `no-salary`: no postgraduate day in the year (school, university, medical school).
 */
export type PayYearStatus = 'known' | 'partly-known' | 'unknown' | 'no-salary';

export type PayYear = {
  /** `2034/35` for 1 April 2034 to 31 March 2035. */
  readonly financialYear: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** 365, or 366 when the year holds 29 February. */
  readonly days: number;
  readonly status: PayYearStatus;
  /** Gross basic pay for the year in whole pounds (rounded once, at the end); null unless `known`. */
  readonly amount: number | null;
  /** The part of the year's pay that has a figure, in whole pounds. Equals `amount` when known. */
  readonly knownAmount: number;
  /** Days with no figure. */
  readonly unknownDays: number;
  /** The less than full time allowance included, in whole pounds (rounded on its own). */
  readonly ltftAllowance: number;
  /** The scale the year's figures use, or null when none has a figure. */
  readonly scaleYear: ScaleYear | null;
  /**
   * True when the year's figures are estimates: a scale Pathway worked out in full, or an earlier
   * year's rates for a year with no known award. `label` then says which.
   */
  readonly estimated: boolean;
  /** True when any figure in the year is derived rather than published. */
  readonly derived: boolean;
  /**
   * "2024/25 pay scale" for a published scale, "estimate: 2025/26 scale plus the 2026/27 award" for a
   * scale Pathway worked out, "at estimated 2026/27 rates" for a later year with no known award.
   */
  readonly label: string | null;
  /**
   * The plan starts after 1 April this year: days before it are not counted (not yet a doctor) or have
   * no figure (already a doctor, before the stage the plan starts at). The known part counts from here.
   */
  readonly countedFrom: IsoDate | null;
  readonly parts: readonly PayPart[];
  readonly ruleIds: readonly RuleId[];
};

/** One calendar month, for charts. Rounded on its own: months need not add up to the year exactly. */
export type PayMonth = {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly financialYear: string;
  readonly status: PayYearStatus;
  readonly amount: number | null;
  readonly knownAmount: number;
  readonly estimated: boolean;
};

export type PayNoteId =
  | 'basic-pay-only'
  | 'future-pay-awards-unknown'
  | 'student-finance-out-of-scope'
  | 'not-in-training'
  | 'part-time-pay'
  | 'unpaid-time-out'
  | 'parental-leave-pay-unknown'
  | 'out-of-programme-pay-unknown'
  | 'sickness-normal-pay'
  | 'consultant-thresholds'
  | 'derived-figures'
  | 'england-resident-deal-2026'
  | 'nation-pay'
  | 'scale-not-known'
  | 'before-plan'
  | 'consultant-appointment-unknown';

export type PayNote = {
  readonly id: PayNoteId;
  readonly message: string;
  readonly ruleIds: readonly RuleId[];
};

export type PaySummary = {
  readonly ok: true;
  readonly nation: Nation;
  readonly years: readonly PayYear[];
  readonly months: readonly PayMonth[];
  readonly notes: readonly PayNote[];
  /** Every rule the figures use. */
  readonly ruleIds: readonly RuleId[];
  /** The most recent scale Pathway has for the nation (later years are shown at its rates). */
  readonly latestScaleYear: ScaleYear;
};

export type PayResult = PaySummary | { readonly ok: false; readonly errors: readonly PlanError[] };
