/**
 * Schemas every rule, source and conflict must parse under. The data is static, so the check runs in
 * the test suite (rules.test.ts) rather than in the browser.
 */
import * as z from 'zod/mini';
import { daysInMonth, parseIsoDate } from '../dates';
import { isSourceId } from './sources';

const isoDateString = z
  .string()
  .check(
    z.refine((value) => parseIsoDate(value) !== null, 'must be a real date written YYYY-MM-DD'),
  );

const knownSourceId = z.string().check(z.refine(isSourceId, 'must name a source in sources.ts'));

const confidence = z.enum(['high', 'medium', 'low']);

/** A leap year, so 29 February counts as a real day of the year. */
const LEAP_YEAR = 2024;

/** Any `{ month, day }` inside a rule's value must be a real day of the year (29 February allowed). */
function monthDaysAreValid(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(monthDaysAreValid);
  if (value === null || typeof value !== 'object') return true;
  const record = value as Record<string, unknown>;
  const { month, day } = record;
  if (typeof month === 'number' && typeof day === 'number') {
    return (
      Number.isInteger(month) &&
      month >= 1 &&
      month <= 12 &&
      Number.isInteger(day) &&
      day >= 1 &&
      day <= daysInMonth(LEAP_YEAR, month)
    );
  }
  return Object.values(record).every(monthDaysAreValid);
}

/** Any `YYYY-MM-DD` string inside a rule's value must be a real date. */
function isoStringsAreValid(value: unknown): boolean {
  if (typeof value === 'string')
    return !/^\d{4}-\d{2}-\d{2}$/.test(value) || parseIsoDate(value) !== null;
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value as Record<string, unknown>).every(isoStringsAreValid);
}

export const ruleSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')),
    title: z.string().check(z.minLength(3)),
    value: z.unknown().check(
      z.refine((value) => value !== undefined, 'is missing'),
      z.refine(monthDaysAreValid, 'contains an impossible month and day'),
      z.refine(isoStringsAreValid, 'contains an impossible date'),
    ),
    sourceId: knownSourceId,
    alsoSourceIds: z.optional(z.array(knownSourceId)),
    checkedOn: isoDateString,
    reviewBy: isoDateString,
    confidence,
    note: z.string().check(z.minLength(10)),
  })
  .check(
    z.refine(
      (rule) => rule.reviewBy > rule.checkedOn,
      'must be due for review (reviewBy) after the date it was checked',
    ),
  );

export const sourceSchema = z.object({
  title: z.string().check(z.minLength(3)),
  publisher: z.string().check(z.minLength(2)),
  url: z
    .string()
    .check(z.regex(/^(https?:\/\/[^\s]+|\/[^\s]*)$/, 'must be a web address or an app path')),
  checkedOn: isoDateString,
  kind: z.enum(['official', 'secondary', 'copy', 'derived']),
});

export const conflictSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')),
  title: z.string().check(z.minLength(3)),
  claims: z
    .array(z.object({ sourceId: knownSourceId, says: z.string().check(z.minLength(5)) }))
    .check(z.minLength(2, 'a conflict needs at least two claims')),
  resolution: z.string().check(z.minLength(10)),
  followsSourceId: knownSourceId,
  checkedOn: isoDateString,
  confidence,
});
