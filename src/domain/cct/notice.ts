/**
 * Notice for less than full time training in England (rule `ltft-notice-england`): apply at least 16
 * weeks before the date you want to start.
 */
import { type IsoDate, addDays } from '../dates';
import { ltftNoticeEngland } from '../rules/ltft';

export type LtftNotice = {
  /** The last day to apply for a start on `start`: 16 weeks before it. */
  readonly applyBy: IsoDate;
  readonly weeks: number;
  /**
   * `in-time`: the apply-by date is today or later. `short`: it has passed but the period has not
   * started, so there is less notice than asked for. `started`: the period starts before today.
   */
  readonly status: 'in-time' | 'short' | 'started';
};

/** The last day to apply to start less than full time training on `start`. */
export function ltftNoticeDate(start: IsoDate): IsoDate {
  return addDays(start, -7 * ltftNoticeEngland.value.weeks);
}

/** When to apply for less than full time training starting on `start`, as seen on `today`. */
export function ltftNotice(start: IsoDate, today: IsoDate): LtftNotice {
  const applyBy = ltftNoticeDate(start);
  const status = start < today ? 'started' : applyBy < today ? 'short' : 'in-time';
  return { applyBy, weeks: ltftNoticeEngland.value.weeks, status };
}
