import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  academicYearOf,
  onWorkingDay,
  rotationDate,
  schoolLeavingYear,
  trainingYearOf,
} from './calendar';
import type { IsoDate } from './dates';
import { d, platformWeekday } from '../../tests/support/dates';

function dayBefore(value: string): IsoDate {
  return new Date(Date.parse(`${value}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10) as IsoDate;
}

/** The rotation dates listed in docs/timeline-rules.md (Calendar conventions). */
const CONTRACT_ROTATION_DATES =
  '2020-08-05, 2021-08-04, 2022-08-03, 2023-08-02, 2024-08-07, 2025-08-06, 2026-08-05, 2027-08-04, 2028-08-02, 2029-08-01, 2030-08-07, 2031-08-06, 2032-08-04, 2033-08-03, 2034-08-02, 2035-08-01, 2036-08-06, 2037-08-05, 2038-08-04, 2039-08-03, 2040-08-01, 2041-08-07, 2042-08-06, 2043-08-05, 2044-08-03, 2045-08-02, 2046-08-01, 2047-08-07, 2048-08-05, 2049-08-04, 2050-08-03, 2051-08-02, 2052-08-07, 2053-08-06, 2054-08-05, 2055-08-04, 2056-08-02, 2057-08-01, 2058-08-07, 2059-08-06, 2060-08-04'.split(
    ', ',
  );

describe('academicYearOf', () => {
  it.each([
    ['2026-08-31', 2025, 'the last day of the 2025 academic year'],
    ['2026-09-01', 2026, 'the first day of the 2026 academic year'],
    ['2026-09-02', 2026, 'the day after it starts'],
    ['2026-12-31', 2026, 'new year eve'],
    ['2027-01-01', 2026, 'new year day'],
    ['2027-08-31', 2026, 'the end of the next summer'],
    ['2024-02-29', 2023, '29 February'],
  ])('%s is in the academic year starting %i (%s)', (today, year) => {
    expect(academicYearOf(d(today))).toBe(year);
  });

  test.prop([fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 0, max: 364 })])(
    'every day from 1 September to the next 31 August is in the same academic year',
    (year, offset) => {
      const day = new Date(Date.UTC(year, 8, 1 + offset)).toISOString().slice(0, 10) as IsoDate;
      expect(academicYearOf(day)).toBe(year);
    },
  );
});

describe('trainingYearOf', () => {
  it.each([
    ['2026-08-04', 2025, 'the day before the 2026 rotation date'],
    ['2026-08-05', 2026, 'the 2026 rotation date'],
    ['2029-07-31', 2028, 'the day before the 2029 rotation date, in July'],
    ['2029-08-01', 2029, 'the 2029 rotation date, on 1 August'],
    ['2030-08-06', 2029, 'the day before the 2030 rotation date, 7 August'],
    ['2030-08-07', 2030, 'the 2030 rotation date, 7 August'],
    ['2026-11-25', 2026, 'late autumn'],
    ['2027-01-01', 2026, 'new year day'],
  ])('%s is in the training year starting %i (%s)', (today, year) => {
    expect(trainingYearOf(d(today))).toBe(year);
  });

  test.prop([fc.integer({ min: 2001, max: 2100 })])(
    'the year turns on the rotation date and not a day before',
    (year) => {
      const rotation = rotationDate(year);
      expect(trainingYearOf(rotation)).toBe(year);
      expect(trainingYearOf(dayBefore(rotation))).toBe(year - 1);
    },
  );
});

describe('rotationDate', () => {
  it.each(CONTRACT_ROTATION_DATES.map((date) => [Number(date.slice(0, 4)), date] as const))(
    'the %i rotation date is %s, as the contract lists',
    (year, expected) => {
      expect(rotationDate(year)).toBe(expected);
    },
  );

  test.prop([fc.integer({ min: 2000, max: 2100 })])(
    'is always a Wednesday from 1 to 7 August',
    (year) => {
      const date = rotationDate(year);
      expect(date.slice(0, 8)).toBe(`${year}-08-`);
      const day = Number(date.slice(8, 10));
      expect(day).toBeGreaterThanOrEqual(1);
      expect(day).toBeLessThanOrEqual(7);
      expect(platformWeekday(date)).toBe(3);
    },
  );
});

describe('schoolLeavingYear', () => {
  it.each([
    [2026, 13, 2027],
    [2026, 12, 2028],
    [2026, 11, 2029],
    [2026, 10, 2030],
    [2026, 9, 2031],
    [2030, 13, 2031],
  ])(
    'in the academic year starting %i, Year %i sits final exams in %i',
    (academicYear, yearGroup, expected) => {
      expect(schoolLeavingYear(academicYear, yearGroup)).toBe(expected);
    },
  );

  test.prop([fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 9, max: 12 })])(
    'a pupil one year group lower leaves one year later',
    (academicYear, yearGroup) => {
      expect(schoolLeavingYear(academicYear, yearGroup)).toBe(
        schoolLeavingYear(academicYear, yearGroup + 1) + 1,
      );
    },
  );

  test.prop([fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 9, max: 12 })])(
    'a pupil leaves in the same year after moving up a year group in the next academic year',
    (academicYear, yearGroup) => {
      expect(schoolLeavingYear(academicYear + 1, yearGroup + 1)).toBe(
        schoolLeavingYear(academicYear, yearGroup),
      );
    },
  );
});

describe('onWorkingDay', () => {
  it.each([
    ['2028-10-15', '2028-10-16'], // Sunday
    ['2033-10-15', '2033-10-17'], // Saturday
    ['2029-10-15', '2029-10-15'], // Monday
    ['2027-10-15', '2027-10-15'], // Friday
  ])('puts %s on %s', (date, expected) => {
    expect(onWorkingDay(date as IsoDate)).toBe(expected);
  });
});
