import { type IsoDate, isoDate } from '../domain/dates';

/** Today's date on the person's own device, as the engine expects it. */
export function todayOnThisDevice(): IsoDate {
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
