/**
 * One row per kind of period: how it is named, which layer it sits in, what each day earns, whether it
 * may run until training ends, how the absence review counts it, how pay treats it, and the rules
 * behind it (each with its source). The CCT calculator, the period editor and the pay engine all read
 * this table (in the spirit of cct-calc-core's `rules/calculation-rules.json`), so a fact about a kind is
 * written once. See docs/cct-rules.md.
 */
import {
  absenceReview,
  foundationAbsenceReview,
  ltftContractualWte,
  ltftMinimumWte,
  ltftProRata,
  oopCreditNeedsApproval,
  oopcDoesNotCount,
  oopeDoesNotCount,
  ooppEngland,
  ooprCredit,
  ooptCounts,
  parentalLeaveDoesNotCount,
  unpaidLeaveDoesNotCount,
} from '../rules/ltft';
import type { Rule } from '../rules/types';

import { CHANGE_KINDS, type ChangeKind } from './change-kinds';

// The kinds' names live in change-kinds.ts, which the saved-data readers import without this table.
export { CHANGE_KINDS, type ChangeKind, isChangeKind } from './change-kinds';

/**
 * - `working-pattern`: less than full time training; a day in no such period is full time.
 * - `time-away`: leave and time out of programme; each day earns what the period earns, whatever the
 *   working pattern around it.
 * - `absence`: sickness; never moves the headline date (the absence review decides).
 */
export type PeriodLayer = 'working-pattern' | 'time-away' | 'absence';

/**
 * What each day earns: the period's WTE, a whole day, the approved share, nothing, or (sickness) what
 * the working pattern gives it.
 */
export type CreditBasis = 'wte' | 'whole-day' | 'approved-share' | 'nothing' | 'working-pattern';

/**
 * How the absence review counts the period: its working days absent (or weekdays), its weekdays, its
 * weekdays only when no credit is approved (OOPR), or not at all.
 */
export type AbsenceCount = 'working-days' | 'weekdays' | 'weekdays-without-credit' | 'not-absence';

/**
 * How the pay engine treats the days: the grade's salary at the period's WTE (or as the working pattern
 * gives it), unpaid, paid by someone else (no figure), or parental leave (no figure: occupational pay is
 * not in Pathway's sources).
 */
export type PayTreatment =
  'salary-at-wte' | 'salary' | 'unpaid' | 'paid-elsewhere' | 'parental-leave';

export type PeriodKind = {
  /** As a heading or a row of the working names it. */
  readonly name: string;
  /** Inside a sentence: "overlaps the career break (OOPC) from …". */
  readonly inSentence: string;
  readonly layer: PeriodLayer;
  readonly credit: CreditBasis;
  /** Whether "until I finish training" is allowed: only for time that earns something. */
  readonly mayRunToCompletion: boolean;
  readonly absence: AbsenceCount;
  readonly pay: PayTreatment;
  /** One line under the choice in the editor: what it is and whether it counts. */
  readonly hint: string;
  /** The rules that say how it counts, shown as its sources. */
  readonly rules: readonly Rule<unknown>[];
  /** What it is in full, for its page: the rules' notes unless said otherwise. */
  readonly notes?: readonly string[];
};

export const PERIOD_KINDS = {
  ltft: {
    name: 'Less than full time training',
    inSentence: 'less than full time period',
    layer: 'working-pattern',
    credit: 'wte',
    mayRunToCompletion: true,
    absence: 'not-absence',
    pay: 'salary-at-wte',
    hint: 'Working part time. Each day counts at the percentage of full time you work.',
    // Notice, who can apply and who approves differ by nation: see notice.ts.
    rules: [ltftProRata, ltftContractualWte, ltftMinimumWte],
  },
  'parental-leave': {
    name: 'Parental leave',
    inSentence: 'parental leave',
    layer: 'time-away',
    credit: 'nothing',
    mayRunToCompletion: false,
    absence: 'weekdays',
    pay: 'parental-leave',
    hint: 'Maternity, paternity, adoption or shared parental leave. Does not count towards training.',
    rules: [parentalLeaveDoesNotCount],
  },
  sickness: {
    name: 'Sickness absence',
    inSentence: 'sickness absence',
    layer: 'absence',
    credit: 'working-pattern',
    mayRunToCompletion: false,
    absence: 'working-days',
    pay: 'salary',
    hint: `Does not move your date by itself, but ${absenceReview.value.days} days or more in ${absenceReview.value.windowMonths} months means it is reviewed (in Foundation, more than ${foundationAbsenceReview.value.days} days in a foundation year).`,
    rules: [absenceReview, foundationAbsenceReview],
    notes: [
      'Sickness does not move your CCT date by itself.',
      absenceReview.note,
      foundationAbsenceReview.note,
    ],
  },
  oopt: {
    name: 'Out of programme for training (OOPT)',
    inSentence: 'OOPT',
    layer: 'time-away',
    credit: 'whole-day',
    mayRunToCompletion: true,
    absence: 'not-absence',
    pay: 'paid-elsewhere',
    hint: 'Clinical training outside your programme. Counts in full if approved in advance.',
    rules: [ooptCounts, oopCreditNeedsApproval],
  },
  oopr: {
    name: 'Out of programme for research (OOPR)',
    inSentence: 'OOPR',
    layer: 'time-away',
    credit: 'approved-share',
    mayRunToCompletion: true,
    absence: 'weekdays-without-credit',
    pay: 'paid-elsewhere',
    hint: 'Research. Only the share your specialty advisory committee approves counts.',
    rules: [ooprCredit, oopCreditNeedsApproval],
  },
  oope: {
    name: 'Out of programme for experience (OOPE)',
    inSentence: 'OOPE',
    layer: 'time-away',
    credit: 'nothing',
    mayRunToCompletion: false,
    absence: 'weekdays',
    pay: 'unpaid',
    hint: 'Experience, such as a post abroad or a locum consultant post. Does not count towards training.',
    rules: [oopeDoesNotCount],
  },
  oopp: {
    name: 'Out of programme pause (OOPP)',
    inSentence: 'OOPP',
    layer: 'time-away',
    credit: 'nothing',
    mayRunToCompletion: false,
    absence: 'weekdays',
    pay: 'paid-elsewhere',
    hint: 'A pause to work in an NHS post outside training, in England only. Does not count towards training.',
    rules: [ooppEngland],
  },
  oopc: {
    name: 'Career break (OOPC)',
    inSentence: 'career break (OOPC)',
    layer: 'time-away',
    credit: 'nothing',
    mayRunToCompletion: false,
    absence: 'weekdays',
    pay: 'unpaid',
    hint: 'Time away for personal reasons. Does not count towards training.',
    rules: [oopcDoesNotCount],
  },
  'unpaid-leave': {
    name: 'Unpaid leave',
    inSentence: 'unpaid leave',
    layer: 'time-away',
    credit: 'nothing',
    mayRunToCompletion: false,
    absence: 'weekdays',
    pay: 'unpaid',
    hint: 'Unpaid or special leave. Does not count towards training.',
    rules: [unpaidLeaveDoesNotCount],
  },
} as const satisfies Readonly<Record<ChangeKind, PeriodKind>>;

/** The kinds whose row has `value` in `field`, as a type: `KindsWhere<'credit', 'nothing'>`. */
type KindsWhere<Field extends 'layer' | 'credit' | 'absence' | 'pay', Value> = {
  [Kind in ChangeKind]: (typeof PERIOD_KINDS)[Kind][Field] extends Value ? Kind : never;
}[ChangeKind];

/** Time away: leave and time out of programme, whose days earn what the period earns. */
export type TimeAwayKind = KindsWhere<'layer', 'time-away'>;
/** Kinds that earn no training time and are planned in advance (the date is confirmed at ARCP). */
export type NonCountingKind = KindsWhere<'credit', 'nothing'>;

function kindsWhere<Kind extends ChangeKind>(test: (facts: PeriodKind) => boolean): Kind[] {
  return CHANGE_KINDS.filter((kind) => test(PERIOD_KINDS[kind])) as Kind[];
}

export const TIME_AWAY_KINDS: readonly TimeAwayKind[] = kindsWhere<TimeAwayKind>(
  (facts) => facts.layer === 'time-away',
);
export const NON_COUNTING_KINDS: readonly NonCountingKind[] = kindsWhere<NonCountingKind>(
  (facts) => facts.credit === 'nothing',
);

export function isTimeAway(kind: ChangeKind): kind is TimeAwayKind {
  return PERIOD_KINDS[kind].layer === 'time-away';
}

export function isNonCounting(kind: ChangeKind): kind is NonCountingKind {
  return PERIOD_KINDS[kind].credit === 'nothing';
}

/** The paragraphs that explain a kind on its page. */
export function kindNotes(kind: ChangeKind): readonly string[] {
  const facts: PeriodKind = PERIOD_KINDS[kind];
  return facts.notes ?? facts.rules.map((rule) => rule.note);
}

/** Whether "until I finish training" is allowed for a kind: only for time that earns something. */
export function mayRunToCompletion(kind: ChangeKind): boolean {
  return PERIOD_KINDS[kind].mayRunToCompletion;
}
