/** Saved data written as the stores write it to storage, for tests that put it there themselves. */
import { PART_TIME_SCHEMA_VERSION } from '../../src/domain/plan/saved-part-time-format';
import { PLANS_SCHEMA_VERSION } from '../../src/domain/plan/saved-plans-format';

/** Saved plans as stored: the state and its format's version (today's unless given). */
export function savedPlansText(state: unknown, version: unknown = PLANS_SCHEMA_VERSION): string {
  return JSON.stringify({ state, version });
}

/** Saved part-time data as stored: the state and its format's version (today's unless given). */
export function savedPartTimeText(
  state: unknown,
  version: unknown = PART_TIME_SCHEMA_VERSION,
): string {
  return JSON.stringify({ state, version });
}
