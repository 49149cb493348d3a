/**
 * The two small checks the stores use on every load and save: whether two saved values are the same,
 * and which plan to open. Kept apart from the two-tab merges (plans-merge.ts, part-time-merge.ts),
 * which the stores load only when a save or another tab's change needs them (issue 14).
 */
import type { SavedPlan } from './saved-shapes';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality for JSON-like values, ignoring key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameJson(item, b[index]))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameJson(a[key], b[key])) return false;
  return true;
}

/** The first of `preferred` that names one of `plans`, else the first plan, else null. */
export function pickActivePlanId(
  plans: readonly SavedPlan[],
  ...preferred: readonly (string | null)[]
): string | null {
  for (const id of preferred) {
    if (id !== null && plans.some((plan) => plan.id === id)) return id;
  }
  return plans[0]?.id ?? null;
}
