import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates';
import { ltftNoticeEngland } from '../rules/ltft';
import { ltftNotice, ltftNoticeDate } from './notice';

const d = (value: string): IsoDate => value as IsoDate;

describe('ltftNoticeDate', () => {
  it('is 16 weeks (112 days) before the start', () => {
    expect(ltftNoticeEngland.value.weeks).toBe(16);
    expect(ltftNoticeDate(d('2027-08-04'))).toBe('2027-04-14');
    // Across 29 February 2028: 1 March back to 1 November is 121 days.
    expect(ltftNoticeDate(d('2028-03-01'))).toBe('2027-11-10');
  });
});

describe('ltftNotice', () => {
  it('is in time while the apply-by date is today or later', () => {
    expect(ltftNotice(d('2027-08-04'), d('2026-11-25'))).toEqual({
      applyBy: '2027-04-14',
      weeks: 16,
      status: 'in-time',
    });
    expect(ltftNotice(d('2027-08-04'), d('2027-04-14')).status).toBe('in-time');
  });

  it('is short once the apply-by date has passed, until the period starts', () => {
    expect(ltftNotice(d('2027-08-04'), d('2027-04-15')).status).toBe('short');
    expect(ltftNotice(d('2027-08-04'), d('2027-08-04')).status).toBe('short');
    expect(ltftNotice(d('2027-08-04'), d('2027-08-05')).status).toBe('started');
  });
});
