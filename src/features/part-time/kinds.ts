/**
 * What each kind of period is, in plain English, and whether it counts towards training. Every figure
 * comes from the rules in src/domain/rules/ltft.ts, whose notes are the longer help.
 */
import { type ChangeKind, PERIOD_NAMES } from '../../domain/cct';
import {
  absenceReview,
  foundationAbsenceReview,
  ltftMinimumWte,
  ltftNoticeEngland,
  ltftProRata,
  oopCreditNeedsApproval,
  oopcDoesNotCount,
  oopeDoesNotCount,
  ooppEngland,
  ooprCredit,
  ooptCounts,
  parentalLeaveDoesNotCount,
  unpaidLeaveDoesNotCount,
} from '../../domain/rules/ltft';
import type { Rule } from '../../domain/rules/types';

/** The order kinds are offered in: the most common first. */
export const KIND_ORDER: readonly ChangeKind[] = [
  'ltft',
  'parental-leave',
  'sickness',
  'oopt',
  'oopr',
  'oope',
  'oopp',
  'oopc',
  'unpaid-leave',
];

export type KindHelp = {
  readonly name: string;
  /** One line under the choice: what it is and whether it counts. */
  readonly hint: string;
  /** The rules behind it, shown as sources on the period page. */
  readonly rules: readonly Rule<unknown>[];
  /** What it is in full, for the period page: the rules' notes unless said otherwise. */
  readonly notes?: readonly string[];
};

export const KIND_HELP: Readonly<Record<ChangeKind, KindHelp>> = {
  ltft: {
    name: PERIOD_NAMES.ltft,
    hint: 'Working part time. Each day counts at the percentage of full time you work.',
    rules: [ltftProRata, ltftMinimumWte, ltftNoticeEngland],
  },
  'parental-leave': {
    name: PERIOD_NAMES['parental-leave'],
    hint: 'Maternity, paternity, adoption or shared parental leave. Does not count towards training.',
    rules: [parentalLeaveDoesNotCount],
  },
  sickness: {
    name: PERIOD_NAMES.sickness,
    hint: `Does not move your date by itself, but ${absenceReview.value.days} days or more in ${absenceReview.value.windowMonths} months means it is reviewed (in Foundation, more than ${foundationAbsenceReview.value.days} days in a foundation year).`,
    rules: [absenceReview, foundationAbsenceReview],
    notes: [
      'Sickness does not move your CCT date by itself.',
      absenceReview.note,
      foundationAbsenceReview.note,
    ],
  },
  oopt: {
    name: PERIOD_NAMES.oopt,
    hint: 'Clinical training outside your programme. Counts in full if approved in advance.',
    rules: [ooptCounts, oopCreditNeedsApproval],
  },
  oopr: {
    name: PERIOD_NAMES.oopr,
    hint: 'Research. Only the share your specialty advisory committee approves counts.',
    rules: [ooprCredit, oopCreditNeedsApproval],
  },
  oope: {
    name: PERIOD_NAMES.oope,
    hint: 'Experience, such as a post abroad or a locum consultant post. Does not count towards training.',
    rules: [oopeDoesNotCount],
  },
  oopp: {
    name: PERIOD_NAMES.oopp,
    hint: 'A pause to work in an NHS post outside training, in England only. Does not count towards training.',
    rules: [ooppEngland],
  },
  oopc: {
    name: PERIOD_NAMES.oopc,
    hint: 'Time away for personal reasons. Does not count towards training.',
    rules: [oopcDoesNotCount],
  },
  'unpaid-leave': {
    name: PERIOD_NAMES['unpaid-leave'],
    hint: 'Unpaid or special leave. Does not count towards training.',
    rules: [unpaidLeaveDoesNotCount],
  },
};

/** The paragraphs that explain a kind on its period page. */
export function kindNotes(kind: ChangeKind): readonly string[] {
  const help = KIND_HELP[kind];
  return help.notes ?? help.rules.map((rule) => rule.note);
}

export function isChangeKind(value: unknown): value is ChangeKind {
  return (KIND_ORDER as readonly unknown[]).includes(value);
}
