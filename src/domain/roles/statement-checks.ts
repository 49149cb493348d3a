/**
 * The checks a test runs on every statement (content.test.ts), on their own so the pages that show
 * statements do not load the sources catalogue they look sources up in (issue 14).
 */
import { parseIsoDate } from '../dates';
// The rules loaded so far, not the whole catalogue: the checks (content.test.ts) load it first.
import { findRule } from '../rules/registry';
import { isSourceId } from '../rules/sources';

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
