import type { CctCalculation } from '../../domain/cct';
import type { IsoDate } from '../../domain/dates';

/** A period as saved, in the CCT calculator's shape; the calculator checks it. */
export type SavedChange = Readonly<Record<string, unknown>>;

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
  /** The periods cannot be worked out: errors name `changes[i]` fields where they can. */
  | { readonly kind: 'errors'; readonly errors: readonly PeriodError[] };

/** A problem with the periods, naming the field as the calculator does (`changes[2].start`). */
export type PeriodError = { readonly field: string; readonly message: string };

/** One training programme's working, when a plan's periods fall in more than one. */
export type ProgrammeWorking = {
  readonly title: string;
  /** The programme's name inside a sentence: "the Foundation Programme", "core training". */
  readonly name: string;
  readonly calculation: CctCalculation;
  /** Time out of training after it, waiting for the next programme to start in August. */
  readonly waitAfter: { readonly start: IsoDate; readonly end: IsoDate } | null;
};
