/** The ST4 round's first offers deadline, by which the full MRCP(UK) diploma is needed. */
import { addDays, firstWeekdayOfMonth } from '../dates';
import { stFourFirstOffersDeadline } from '../rules/other-routes';
import type { MilestoneDraft } from './types';
import type { RuleId } from '../rules/types';

/**
 * The first offers deadline of the round for posts starting in August `startYear`, by which the full
 * MRCP(UK) diploma is needed: as published, else the third Thursday in April (rule
 * st4-first-offers-deadline), known to the month.
 */
export function firstOffersDeadline(startYear: number, ruleIds: readonly RuleId[]): MilestoneDraft {
  const { publishedByStartYear, projected } = stFourFirstOffersDeadline.value;
  const published = publishedByStartYear[startYear];
  if (published !== undefined)
    return {
      id: 'mrcp-complete-by',
      date: published,
      precision: 'day',
      basis: 'published',
      ruleIds,
    };
  const first = firstWeekdayOfMonth(startYear, projected.month, projected.weekday);
  return {
    id: 'mrcp-complete-by',
    date: addDays(first, 7 * (projected.occurrence - 1)),
    precision: 'month',
    basis: 'estimate',
    ruleIds,
  };
}
