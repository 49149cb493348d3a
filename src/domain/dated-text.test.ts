import { describe, expect, it } from 'vitest';
import { formatDated } from './dated-text';
import { d } from '../../tests/support/dates';

describe('formatDated', () => {
  it.each([
    [{ date: d('2028-10-15'), precision: 'day' as const }, '15 October 2028'],
    [{ date: d('2029-09-01'), precision: 'month' as const }, 'September 2029'],
    [{ date: d('2030-06-01'), precision: 'year' as const }, '2030'],
    [
      { date: d('2028-11-01'), endDate: d('2029-03-31'), precision: 'month' as const },
      'November 2028 to March 2029',
    ],
    [
      { date: d('2033-09-20'), endDate: d('2033-10-04'), precision: 'month' as const },
      'September to October 2033',
    ],
    [
      { date: d('2033-09-20'), endDate: d('2033-10-04'), precision: 'day' as const },
      '20 September 2033 to 4 October 2033',
    ],
    [
      { date: d('2038-11-01'), endDate: d('2038-11-30'), precision: 'month' as const },
      'November 2038',
    ],
  ])('writes %j as "%s"', (dated, expected) => {
    expect(formatDated(dated)).toBe(expected);
  });
});
