/**
 * What the engines' fuzz suites share (issue 15): hostile values of every kind a saved plan, a share
 * link or a form could carry, and a check that a result holds nothing impossible. The check is the
 * tests' own (dates by Date.UTC), independent of src/domain/dates.ts.
 */
import { fc } from '@fast-check/vitest';

/** Each fuzz suite runs this many inputs, from a fixed seed so a failure can be replayed. */
export const FUZZ_RUNS = { numRuns: 10_000 } as const;

/**
 * Each suite's time limit. Alone, 10,000 inputs take 1 to 5 s; with the full test run on a loaded
 * 2-core machine the pay suite has taken 17 s, past Vitest's 15 s for one test. Generous, not short.
 */
export const FUZZ_TIMEOUT = 120_000;

const DAY = 86_400_000;

/** A day (days since 1970) as `YYYY-MM-DD`, for years 0 to 9999. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function dayOfIso(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY
  );
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written `YYYY-MM-DD`, from 1900 to 2200. */
export function isRealDateInRange(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  // The last day of the month, by Date.UTC: day 0 of the next month.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Keys whose string values are dates, in every engine's results. */
const DATE_KEYS = new Set([
  'today',
  'cct',
  'fullTimeCct',
  'start',
  'end',
  'date',
  'endDate',
  'movedFromWeekend',
  'ifMadeUpCct',
  'tisStyleEstimate',
  'estimate',
  'programmeStart',
  'fullTimeStart',
  'fullTimeEnd',
  'fullTimeEndFromStart',
  'medicalSchoolStart',
  'dateOfBirth',
  'from',
  'to',
]);

/**
 * Every impossible value in a result, by path: a number that is not finite, a date that is not real or
 * is outside 1900 to 2200, and any text showing NaN, Infinity or "undefined". Functions (an accrual's
 * methods) are skipped. Paths are written only for what is found: a pay result has thousands of values.
 */
export function impossibleValues(value: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const keys: (string | number)[] = [];
  const here = (): string =>
    keys.reduce<string>(
      (path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`),
      'result',
    );
  const visit = (item: unknown, key: string): void => {
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) found.push(`${here()} is ${String(item)}`);
    } else if (typeof item === 'string') {
      if (DATE_KEYS.has(key)) {
        if (!isRealDateInRange(item)) found.push(`${here()} is "${item}"`);
      } else if (item.includes('NaN') || item.includes('Infinity') || item.includes('undefined'))
        found.push(`${here()} reads "${item}"`);
    } else if (typeof item === 'object' && item !== null && !seen.has(item)) {
      seen.add(item);
      if (Array.isArray(item)) {
        for (let index = 0; index < item.length; index += 1) {
          keys.push(index);
          visit(item[index], key);
          keys.pop();
        }
      } else {
        for (const name in item) {
          if (!Object.hasOwn(item, name)) continue;
          keys.push(name);
          visit((item as Readonly<Record<string, unknown>>)[name], name);
          keys.pop();
        }
      }
    }
  };
  visit(value, '');
  return found;
}

/** Numbers that broke the engines or might: tiny, huge, not finite, negative zero, near the limits. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    0.000001,
    0.00001,
    1e-9,
    1e-12,
    Number.MIN_VALUE,
    Number.EPSILON,
    0.0009,
    0.001,
    0.0011,
    0.19999,
    0.2,
    0.5,
    0.6,
    0.8,
    1,
    1.0000001,
    2,
    -1,
    Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER,
    NaN,
    Infinity,
    -Infinity,
  ),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double(),
  fc.constantFrom('0.5', '', null, undefined, true, {}, []),
);

/** The shares a saved period really holds: percentages to one decimal place, and 0. */
export const likelyShare: fc.Arbitrary<number> = fc
  .integer({ min: 0, max: 1000 })
  .map((permille) => permille / 1000);

/** Date strings the engines must refuse, beside real ones: out of range, impossible, not dates. */
export const hostileDateText: fc.Arbitrary<unknown> = fc.constantFrom(
  '1899-12-31',
  '2201-01-01',
  '0000-01-01',
  '9999-12-31',
  'NaN-NaN-NaN',
  '2026-02-30',
  '2026-13-01',
  '2026-8-5',
  '20260805',
  '',
  ' 2026-08-05',
  null,
  undefined,
  20_260_805,
  NaN,
);

/** A real date from `first` to `last` (inclusive, as `YYYY-MM-DD`). */
export function dateBetween(first: string, last: string): fc.Arbitrary<string> {
  return fc.integer({ min: dayOfIso(first), max: dayOfIso(last) }).map(isoOfDay);
}

/** Mostly real dates near `around`'s range, sometimes at or past the edges, sometimes not dates. */
export function fuzzDate(first: string, last: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: dateBetween(first, last) },
    { weight: 1, arbitrary: dateBetween('1895-01-01', '1905-12-31') },
    { weight: 1, arbitrary: dateBetween('2195-01-01', '2205-12-31') },
    { weight: 1, arbitrary: hostileDateText },
  );
}
