import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates';
import { isPastReview, rulesByReviewDate } from './due';
import { allRules } from './index';

const TODAY = '2026-12-07' as IsoDate;

describe('rules due for checking', () => {
  it('a rule is past review only after its review date', () => {
    expect(isPastReview('2027-02-01' as IsoDate, '2027-01-31' as IsoDate)).toBe(false);
    expect(isPastReview('2027-02-01' as IsoDate, '2027-02-01' as IsoDate)).toBe(false);
    expect(isPastReview('2027-02-01' as IsoDate, '2027-02-02' as IsoDate)).toBe(true);
  });

  it('lists every rule once, soonest first', () => {
    const reviews = rulesByReviewDate(allRules, TODAY);
    expect(reviews.map((review) => review.id).sort()).toEqual(
      allRules.map((rule) => rule.id).sort(),
    );
    const dates = reviews.map((review) => review.reviewBy);
    expect([...dates].sort()).toEqual(dates);
  });

  it('marks as due exactly the rules whose review date has passed', () => {
    const today = '2027-07-15' as IsoDate;
    for (const review of rulesByReviewDate(allRules, today))
      expect(review.due, review.id).toBe(review.reviewBy < today);
  });

  it('has nothing due on the day the facts were last checked, and every yearly date due within a year', () => {
    const reviews = rulesByReviewDate(allRules, TODAY);
    expect(reviews.filter((review) => review.due)).toEqual([]);
    const aYearOn = '2027-12-07' as IsoDate;
    expect(
      reviews.filter((review) => review.reviewBy > aYearOn).map((review) => review.id),
    ).toEqual([]);
  });

  it('dates that are published each year are due sooner than a year on', () => {
    const byId = new Map(rulesByReviewDate(allRules, TODAY).map((review) => [review.id, review]));
    for (const id of [
      'ucat-published-dates',
      'ucas-medicine-deadline',
      'foundation-application-window',
      'st4-application-window',
      'sce-diets',
    ])
      expect(byId.get(id)?.reviewBy ?? 'missing', id).toMatch(/^2027-(0\d|10)-/);
  });
});
