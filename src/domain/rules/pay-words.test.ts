/**
 * The pay rules' figures (pay.ts, what the pay page loads) and their words (pay-words.ts, for the
 * catalogue) are kept apart (issue 14); the catalogue must still hold each pay rule whole.
 */
import { describe, expect, it } from 'vitest';
import * as pay from './pay';
import './pay-topic';
import { allRules, findRule } from './index';
import { registerRules, rulesIn } from './registry';

describe('pay rules and their words', () => {
  const payRules = rulesIn(pay);

  it('the catalogue has every pay rule with a title, a note and the figures of pay.ts', () => {
    expect(payRules.length).toBeGreaterThan(30);
    for (const rule of payRules) {
      const whole = allRules.find((candidate) => candidate.id === rule.id);
      expect(whole?.title, rule.id).toMatch(/\S/);
      expect(whole?.note, rule.id).toMatch(/\S/);
      expect(whole?.value, rule.id).toBe(rule.value);
      expect(whole?.sourceId, rule.id).toBe(rule.sourceId);
    }
  });

  it('finding a pay rule by id gives it whole once the catalogue has loaded, with the pay engine too', () => {
    // The pay engine's rules registered again after the catalogue's: the whole ones are kept.
    registerRules(pay);
    for (const rule of payRules) expect(findRule(rule.id), rule.id).toHaveProperty('note');
  });

  it('the pay page loads no words but the one note it shows', () => {
    const worded = payRules.filter((rule) => 'note' in rule).map((rule) => rule.id);
    expect(worded).toEqual([pay.notInTrainingPay.id]);
  });
});
