/** What the entry-requirements check returns. See docs/entry-requirements.md. */
import type { RuleId } from '../rules/types';

export const ENTRY_STATUSES = ['meets', 'below', 'missing', 'not-given', 'info'] as const;

/**
 * - `meets`: the grades given meet the typical requirement (the lowest typical example).
 * - `below`: they fall short of it.
 * - `missing`: a subject most schools ask for is not among those given.
 * - `not-given`: the person has not told us this yet.
 * - `info`: something to know whatever the grades (the admissions test, the interview, options).
 */
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const ENTRY_ITEM_IDS = [
  'school-qualification',
  'a-level-grades',
  'scottish-highers',
  'advanced-highers',
  'ib-points',
  'ib-higher-level',
  'chemistry',
  'second-science',
  'practical-endorsement',
  'gcse-english-maths',
  'gcse-science',
  'gcse-top-grades',
  'national-5-top-grades',
  'degree-class',
  'degree-subject',
  'contextual-offers',
  'gateway-courses',
  'admissions-test',
  'interview',
  'ucas-choices',
  'where-to-check',
] as const;
export type EntryItemId = (typeof ENTRY_ITEM_IDS)[number];

export type EntryCheckItem = {
  readonly id: EntryItemId;
  /** Sentence case, no full stop. */
  readonly title: string;
  readonly status: EntryStatus;
  /** One or two short sentences. */
  readonly summary: string;
  /** More about the requirement: examples, options and caveats. */
  readonly detail?: string;
  /** The rules (in src/domain/rules) the item draws on, for their sources and checked-on dates. */
  readonly ruleIds: readonly RuleId[];
  /**
   * Set on contextual offers and gateway courses when school grades fall short of the typical offer,
   * so they can be shown next to the grades rather than at the end.
   */
  readonly prominent?: true;
};

export type EntryCheckResult = {
  readonly items: readonly EntryCheckItem[];
  /** Parts of the saved answers that could not be read and were left out, in plain English. */
  readonly unreadable: readonly string[];
};

/**
 * Where the person is and which course they are weighing: from the plan (`now.stage`,
 * `medicalSchoolRoute`), and the plan's `nation`, whose qualifications the check speaks of (England's
 * when it is left out).
 */
export type EntryContext = {
  readonly stage: string;
  readonly medicalSchoolRoute: string;
  readonly nation?: string;
};
