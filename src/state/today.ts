import { useState } from 'react';
import { type IsoDate, isoDate } from '../domain/dates';

/** Today's date on the person's own device, as the engine expects it. */
export function todayOnThisDevice(): IsoDate {
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Today's date, read once when the page opens so dates do not shift while someone reads. */
export function useToday(): IsoDate {
  const [today] = useState(todayOnThisDevice);
  return today;
}
