import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  type DayNumber,
  type IsoDate,
  OPEN_ENDED,
  addDays,
  addMonths,
  addYears,
  ageOn,
  dateOfDayNumber,
  dayNumber,
  dayNumberOf,
  daysInMonth,
  endOfMonth,
  firstWeekdayOfMonth,
  formatLongDate,
  formatMonthYear,
  inclusiveDays,
  isLeapYear,
  isoDate,
  monthName,
  parseIsoDate,
  plusDays,
  weekdayOf,
  weekdayOfDayNumber,
} from './dates';
import { d, platformWeekday } from '../../tests/support/dates';

const day = (value: number) => value as DayNumber;

/** The accepted set worked out another way: ASCII `YYYY-MM-DD` whose parts survive a UTC round trip. */
function platformParse(value: unknown): string | null {
  if (typeof value !== 'string' || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return null;
  const [year = 0, month = 0, dayOfMonth = 0] = value.split('-').map(Number);
  if (year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  const same =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === dayOfMonth;
  return same ? value : null;
}

/** Dates from 1 January 1990 to 31 December 2100, generated as a day count so they are always real. */
const realDate = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10) as IsoDate);

describe('parseIsoDate', () => {
  it.each([
    ['2026-10-15'],
    ['2000-01-01'],
    ['2026-12-31'],
    ['2024-02-29'],
    ['2000-02-29'],
    ['2026-04-30'],
    ['2026-02-28'],
  ])('accepts the real date %s and returns it unchanged', (value) => {
    expect(parseIsoDate(value)).toBe(value);
  });

  it.each([
    ['2026-02-29', '29 February in a common year'],
    ['2025-02-29', '29 February in a common year'],
    ['2100-02-29', '29 February in a century year that is not a leap year'],
    ['1900-02-29', '29 February in 1900, not a leap year'],
    ['2026-02-30', '30 February'],
    ['2026-04-31', '31 April'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
  ])('rejects the impossible date %s (%s)', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it.each([
    ['2026-1-01'],
    ['2026-01-1'],
    ['26-01-01'],
    ['2026/01/01'],
    ['01-10-2026'],
    ['15/10/2026'],
    ['20261015'],
    ['2026-10-15T00:00:00Z'],
    [' 2026-10-15'],
    ['2026-10-15 '],
    ['2026-10-15\n'],
    ['15 October 2026'],
    ['２０２６-１０-１５'],
    [''],
  ])('rejects the wrongly written date %j', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 20261015],
    ['a Date', new Date(Date.UTC(2026, 9, 15))],
    ['an object', { year: 2026, month: 10, day: 15 }],
    ['an array', ['2026-10-15']],
    ['a boolean', true],
  ])('rejects %s', (_label, value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  test.prop([realDate])('accepts every real date it is given', (value) => {
    expect(parseIsoDate(value)).toBe(value);
  });

  it.each(['2026-08-05', '2028-02-29', '2000-02-29', '1900-01-01', '2200-12-31'])(
    'reads %s',
    (date) => {
      expect(parseIsoDate(date)).toBe(date);
    },
  );

  it.each([
    '2027-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-13-01',
    '1899-12-31',
    '2201-01-01',
    '2026-8-5',
    '2026-08-05T00:00',
    ' 2026-08-05',
    '2026/08/05',
    '２０２６-08-05',
  ])('rejects %s', (date) => {
    expect(parseIsoDate(date)).toBeNull();
  });

  test.prop([
    fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.integer({ min: 1890, max: 2210 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(
          ([year, month, day]) =>
            `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        ),
      fc.anything(),
    ),
  ])(
    'accepts exactly what the platform calendar reads back unchanged, years 1900 to 2200',
    (value) => {
      expect(parseIsoDate(value)).toBe(platformParse(value));
    },
  );
});

describe('day numbers', () => {
  it('counts days from 1 January 1970', () => {
    expect(dayNumber(d('1970-01-01'))).toBe(0);
    expect(dayNumber(d('2026-08-05'))).toBe(20670);
    expect(dayNumberOf(2026, 8, 5)).toBe(20670);
    expect(dateOfDayNumber(day(20670))).toBe('2026-08-05');
    expect(dateOfDayNumber(day(-1))).toBe('1969-12-31');
    expect(plusDays(day(20670), -20671)).toBe(-1);
  });

  it('counts spans inclusively, as cct-calc-core does', () => {
    expect(inclusiveDays(d('2026-01-01'), d('2026-01-11'))).toBe(11);
    expect(inclusiveDays(d('2026-06-15'), d('2026-06-15'))).toBe(1);
    expect(inclusiveDays(d('2026-03-01'), d('2026-03-31'))).toBe(31);
    expect(inclusiveDays(d('2026-01-25'), d('2026-02-05'))).toBe(12);
    expect(inclusiveDays(d('2028-02-01'), d('2028-03-01'))).toBe(30);
  });

  it('ends an open-ended period after every day', () => {
    expect(OPEN_ENDED > dayNumber(d('2200-12-31'))).toBe(true);
  });

  test.prop([fc.integer({ min: -25_000, max: 84_000 })])('round-trips', (value) => {
    expect(dayNumber(dateOfDayNumber(day(value)))).toBe(value);
  });

  test.prop([fc.integer({ min: -25_000, max: 84_000 })])('agrees with Date', (value) => {
    const iso = new Date(value * 86_400_000).toISOString().slice(0, 10);
    expect(dateOfDayNumber(day(value))).toBe(iso);
    expect(dayNumber(d(iso))).toBe(value);
    expect(weekdayOfDayNumber(day(value))).toBe(platformWeekday(iso));
  });
});

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('%i: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2026, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  test.prop([fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 })])(
    'agrees with the platform calendar',
    (year, month) => {
      expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    },
  );
});

describe('addDays', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2039-08-03', -1, '2039-08-02'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2026-10-15', 0, '2026-10-15'],
  ])('%s + %i days is %s', (date, days, expected) => {
    expect(addDays(d(date), days)).toBe(expected);
  });

  test.prop([realDate, fc.integer({ min: -4000, max: 4000 })])(
    'adding and then taking away the same days gives back the date',
    (date, days) => {
      expect(addDays(addDays(date, days), -days)).toBe(date);
    },
  );

  test.prop([realDate])('the next day is always a real date one day later', (date) => {
    const next = addDays(date, 1);
    expect(parseIsoDate(next)).toBe(next);
    expect(next > date).toBe(true);
    expect((platformWeekday(date) + 1) % 7).toBe(platformWeekday(next));
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-10-31', 1, '2026-11-30'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2025-12-10', 9, '2026-09-10'],
    ['2025-12-10', -9, '2025-03-10'],
    ['2026-09-16', 9, '2027-06-16'],
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-01-15', 0, '2026-01-15'],
  ])('%s + %i months is %s', (date, months, expected) => {
    expect(addMonths(d(date), months)).toBe(expected);
  });

  test.prop([realDate, fc.integer({ min: -120, max: 120 })])(
    'lands in the right month, on the same day or the last day of a shorter month',
    (date, months) => {
      const result = addMonths(date, months);
      const year = Number(date.slice(0, 4));
      const month = Number(date.slice(5, 7));
      const day = Number(date.slice(8, 10));
      const index = year * 12 + (month - 1) + months;
      const expectedYear = Math.floor(index / 12);
      const expectedMonth = (index % 12) + 1;
      const lastDay = new Date(Date.UTC(expectedYear, expectedMonth, 0)).getUTCDate();
      expect(result).toBe(isoDate(expectedYear, expectedMonth, Math.min(day, lastDay)));
    },
  );
});

describe('addYears', () => {
  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2039-08-03', 4, '2043-08-03'],
    ['2026-12-31', 1, '2027-12-31'],
    ['2026-03-01', -2, '2024-03-01'],
  ])('%s + %i years is %s', (date, years, expected) => {
    expect(addYears(d(date), years)).toBe(expected);
  });
});

describe('weekdayOf and firstWeekdayOfMonth', () => {
  it.each([
    ['2024-08-07', 3],
    ['2026-10-15', 4],
    ['2000-01-01', 6],
    ['2026-11-25', 3],
    ['2026-08-01', 6],
  ])('%s falls on weekday %i', (date, weekday) => {
    expect(weekdayOf(d(date))).toBe(weekday);
  });

  // The first Wednesday in August: the training rotation date listed in docs/timeline-rules.md.
  it.each([
    [2020, '2020-08-05'],
    [2021, '2021-08-04'],
    [2022, '2022-08-03'],
    [2023, '2023-08-02'],
    [2024, '2024-08-07'],
    [2025, '2025-08-06'],
    [2026, '2026-08-05'],
    [2029, '2029-08-01'],
    [2030, '2030-08-07'],
    [2039, '2039-08-03'],
    [2040, '2040-08-01'],
    [2041, '2041-08-07'],
  ])('the first Wednesday in August %i is %s', (year, expected) => {
    expect(firstWeekdayOfMonth(year, 8, 3)).toBe(expected);
  });

  it.each([
    [2025, 9, 1, '2025-09-01', 'a month that starts on that weekday'],
    [2026, 2, 0, '2026-02-01', 'a month that starts on a Sunday'],
    [2026, 2, 6, '2026-02-07', 'the Saturday six days in'],
    [2026, 8, 5, '2026-08-07', 'the Friday six days in'],
    [2026, 8, 6, '2026-08-01', 'a Saturday on the 1st'],
  ])('%i-%i weekday %i is %s (%s)', (year, month, weekday, expected) => {
    expect(firstWeekdayOfMonth(year, month, weekday)).toBe(expected);
  });

  test.prop([
    fc.integer({ min: 1990, max: 2100 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 0, max: 6 }),
  ])('is the given weekday, within the first 7 days of the month', (year, month, weekday) => {
    const result = firstWeekdayOfMonth(year, month, weekday);
    expect(result.slice(0, 7)).toBe(`${year}-${String(month).padStart(2, '0')}`);
    const day = Number(result.slice(8, 10));
    expect(day).toBeGreaterThanOrEqual(1);
    expect(day).toBeLessThanOrEqual(7);
    expect(platformWeekday(result)).toBe(weekday);
  });
});

describe('ageOn', () => {
  it.each([
    ['2008-07-19', '2026-07-18', 17, 'the day before the 18th birthday'],
    ['2008-07-19', '2026-07-19', 18, 'the 18th birthday'],
    ['2008-07-19', '2026-07-20', 18, 'the day after the 18th birthday'],
    ['2008-01-01', '2025-12-31', 17, 'new year eve before the birthday'],
    ['2008-12-31', '2026-12-30', 17, 'a birthday on 31 December, the day before'],
    ['2008-12-31', '2026-12-31', 18, 'a birthday on 31 December'],
    ['2008-02-29', '2026-02-28', 17, '29 February birth on 28 February of a common year'],
    ['2008-02-29', '2026-03-01', 18, '29 February birth on 1 March of a common year'],
    ['2008-02-29', '2028-02-28', 19, '29 February birth on 28 February of a leap year'],
    ['2008-02-29', '2028-02-29', 20, '29 February birth on 29 February of a leap year'],
    ['2008-03-01', '2028-02-29', 19, '1 March birth on 29 February of a leap year'],
    ['1956-11-25', '2026-11-25', 70, 'the 70th birthday'],
    ['2026-11-25', '2026-11-25', 0, 'the day of birth'],
  ])('born %s, on %s is %i (%s)', (dateOfBirth, date, age) => {
    expect(ageOn(d(dateOfBirth), d(date))).toBe(age);
  });

  test.prop([realDate, fc.integer({ min: 0, max: 80 })])(
    'is the number of birthdays passed, counting 1 March for 29 February in common years',
    (dateOfBirth, years) => {
      const birthYear = Number(dateOfBirth.slice(0, 4));
      const year = birthYear + years;
      const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const birthday =
        dateOfBirth.slice(5) === '02-29' && !isLeap(year)
          ? `${year}-03-01`
          : `${year}${dateOfBirth.slice(4)}`;
      const eve = new Date(Date.parse(`${birthday}T00:00:00Z`) - 86_400_000)
        .toISOString()
        .slice(0, 10);
      expect(ageOn(dateOfBirth, d(birthday))).toBe(years);
      expect(ageOn(dateOfBirth, d(eve))).toBe(years - 1);
    },
  );
});

describe('endOfMonth', () => {
  it.each([
    ['2024-02-10', '2024-02-29'],
    ['2026-02-01', '2026-02-28'],
    ['2000-02-15', '2000-02-29'],
    ['2100-02-15', '2100-02-28'],
    ['2026-04-30', '2026-04-30'],
    ['2026-09-01', '2026-09-30'],
    ['2026-12-05', '2026-12-31'],
    ['2026-01-31', '2026-01-31'],
  ])('the month of %s ends on %s', (date, expected) => {
    expect(endOfMonth(d(date))).toBe(expected);
  });

  test.prop([realDate])('is in the same month and the next day starts a new month', (date) => {
    const end = endOfMonth(date);
    expect(end.slice(0, 7)).toBe(date.slice(0, 7));
    expect(end >= date).toBe(true);
    expect(new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).getUTCDate()).toBe(1);
  });
});

describe('formatLongDate and formatMonthYear', () => {
  it.each([
    ['2027-10-15', '15 October 2027'],
    ['2026-08-05', '5 August 2026'],
    ['2024-02-29', '29 February 2024'],
    ['2043-08-02', '2 August 2043'],
    ['2027-01-01', '1 January 2027'],
    ['2026-12-31', '31 December 2026'],
  ])('%s is written "%s"', (date, expected) => {
    expect(formatLongDate(d(date))).toBe(expected);
  });

  it.each([
    ['2027-10-15', 'October 2027'],
    ['2028-03-01', 'March 2028'],
    ['2026-12-31', 'December 2026'],
  ])('%s is written "%s" to the month', (date, expected) => {
    expect(formatMonthYear(d(date))).toBe(expected);
  });

  it('writes every valid date as Intl.DateTimeFormat en-GB does, which it replaced (issue 14)', () => {
    const long = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const monthYear = new Intl.DateTimeFormat('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const first = dayNumber(d('1900-01-01'));
    const last = dayNumber(d('2200-12-31'));
    for (let day = first; day <= last; day = plusDays(day, 1)) {
      const date = dateOfDayNumber(day);
      const time = Date.parse(`${date}T00:00:00Z`);
      if (formatLongDate(date) !== long.format(time))
        expect(formatLongDate(date)).toBe(long.format(time));
      if (formatMonthYear(date) !== monthYear.format(time))
        expect(formatMonthYear(date)).toBe(monthYear.format(time));
    }
  });
});

describe('monthName', () => {
  it('names a month as the dates are written, and gives nothing for a number that is not a month', () => {
    expect([1, 3, 10, 12].map(monthName)).toEqual(['January', 'March', 'October', 'December']);
    expect(monthName(8)).toBe(formatMonthYear(d('2026-08-05')).split(' ')[0]);
    expect([0, 13, 1.5, Number.NaN].map(monthName)).toEqual(['', '', '', '']);
  });
});

describe('date arithmetic in any time zone', () => {
  // Zones with daylight saving that starts or ends at midnight (Santiago, Havana), half-hour shifts
  // (Lord Howe) and the furthest offsets from UTC (+14 and −11).
  const zones = [
    'UTC',
    'Europe/London',
    'America/New_York',
    'America/Santiago',
    'America/Havana',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ];

  function inZone<T>(zone: string, run: () => T): T {
    const original = process.env.TZ;
    process.env.TZ = zone;
    try {
      return run();
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  }

  function shiftedDays(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  }

  function shiftedMonths(date: string, months: number): string {
    const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return isoDate(year, month, Math.min(Number(date.slice(8, 10)), lastDay));
  }

  it('switching the time zone takes effect, so the checks below run in each zone', () => {
    const offsets = zones.map((zone) =>
      inZone(zone, () => new Date(2026, 0, 1).getTimezoneOffset()),
    );
    expect(new Set(offsets).size).toBeGreaterThan(4);
  });

  it.each(zones)('midnight changes of the clocks do not move dates in %s', (zone) => {
    inZone(zone, () => {
      for (const date of [
        '2026-03-08',
        '2026-03-29',
        '2026-04-05',
        '2026-09-06',
        '2026-10-04',
        '2026-10-25',
        '2026-11-01',
      ]) {
        expect(addDays(d(date), 0)).toBe(date);
        expect(addDays(d(date), 1)).toBe(shiftedDays(date, 1));
        expect(addDays(d(date), -1)).toBe(shiftedDays(date, -1));
        expect(addMonths(d(date), 1)).toBe(shiftedMonths(date, 1));
        expect(addYears(d(date), 4)).toBe(shiftedMonths(date, 48));
      }
      expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
      expect(addMonths(d('2026-01-31'), 1)).toBe('2026-02-28');
    });
  });

  it('is not thrown by a day that a time zone skipped (Kiritimati had no 31 December 1994)', () => {
    inZone('Pacific/Kiritimati', () => {
      expect(addMonths(d('1990-01-01'), 59)).toBe('1994-12-01');
      expect(addDays(d('1994-12-30'), 1)).toBe('1994-12-31');
      expect(addDays(d('1994-12-31'), 1)).toBe('1995-01-01');
      expect(addYears(d('1993-12-31'), 1)).toBe('1994-12-31');
    });
  });

  test.prop([fc.constantFrom(...zones), realDate, fc.integer({ min: -400, max: 400 })])(
    'adds days, months and years to the same calendar dates as in UTC',
    (zone, date, amount) => {
      inZone(zone, () => {
        expect(addDays(date, amount)).toBe(shiftedDays(date, amount));
        expect(addMonths(date, amount % 121)).toBe(shiftedMonths(date, amount % 121));
        expect(addYears(date, amount % 41)).toBe(shiftedMonths(date, (amount % 41) * 12));
      });
    },
  );
});
