/** Which rules are due to be checked again on a given day (each rule's `reviewBy`, rules/review.ts). */
import type { IsoDate } from '../dates';
import type { Rule } from './types';

/** A figure may be out of date once the day it was due to be checked again has passed. */
export function isPastReview(reviewBy: IsoDate, today: IsoDate): boolean {
  return today > reviewBy;
}

export type RuleReview = {
  readonly id: string;
  readonly title: string;
  readonly checkedOn: IsoDate;
  readonly reviewBy: IsoDate;
  /** True once `reviewBy` has passed on `today`. */
  readonly due: boolean;
};

/** Every rule with its review date, soonest first (ties by id, so the list is stable). */
export function rulesByReviewDate(
  rules: readonly Rule<unknown>[],
  today: IsoDate,
): readonly RuleReview[] {
  return rules
    .map(({ id, title, checkedOn, reviewBy }) => ({
      id,
      title,
      checkedOn,
      reviewBy,
      due: isPastReview(reviewBy, today),
    }))
    .sort((a, b) =>
      a.reviewBy === b.reviewBy ? a.id.localeCompare(b.id) : a.reviewBy < b.reviewBy ? -1 : 1,
    );
}
