/**
 * The kinds of period, by name alone: what the saved-data and link readers check a period's kind
 * against. Kept apart from kinds.ts, whose table carries every kind's rules, so reading a saved plan
 * on the start page does not load the part-time rules too (issue 14).
 */

/** Every kind, in the order the editor offers them: the most common first. */
export const CHANGE_KINDS = [
  'ltft',
  'parental-leave',
  'sickness',
  'oopt',
  'oopr',
  'oope',
  'oopp',
  'oopc',
  'unpaid-leave',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export function isChangeKind(value: unknown): value is ChangeKind {
  return typeof value === 'string' && (CHANGE_KINDS as readonly string[]).includes(value);
}
