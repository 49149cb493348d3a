import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates';
import type { ComparedDate } from './compare-routes';
import { describeComparedDifference } from './describe-difference';

function on(
  date: string,
  basis: ComparedDate['basis'] = 'estimate',
  precision: ComparedDate['precision'] = 'day',
): ComparedDate {
  return { date: date as IsoDate, basis, precision, age: 30, status: 'upcoming' };
}

describe('how far apart two compared dates are', () => {
  it.each([
    // IMT against ACCS-IM: one training year, 364 days, is about a year.
    ['2039-08-03', '2040-08-01', 'about 1 year later'],
    ['2040-08-01', '2039-08-03', 'about 1 year earlier'],
    ['2029-09-01', '2031-09-01', 'about 2 years later'],
    // Half a month or more counts as a month; less does not.
    ['2034-08-02', '2035-09-17', 'about 1 year and 2 months later'],
    ['2034-08-02', '2035-09-16', 'about 1 year and 1 month later'],
    ['2034-08-02', '2034-08-12', 'about the same time'],
    ['2034-08-02', '2034-08-02', 'the same date'],
    ['2034-08-02', '2035-02-01', 'about 6 months later'],
  ])('rounds estimates to the month: %s to %s is %s', (first, second, words) => {
    expect(describeComparedDifference(on(first), on(second))).toBe(words);
  });

  it('rounds to the year when either date is only known to the year', () => {
    expect(describeComparedDifference(on('2030-01-01', 'estimate', 'year'), on('2031-08-01'))).toBe(
      'about 2 years later',
    );
    expect(describeComparedDifference(on('2030-01-01', 'estimate', 'year'), on('2030-04-01'))).toBe(
      'about the same time',
    );
  });

  it('gives the exact difference between two published dates known to the day', () => {
    expect(
      describeComparedDifference(on('2026-10-15', 'published'), on('2027-10-15', 'published')),
    ).toBe('1 year later');
    expect(
      describeComparedDifference(on('2026-10-15', 'published'), on('2026-10-20', 'published')),
    ).toBe('5 days later');
    expect(
      describeComparedDifference(on('2026-10-15', 'published'), on('2026-10-15', 'published')),
    ).toBe('the same date');
  });

  it('rounds when only one of the dates is published', () => {
    expect(
      describeComparedDifference(on('2026-10-15', 'published'), on('2026-10-20', 'estimate')),
    ).toBe('about the same time');
  });
});
