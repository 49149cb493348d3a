/** Date helpers the tests share, worked out independently of src/domain/dates.ts where they check it. */
import type { IsoDate } from '../../src/domain/dates';

/** The text as an `IsoDate`, unchecked: a short name for the dates written into tests. */
export const d = (value: string): IsoDate => value as IsoDate;

/** Day of the week worked out with the platform's own UTC calendar, 0 = Sunday. */
export function platformWeekday(value: string): number {
  return new Date(`${value}T00:00:00Z`).getUTCDay();
}

/**
 * The latest calendar date anywhere right now (UTC+14), so a fact or statement checked "today" in the
 * UK never counts as being in the future, whatever the time zone of the machine running the tests.
 */
export function latestDateToday(): string {
  return new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
}
