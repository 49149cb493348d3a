/**
 * A sourced statement: one sentence shown on the roles page, with where it comes from, when that was
 * checked and how far it can be trusted. The page shows nothing else as fact, and a test walks all the
 * content and fails on any statement without a known source or with a missing or future checked-on
 * date (statementProblems, in statement-checks.ts).
 */
import { type IsoDate, yearOf } from '../dates';
import type { SourceId } from '../rules/sources';
import type { Confidence, RuleFacts, RuleId } from '../rules/types';

export type Statement = {
  /** Unique on the page, kebab-case. */
  readonly id: string;
  readonly text: string;
  readonly sourceId: SourceId;
  readonly alsoSourceIds?: readonly SourceId[];
  readonly checkedOn: IsoDate;
  readonly confidence: Confidence;
  /** The rule whose figures the text quotes, so the figure and its source cannot drift apart. */
  readonly ruleId?: RuleId;
  /** The year a dated figure describes. */
  readonly figureYear?: number;
};

/** Where a statement's source, date and confidence come from when it is not a rule. */
export type Citation = Pick<Statement, 'sourceId' | 'alsoSourceIds' | 'checkedOn' | 'confidence'>;

/** A statement citing a source directly. */
export function statement(id: string, text: string, citation: Citation): Statement {
  return { id, text, ...citation };
}

/** A statement that quotes a rule's figures: it carries the rule's source, date and confidence. */
export function fromRule(
  id: string,
  rule: RuleFacts<unknown>,
  text: string,
  extra: { readonly figureYear?: number } = {},
): Statement {
  return {
    id,
    text,
    sourceId: rule.sourceId,
    ...(rule.alsoSourceIds ? { alsoSourceIds: rule.alsoSourceIds } : {}),
    checkedOn: rule.checkedOn,
    confidence: rule.confidence,
    ruleId: rule.id,
    ...extra,
  };
}

/** A figure is marked old once it describes a year this many years or more before it was checked. */
export const OLD_FIGURE_AFTER_YEARS = 3;

/** Whether a dated figure is old: its year is 3 or more years before the statement was checked. */
export function isOldFigure(item: Statement): boolean {
  return (
    item.figureYear !== undefined &&
    yearOf(item.checkedOn) - item.figureYear >= OLD_FIGURE_AFTER_YEARS
  );
}
