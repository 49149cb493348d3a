import { describe, expect, it } from 'vitest';
import { ltftMinimumWte } from '../rules/ltft';
import {
  COMMON_WTE_PERCENTAGES,
  WTE_PERCENT_LIMITS,
  needsDeansAgreement,
  percentOf,
  readPercentage,
  readWtePercentage,
} from './percentage';
import { percent, share } from '../units';

describe('WTE percentages', () => {
  it('follow the rules: 20% absolute minimum, 50% usual minimum, up to full time', () => {
    expect(WTE_PERCENT_LIMITS).toEqual({
      minimum: percentOf(share(ltftMinimumWte.value.absoluteMinimum)),
      usualMinimum: percentOf(share(ltftMinimumWte.value.normalMinimum)),
      maximum: 100,
    });
    expect(WTE_PERCENT_LIMITS.minimum).toBe(20);
    expect(WTE_PERCENT_LIMITS.usualMinimum).toBe(50);
    for (const value of COMMON_WTE_PERCENTAGES)
      expect(needsDeansAgreement(percent(value))).toBe(false);
  });

  it('turns shares into percentages to one decimal place', () => {
    expect(percentOf(share(0.6))).toBe(60);
    expect(percentOf(share(0.625))).toBe(62.5);
    expect(percentOf(share(0.33))).toBe(33);
    expect(percentOf(share(1))).toBe(100);
  });
});

describe('readWtePercentage', () => {
  const read = (text: string) => readWtePercentage(text, 'Enter the percentage');

  it('reads 60, 60% and 62.5', () => {
    expect(read('60')).toEqual({ ok: true, percent: 60 });
    expect(read(' 60 % ')).toEqual({ ok: true, percent: 60 });
    expect(read('62.5')).toEqual({ ok: true, percent: 62.5 });
    expect(read('20')).toEqual({ ok: true, percent: 20 });
    expect(read('100')).toEqual({ ok: true, percent: 100 });
  });

  it('says what is wrong', () => {
    expect(read('')).toEqual({ ok: false, message: 'Enter the percentage' });
    expect(read('sixty')).toEqual({
      ok: false,
      message: 'The percentage must be a number, like 60',
    });
    expect(read('0.6')).toEqual({ ok: false, message: 'The percentage must be 20% or more' });
    expect(read('10')).toEqual({ ok: false, message: 'The percentage must be 20% or more' });
    expect(read('101')).toEqual({ ok: false, message: 'The percentage must be 100% or less' });
    expect(read('62.55')).toMatchObject({ ok: false });
  });

  it('flags percentages below 50% as needing the dean’s agreement, without refusing them', () => {
    expect(read('40')).toEqual({ ok: true, percent: 40 });
    expect(needsDeansAgreement(percent(40))).toBe(true);
    expect(needsDeansAgreement(percent(50))).toBe(false);
  });
});

describe('readPercentage', () => {
  it('takes its own limits and words', () => {
    const messages = { missing: 'Enter the credit', what: 'The credit', example: 50 };
    expect(readPercentage('0', { minimum: percent(0), maximum: percent(100) }, messages)).toEqual({
      ok: true,
      percent: 0,
    });
    expect(readPercentage('150', { minimum: percent(0), maximum: percent(100) }, messages)).toEqual(
      {
        ok: false,
        message: 'The credit must be 100% or less',
      },
    );
  });
});
