/**
 * A sourced statement: one sentence shown on the roles page, with where it comes from, when that was
 * checked and how far it can be trusted. The page shows nothing else as fact, and a test walks all the
 * content and fails on any statement without a known source or with a missing or future checked-on
 * date (statementProblems).
 */
import { type IsoDate, parseIsoDate, yearOf } from '../dates';
// The rules loaded so far, not the whole catalogue: pages using statements need no rule by id, and
// statementProblems' checks (content.test.ts) load the catalogue first.
import { findRule } from '../rules/registry';
import { isSourceId, type SourceId } from '../rules/sources';
import type { Confidence, Rule } from '../rules/types';

export type Statement = {
  /** Unique on the page, kebab-case. */
  readonly id: string;
  readonly text: string;
  readonly sourceId: SourceId;
  readonly alsoSourceIds?: readonly SourceId[];
  readonly checkedOn: IsoDate;
  readonly confidence: Confidence;
  /** The rule whose figures the text quotes, so the figure and its source cannot drift apart. */
  readonly ruleId?: string;
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
  rule: Rule<unknown>,
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

const CONFIDENCES: readonly unknown[] = ['high', 'medium', 'low'];

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Everything wrong with one statement, in plain English: no text, no known source, an unknown further
 * source, a missing, impossible or future checked-on date (after `today`, `YYYY-MM-DD`), an unknown
 * confidence, or a rule that does not exist or names a different source. Takes untrusted input, so the
 * test can feed it broken statements.
 */
export function statementProblems(value: unknown, today: string): string[] {
  if (!isRecord(value)) return ['is not a statement'];
  const problems: string[] = [];
  if (typeof value.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value.id))
    problems.push('has no kebab-case id');
  if (typeof value.text !== 'string' || value.text.trim().length < 3) problems.push('has no text');
  if (typeof value.sourceId !== 'string' || !isSourceId(value.sourceId))
    problems.push(`names no known source (${String(value.sourceId)})`);
  if (value.alsoSourceIds !== undefined) {
    if (!Array.isArray(value.alsoSourceIds))
      problems.push('has further sources that are not a list');
    else
      for (const id of value.alsoSourceIds as unknown[])
        if (typeof id !== 'string' || !isSourceId(id))
          problems.push(`names an unknown further source (${String(id)})`);
  }
  const checkedOn = parseIsoDate(value.checkedOn);
  if (checkedOn === null) problems.push('has no real checked-on date');
  else if (checkedOn > today) problems.push(`was checked on ${checkedOn}, after today (${today})`);
  if (!CONFIDENCES.includes(value.confidence)) problems.push('has no known confidence');
  if (value.ruleId !== undefined) {
    const rule = typeof value.ruleId === 'string' ? findRule(value.ruleId) : undefined;
    if (!rule) problems.push(`quotes a rule that does not exist (${String(value.ruleId)})`);
    else if (rule.sourceId !== value.sourceId)
      problems.push(`cites ${String(value.sourceId)} but its rule cites ${rule.sourceId}`);
  }
  if (
    value.figureYear !== undefined &&
    (typeof value.figureYear !== 'number' || !Number.isInteger(value.figureYear))
  )
    problems.push('has a figure year that is not a whole year');
  return problems;
}

/**
 * Every statement anywhere inside `content`: any object with a `text` and a `sourceId`, or with a
 * `text` alone (which then fails the check). Walks arrays and objects, so no statement can hide from
 * the test by sitting somewhere new.
 */
export function collectStatements(content: unknown): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!isRecord(value)) return;
    if ('text' in value) {
      found.push(value);
      return;
    }
    Object.values(value).forEach(visit);
  };
  visit(content);
  return found;
}
