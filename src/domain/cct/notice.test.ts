import { describe, expect, it } from 'vitest';
import { LTFT_NATIONS } from '../rules/ltft';
import { findRule } from '../rules';
import {
  applyByDate,
  formatNotice,
  formatNoticeLength,
  ltftNationOf,
  ltftNotice,
  ltftNoticeDate,
  ltftNoticeLength,
  ltftNoticeWarning,
  ltftRuleIdsFor,
  ltftRulesFor,
} from './notice';
import { d } from '../../../tests/support/dates';

describe('the rules chosen for each nation', () => {
  it('keeps England’s notice rule id, and gives each nation its own notice, eligibility and approval rules', () => {
    expect(ltftRulesFor('england').notice.id).toBe('ltft-notice-england');
    expect(ltftRulesFor('scotland').notice.id).toBe('ltft-notice-scotland');
    expect(ltftRulesFor('wales').notice.id).toBe('ltft-notice-wales');
    expect(ltftRulesFor('northern-ireland').notice.id).toBe('ltft-notice-northern-ireland');
    for (const nation of LTFT_NATIONS) {
      const ids = ltftRuleIdsFor(nation);
      expect(ids).toEqual([
        `ltft-eligibility-${nation}`,
        `ltft-approval-${nation}`,
        `ltft-notice-${nation}`,
      ]);
      // Every rule is in the registry, so the pages can show its source.
      for (const id of ids) expect(findRule(id)).toBeDefined();
    }
  });

  it('asks for 16 weeks in England, 3 months in Scotland and 4 months in Wales, and has no figure for Northern Ireland', () => {
    expect(ltftNoticeLength('england')).toEqual({ count: 16, unit: 'weeks' });
    expect(ltftNoticeLength('scotland')).toEqual({ count: 3, unit: 'months' });
    expect(ltftNoticeLength('wales')).toEqual({ count: 4, unit: 'months' });
    expect(ltftNoticeLength('northern-ireland')).toBeNull();
  });

  it('says England’s eligibility is any reason, and does not claim it for the other nations', () => {
    expect(ltftRulesFor('england').eligibility.value.reason).toBe('any');
    expect(ltftRulesFor('scotland').eligibility.value.reason).toBe('well-founded');
    expect(ltftRulesFor('wales').eligibility.value.reason).toBe('criteria');
    expect(ltftRulesFor('northern-ireland').eligibility.value.reason).toBeNull();
    expect(ltftRulesFor('northern-ireland').notice.note).toMatch(/^Pathway did not find/);
  });

  it('reads a nation from saved data, England when it names none', () => {
    expect(ltftNationOf('wales')).toBe('wales');
    expect(ltftNationOf(undefined)).toBe('england');
    expect(ltftNationOf('france')).toBe('england');
  });
});

describe('ltftNoticeDate', () => {
  it('is 16 weeks (112 days) before the start in England', () => {
    expect(ltftNoticeDate(d('2027-08-04'), 'england')).toBe('2027-04-14');
    // Across 29 February 2028: 1 March back to 1 November is 121 days.
    expect(ltftNoticeDate(d('2028-03-01'), 'england')).toBe('2027-11-10');
  });

  it('is 3 calendar months before the start in Scotland', () => {
    expect(ltftNoticeDate(d('2027-08-04'), 'scotland')).toBe('2027-05-04');
    // Into a new year, and from the 31st to the last day of a shorter month (29 February in 2028).
    expect(ltftNoticeDate(d('2027-02-01'), 'scotland')).toBe('2026-11-01');
    expect(ltftNoticeDate(d('2028-05-31'), 'scotland')).toBe('2028-02-29');
  });

  it('is 4 calendar months before the start in Wales', () => {
    expect(ltftNoticeDate(d('2027-08-04'), 'wales')).toBe('2027-04-04');
    expect(ltftNoticeDate(d('2027-06-30'), 'wales')).toBe('2027-02-28');
  });

  it('is not given for Northern Ireland, rather than England’s', () => {
    expect(ltftNoticeDate(d('2027-08-04'), 'northern-ireland')).toBeNull();
  });

  it('counts weeks as 7 days and months as calendar months', () => {
    expect(applyByDate(d('2027-01-10'), { count: 2, unit: 'weeks' })).toBe('2026-12-27');
    expect(applyByDate(d('2027-03-31'), { count: 1, unit: 'months' })).toBe('2027-02-28');
  });
});

describe('ltftNotice', () => {
  it('is in time while the apply-by date is today or later', () => {
    expect(ltftNotice(d('2027-08-04'), d('2026-11-25'), 'england')).toEqual({
      applyBy: '2027-04-14',
      length: { count: 16, unit: 'weeks' },
      status: 'in-time',
    });
    expect(ltftNotice(d('2027-08-04'), d('2027-04-14'), 'england')?.status).toBe('in-time');
    expect(ltftNotice(d('2027-08-04'), d('2027-05-04'), 'scotland')?.status).toBe('in-time');
  });

  it('is short once the apply-by date has passed, until the period starts', () => {
    expect(ltftNotice(d('2027-08-04'), d('2027-04-15'), 'england')?.status).toBe('short');
    expect(ltftNotice(d('2027-08-04'), d('2027-08-04'), 'england')?.status).toBe('short');
    expect(ltftNotice(d('2027-08-04'), d('2027-08-05'), 'england')?.status).toBe('started');
    // 15 April is in time in Scotland (apply by 4 May) but short in Wales (apply by 4 April).
    expect(ltftNotice(d('2027-08-04'), d('2027-04-15'), 'scotland')?.status).toBe('in-time');
    expect(ltftNotice(d('2027-08-04'), d('2027-04-15'), 'wales')?.status).toBe('short');
  });

  it('is null for Northern Ireland', () => {
    expect(ltftNotice(d('2027-08-04'), d('2026-11-25'), 'northern-ireland')).toBeNull();
  });
});

describe('the words', () => {
  it('name the notice as people say it', () => {
    expect(formatNoticeLength({ count: 16, unit: 'weeks' })).toBe('16 weeks');
    expect(formatNoticeLength({ count: 1, unit: 'months' })).toBe('1 month');
    expect(formatNotice({ count: 3, unit: 'months' })).toBe('3 months’ notice');
    expect(formatNotice({ count: 1, unit: 'months' })).toBe('1 month’s notice');
  });

  it('warn in the nation’s own terms, and not at all without a figure', () => {
    expect(ltftNoticeWarning('england')).toBe(
      'In England you need to give at least 16 weeks’ notice to train less than full time. Check the start date with your training programme director',
    );
    expect(ltftNoticeWarning('scotland')).toMatch(
      /^In Scotland you need to give at least 3 months’/,
    );
    expect(ltftNoticeWarning('wales')).toMatch(/^In Wales you should apply at least 4 months/);
    expect(ltftNoticeWarning('northern-ireland')).toBeNull();
  });
});
