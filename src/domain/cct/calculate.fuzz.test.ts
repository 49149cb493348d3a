/**
 * Fuzzing the CCT engine, the two layers included, and the direct calculator (issue 15): 10,000 inputs
 * each, from fixed seeds. Whatever comes in, the engine never throws, and answers either with errors
 * that each name a field or with a result whose every date is real and within 1900 to 2200 and whose
 * every number is finite. Before issue 15, 55 of 10,000 such inputs gave dates such as year 3,483,296
 * or "NaN-NaN-NaN" (an open-ended OOPR with a credit of 0.000001).
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { calculateCct } from './calculate';
import { CHANGE_KINDS } from './kinds';
import { type SavedDirectAnswers, calculateDirect, directAnswersFrom } from './direct';
import type { CctIssue, CctResult } from './types';
import type { IsoDate } from '../dates';
import {
  FUZZ_RUNS,
  FUZZ_TIMEOUT,
  dateBetween,
  dayOfIso,
  fuzzDate,
  hostileNumber,
  impossibleValues,
  isoOfDay,
  likelyShare,
} from '../../../tests/support/fuzz';

/** What each error must do: name a field, say something, and locate a period's issue in the list. */
function badIssues(issues: readonly CctIssue[], count: number): string[] {
  const bad: string[] = [];
  for (const issue of issues) {
    if (typeof issue.field !== 'string' || issue.field.length === 0)
      bad.push('an issue with no field');
    if (typeof issue.message !== 'string' || !/[.!?]$/.test(issue.message))
      bad.push(`${issue.field}: "${issue.message}" is not a sentence`);
    if (issue.period !== undefined && !(issue.period.index >= 0 && issue.period.index < count))
      bad.push(`${issue.field} names period ${issue.period.index} of ${count}`);
  }
  return bad;
}

/** The property: errors that each name a field, or a result with nothing impossible in it. */
function problems(result: CctResult, count: number): string[] {
  if (!result.ok) {
    if (result.errors.length === 0) return ['refused with no error'];
    // The last guard is for faults only: validation must refuse first, naming the field.
    if (result.errors.some((issue) => issue.code === 'engine-fault'))
      return ['refused by the last guard, not by validation'];
    return badIssues(result.errors, count);
  }
  return impossibleValues(result);
}

const kind = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...CHANGE_KINDS) },
  { weight: 1, arbitrary: fc.constantFrom('OOPR', 'ltft ', '', null, '__proto__', 'constructor') },
);

/** A share: usually one a form could give, sometimes anything at all. */
const share = fc.oneof(
  { weight: 3, arbitrary: likelyShare },
  { weight: 2, arbitrary: hostileNumber },
);

/** A period of any kind, in or around the programme, with any end and any WTE or credit. */
const period = fc.record(
  {
    kind,
    start: fuzzDate('2026-01-01', '2046-12-31'),
    end: fc.oneof(fc.constant(null), fuzzDate('2026-01-01', '2056-12-31')),
    wte: share,
    credit: share,
    workingDaysAbsent: fc.oneof(fc.nat({ max: 400 }), hostileNumber),
  },
  { requiredKeys: ['kind', 'start'] },
);

/**
 * Periods one after another from a real programme start, each of any kind, length, WTE or credit: the
 * shape most saved plans have, so most of these are worked out rather than refused.
 */
const inOrder = fc
  .record({
    // Now and then near 2200, the last year the engines work with.
    start: fc.oneof(
      { weight: 9, arbitrary: dateBetween('2026-01-01', '2032-12-31') },
      { weight: 1, arbitrary: dateBetween('2180-01-01', '2200-12-31') },
    ),
    years: fc.integer({ min: 1, max: 19 }),
    periods: fc.array(
      fc.record({
        kind: fc.constantFrom(...CHANGE_KINDS),
        gap: fc.integer({ min: 0, max: 800 }),
        days: fc.integer({ min: 1, max: 1500 }),
        openEnded: fc.boolean(),
        wte: share,
        credit: share,
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ start, years, periods }) => {
    const first = dayOfIso(start);
    let next = first;
    const changes = periods.map((spec) => {
      const from = next + spec.gap;
      next = from + spec.days;
      return {
        kind: spec.kind,
        start: isoOfDay(from),
        end: spec.openEnded ? null : isoOfDay(from + spec.days - 1),
        wte: spec.wte,
        credit: spec.credit,
      };
    });
    return {
      today: start,
      programme: { start, fullTimeCct: isoOfDay(first + Math.round(365.25 * years) - 1) },
      changes,
    };
  });

const anyShape = fc.record({
  today: fuzzDate('2024-01-01', '2035-12-31'),
  programme: fc.record(
    {
      start: fuzzDate('2026-01-01', '2032-12-31'),
      fullTimeCct: fuzzDate('2027-01-01', '2052-12-31'),
      stage: fc.constantFrom('foundation', 'core', 'higher', 'consultant'),
    },
    { requiredKeys: ['start', 'fullTimeCct'] },
  ),
  changes: fc.array(period, { maxLength: 8 }),
  nation: fc.constantFrom(undefined, 'england', 'scotland', 'wales', 'northern-ireland', 'france'),
});

const input = fc.oneof(anyShape, inOrder);

describe('the CCT engine, fuzzed', () => {
  test.prop([input], { ...FUZZ_RUNS, seed: 15_001 })(
    'never throws, and gives errors naming a field or only real dates and finite numbers',
    (fuzzed) => {
      const result = calculateCct(fuzzed);
      expect(problems(result, fuzzed.changes.length)).toEqual([]);
    },
    FUZZ_TIMEOUT,
  );

  /**
   * Plans the way the pages build them: one part-time period run to completion with time away inside
   * it, so the two layers meet at every credit, however small.
   */
  const layered = fc.record({
    start: dateBetween('2026-01-01', '2030-12-31'),
    years: fc.integer({ min: 1, max: 19 }),
    wte: share,
    away: fc.array(
      fc.record({
        kind: fc.constantFrom(
          'oopt',
          'oopr',
          'oope',
          'oopc',
          'oopp',
          'parental-leave',
          'unpaid-leave',
        ),
        offset: fc.integer({ min: 0, max: 3000 }),
        days: fc.integer({ min: 1, max: 1500 }),
        credit: share,
        openEnded: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
  });

  test.prop([layered], { ...FUZZ_RUNS, seed: 15_002 })(
    'holds nothing impossible when time away sits inside a part-time period to completion',
    (plan) => {
      const startDay = Date.parse(`${plan.start}T00:00:00Z`) / 86_400_000;
      const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
      let next = startDay + 1;
      const changes: unknown[] = [{ kind: 'ltft', start: plan.start, end: null, wte: plan.wte }];
      for (const away of plan.away) {
        const first = next + away.offset;
        const last = first + away.days - 1;
        changes.push({
          kind: away.kind,
          start: iso(first),
          end: away.openEnded ? null : iso(last),
          credit: away.credit,
        });
        next = last + 1;
      }
      const fullTimeCct = iso(
        Date.UTC(Number(plan.start.slice(0, 4)) + plan.years, 0, 1) / 86_400_000,
      );
      const result = calculateCct({
        today: '2026-01-01',
        programme: { start: plan.start, fullTimeCct },
        changes,
      });
      expect(problems(result, changes.length)).toEqual([]);
    },
    FUZZ_TIMEOUT,
  );
});

describe('the direct calculator, fuzzed', () => {
  const saved: fc.Arbitrary<SavedDirectAnswers> = fc.record(
    {
      nation: fc.constantFrom('england', 'scotland', 'wales', 'northern-ireland', 'narnia'),
      stage: fc.constantFrom('f1', 'f2', 'core', 'st4', 'st5', 'st6', 'st7', 'st9'),
      trainingLeft: fc.constantFrom('cct-date' as const, 'time-left' as const),
      currentCct: fuzzDate('2026-01-01', '2046-12-31') as fc.Arbitrary<string>,
      countFrom: fuzzDate('2024-01-01', '2036-12-31') as fc.Arbitrary<string>,
      monthsLeft: fc.oneof(
        fc.integer({ min: -2, max: 250 }),
        hostileNumber,
      ) as fc.Arbitrary<number>,
      wtePercent: fc.oneof(fc.integer({ min: 0, max: 110 }), hostileNumber) as fc.Arbitrary<number>,
    },
    { requiredKeys: [] },
  );

  test.prop(
    [
      saved,
      fc.array(period, { maxLength: 5 }),
      dateBetween('2024-01-01', '2035-12-31'),
      fc.oneof(
        { weight: 9, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: dateBetween('2190-01-01', '2200-12-31') },
      ),
    ],
    { ...FUZZ_RUNS, seed: 15_003 },
  )(
    'never throws, and gives errors naming a field or only real dates and finite numbers',
    (answers, changes, usualToday, lateToday) => {
      const today = (lateToday ?? usualToday) as IsoDate;
      const direct = directAnswersFrom(answers, today);
      if (direct === null) return;
      const calculation = calculateDirect(direct, changes, today);
      expect(
        impossibleValues({ programme: calculation.programme, cct: calculation.currentCct }),
      ).toEqual([]);
      expect(problems(calculation.result, changes.length)).toEqual([]);
    },
    FUZZ_TIMEOUT,
  );
});
