/**
 * The Plan: what a person has told us about themselves and the choices they are weighing. Its JSON form
 * is documented in docs/timeline-rules.md and is also the import, export and share format.
 */
import type { PeriodLocation } from '../cct/types';
import type { IsoDate } from '../dates';
import type { MedicalSchoolRoute } from '../rules/medical-school';
import type { CoreRoute } from '../rules/specialty';

export const NATIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

export const NOW_STAGES = [
  'school',
  'gap-year',
  'graduate',
  'medical-school',
  'f1',
  'f2',
  'imt',
  'accs',
  'st',
  'other-post',
  'consultant',
] as const;
export type NowStageId = (typeof NOW_STAGES)[number];

/** Where the person is today. Stages with years carry the year they are in. */
export type NowStage =
  | { readonly stage: 'school'; readonly yearGroup: number }
  | { readonly stage: 'gap-year' }
  | { readonly stage: 'graduate' }
  | { readonly stage: 'medical-school'; readonly year: number }
  | { readonly stage: 'f1' }
  | { readonly stage: 'f2' }
  | { readonly stage: 'imt'; readonly year: number }
  | { readonly stage: 'accs'; readonly year: number }
  | { readonly stage: 'st'; readonly year: number }
  /** In another training programme (GP, anaesthetics, surgery) or a doctor's job outside one. */
  | { readonly stage: 'other-post' }
  | { readonly stage: 'consultant' };

/**
 * How a doctor in another post reaches ST4: core training (IMT or ACCS-IM) from its first year, or
 * straight to ST4 with an Alternative Certificate of Internal Medicine Stage 1 capabilities.
 */
export const ST4_ROUTES = ['core-training', 'alternative-certificate'] as const;
export type St4Route = (typeof ST4_ROUTES)[number];

/** How much of MRCP(UK) the person has passed. */
export const MRCP_PROGRESS = ['none', 'part-1', 'full'] as const;
export type MrcpProgress = (typeof MRCP_PROGRESS)[number];

export type Plan = {
  readonly dateOfBirth: IsoDate;
  readonly nation: Nation;
  readonly now: NowStage;
  readonly medicalSchoolRoute: MedicalSchoolRoute;
  readonly intercalate: boolean;
  readonly gapYearsBeforeMedicalSchool: number;
  /** Years between the end of F2 and the start of core training (often called "F3"). */
  readonly yearsBeforeCoreTraining: number;
  readonly coreRoute: CoreRoute;
  /** For a doctor in another post (`now.stage` `other-post`): core training, or the Alternative Certificate. */
  readonly st4Route: St4Route;
  /** How much of MRCP(UK) the person has passed (read on the Alternative Certificate route). */
  readonly mrcp: MrcpProgress;
  /**
   * The August an Alternative Certificate applicant wants to start ST4; when left out, the earliest
   * round they can apply in.
   */
  readonly plannedSt4Year?: number;
  /** The year a first degree ends (or ended); needed when a school pupil plans graduate entry. */
  readonly qualificationYear?: number;
  /** The person already applied in a round whose deadline has now passed. */
  readonly appliedInCurrentRound: boolean;
  /**
   * Part-time periods, time out of programme and leave during training, in the CCT calculator's shape
   * (docs/cct-rules.md). Checked by the timeline engine against the training dates; empty when none.
   */
  readonly changes: readonly unknown[];
};

/** The fields an error can name. Nested fields use a dot, as in `now.year`. */
export type PlanField =
  | 'today'
  | 'dateOfBirth'
  | 'nation'
  | 'now'
  | 'now.stage'
  | 'now.yearGroup'
  | 'now.year'
  | 'medicalSchoolRoute'
  | 'intercalate'
  | 'gapYearsBeforeMedicalSchool'
  | 'yearsBeforeCoreTraining'
  | 'coreRoute'
  | 'st4Route'
  | 'mrcp'
  | 'plannedSt4Year'
  | 'qualificationYear'
  | 'appliedInCurrentRound'
  | 'changes'
  /** A field of one period, as the CCT calculator names it: `changes[2].wte`. */
  | `changes[${number}].${string}`;

export type PlanErrorCode =
  | 'required'
  | 'invalid-type'
  | 'invalid-date'
  | 'future-date'
  | 'too-young'
  | 'too-old'
  | 'unknown-option'
  | 'out-of-range'
  | 'inconsistent';

/** A problem with one field, with a message that says how to fix it. */
export type PlanError = {
  readonly field: PlanField;
  readonly code: PlanErrorCode;
  readonly message: string;
  /** For a problem with one of the plan's periods: which one, and which of its fields. */
  readonly period?: PeriodLocation;
};
