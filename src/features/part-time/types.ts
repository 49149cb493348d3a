import type { CctCalculation } from '../../domain/cct';
import type { Period, PeriodField, PeriodId } from '../../domain/cct/period';
import type { IsoDate } from '../../domain/dates';

export type { Period, PeriodId };

/** What a list of periods comes to, for the page that shows it. */
export type PeriodsOutcome =
  /** No periods yet: the date as it stands. */
  | { readonly kind: 'none'; readonly cct: IsoDate }
  /** The periods work out: the calculation, compared with the date without them. */
  | {
      readonly kind: 'result';
      readonly calculation: CctCalculation;
      /** The date compared with: today's plan, the full-time date, or the current plan. */
      readonly comparedWith: IsoDate;
      /** A plan's periods in more than one training programme: each programme's own working. */
      readonly programmes?: readonly ProgrammeWorking[];
    }
  /** The periods cannot be worked out. */
  | { readonly kind: 'errors'; readonly errors: readonly PeriodError[] };

/**
 * A problem with the periods: which period (by id) and which of its fields, or null for the list as a
 * whole, and what to do.
 */
export type PeriodError = {
  readonly periodId: PeriodId | null;
  readonly field: PeriodField | null;
  readonly message: string;
};

/** One training programme's working, when a plan's periods fall in more than one. */
export type ProgrammeWorking = {
  readonly title: string;
  /** The programme's name inside a sentence: "the Foundation Programme", "core training". */
  readonly name: string;
  readonly calculation: CctCalculation;
  /** Time out of training after it, waiting for the next programme to start in August. */
  readonly waitAfter: { readonly start: IsoDate; readonly end: IsoDate } | null;
};
