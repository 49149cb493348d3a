/**
 * Properties of the two layers (docs/cct-rules.md, "Two layers"): time away inside a less than full
 * time period, checked against a day-by-day reference of the tests' own (credit in whole thousandths,
 * dates by Date.UTC), independent of src/domain/dates.ts and the accrual code.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { calculateCct } from './calculate';
import { accepted } from '../../../tests/support/cct';
import { isoOfDay } from '../../../tests/support/fuzz';

const DAY = 86_400_000;

function dayOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

const AWAY_KINDS = [
  'oopt',
  'oopr',
  'oope',
  'oopc',
  'oopp',
  'parental-leave',
  'unpaid-leave',
] as const;
type AwayKind = (typeof AWAY_KINDS)[number];
const NOTHING_EARNED = ['oope', 'oopc', 'oopp', 'parental-leave', 'unpaid-leave'] as const;

type Period = {
  readonly kind: 'ltft' | AwayKind;
  readonly first: number;
  readonly last: number | null;
  /** WTE for ltft, credit for oopr, in thousandths. */
  readonly permille: number;
};

type Plan = {
  readonly start: number;
  readonly fullTimeDays: number;
  readonly periods: readonly Period[];
};

function creditPermille(period: Period): number {
  if (period.kind === 'ltft' || period.kind === 'oopr') return period.permille;
  return period.kind === 'oopt' ? 1000 : 0;
}

function covers(period: Period, day: number): boolean {
  return day >= period.first && (period.last === null || day <= period.last);
}

/** The rule, literally: a day in time away earns that; else a day in a part-time period its WTE; else 1. */
function referenceCct(plan: Plan): number {
  const needed = plan.fullTimeDays * 1000;
  const away = plan.periods.filter((period) => period.kind !== 'ltft');
  const working = plan.periods.filter((period) => period.kind === 'ltft');
  let earned = 0;
  for (let day = plan.start; ; day += 1) {
    const period =
      away.find((candidate) => covers(candidate, day)) ??
      working.find((candidate) => covers(candidate, day));
    earned += period ? creditPermille(period) : 1000;
    if (earned >= needed) return day;
  }
}

function toChange(period: Period): Record<string, unknown> {
  const change: Record<string, unknown> = {
    kind: period.kind,
    start: isoOfDay(period.first),
    end: period.last === null ? null : isoOfDay(period.last),
  };
  if (period.kind === 'ltft') change.wte = period.permille / 1000;
  if (period.kind === 'oopr') change.credit = period.permille / 1000;
  return change;
}

function inputOf(plan: Plan, periods: readonly Period[] = plan.periods): unknown {
  return {
    today: '2020-01-01',
    programme: {
      start: isoOfDay(plan.start),
      fullTimeCct: isoOfDay(plan.start + plan.fullTimeDays - 1),
    },
    changes: periods.map(toChange),
  };
}

const layerSpec = fc.record({
  gap: fc.integer({ min: 0, max: 200 }),
  length: fc.integer({ min: 1, max: 500 }),
  permille: fc.integer({ min: 200, max: 1000 }),
  kind: fc.constantFrom(...AWAY_KINDS),
});

/** One layer: periods one after another from the programme start, none overlapping. */
function layer(
  start: number,
  specs: readonly { gap: number; length: number; permille: number; kind: AwayKind }[],
  working: boolean,
  openLast: boolean,
): Period[] {
  const periods: Period[] = [];
  let next = start;
  for (const spec of specs) {
    const first = next + spec.gap;
    const kind = working ? 'ltft' : spec.kind;
    periods.push({ kind, first, last: first + spec.length - 1, permille: spec.permille });
    next = first + spec.length;
  }
  const last = periods.at(-1);
  // Only a period that earns something may run to completion.
  if (openLast && last && creditPermille(last) > 0)
    periods[periods.length - 1] = { ...last, last: null };
  return periods;
}

/**
 * Plans with a working pattern and time away laid independently, so time away falls inside, across
 * and between part-time periods. Periods that would start after the CCT (an error, by design) are
 * left out: they cannot change the days before them.
 */
const layeredPlan = fc
  .record({
    start: fc.integer({ min: dayOf('2020-01-01'), max: dayOf('2035-12-31') }),
    fullTimeDays: fc.integer({ min: 1, max: 1600 }),
    working: fc.array(layerSpec, { maxLength: 5 }),
    away: fc.array(layerSpec, { maxLength: 5 }),
    openWorking: fc.boolean(),
    openAway: fc.boolean(),
  })
  .map(({ start, fullTimeDays, working, away, openWorking, openAway }): Plan => {
    const all = [
      ...layer(start, working, true, openWorking),
      ...layer(start, away, false, openAway),
    ];
    const cct = referenceCct({ start, fullTimeDays, periods: all });
    return { start, fullTimeDays, periods: all.filter((period) => period.first <= cct) };
  });

describe('the two layers', () => {
  test.prop([layeredPlan], { numRuns: 300 })(
    'time away earns its own credit inside a part-time period: agrees with the rule day by day',
    (plan) => {
      const result = accepted(calculateCct(inputOf(plan)));
      expect(result.cct).toBe(isoOfDay(referenceCct(plan)));
      // The working names each stretch once, end to end, from the first day counted to the CCT.
      expect(result.segments[0]?.start).toBe(isoOfDay(plan.start));
      expect(result.segments.at(-1)?.end).toBe(result.cct);
      for (const [index, segment] of result.segments.entries()) {
        const next = result.segments[index + 1];
        if (next) expect(dayOf(next.start)).toBe(dayOf(segment.end) + 1);
      }
    },
  );

  test.prop([layeredPlan, fc.integer()])(
    'the order the periods are listed in never changes the answer',
    (plan, seed) => {
      const shuffled = [...plan.periods]
        .map((period, index) => ({ period, key: Math.imul(index + 1, seed | 1) >>> 0 }))
        .sort((a, b) => a.key - b.key)
        .map(({ period }) => period);
      const listed = accepted(calculateCct(inputOf(plan)));
      const reordered = accepted(calculateCct(inputOf(plan, shuffled)));
      expect(reordered.cct).toBe(listed.cct);
      expect(reordered.reviewTriggered).toBe(listed.reviewTriggered);
      expect(reordered.confirmedAtArcp).toBe(listed.confirmedAtArcp);
      expect(
        reordered.segments.map(({ start, end, kind, credit }) => [start, end, kind, credit]),
      ).toEqual(listed.segments.map(({ start, end, kind, credit }) => [start, end, kind, credit]));
    },
  );

  test.prop([
    fc.integer({ min: dayOf('2020-01-01'), max: dayOf('2035-12-31') }),
    fc.integer({ min: 1, max: 1600 }),
    fc.nat(),
    fc.integer({ min: 200, max: 1000 }),
    fc.nat(),
    fc.integer({ min: 1, max: 800 }),
    fc.constantFrom(...NOTHING_EARNED),
  ])(
    'time away of N days inside a part-time period at any WTE moves the CCT exactly N days later',
    (start, fullTimeDays, ltftOffset, permille, leaveOffset, days, kind) => {
      const ltftFirst = start + (ltftOffset % fullTimeDays);
      const ltft: Period = { kind: 'ltft', first: ltftFirst, last: null, permille };
      const plan: Plan = { start, fullTimeDays, periods: [ltft] };
      const without = accepted(calculateCct(inputOf(plan)));
      // The leave starts inside the part-time period, on or before the CCT without it.
      const leaveFirst = ltftFirst + (leaveOffset % (dayOf(without.cct) - ltftFirst + 1));
      const leave: Period = { kind, first: leaveFirst, last: leaveFirst + days - 1, permille: 0 };
      const withLeave = accepted(calculateCct(inputOf(plan, [ltft, leave])));
      expect(dayOf(withLeave.cct) - dayOf(without.cct)).toBe(days);
      expect(withLeave.confirmedAtArcp).toBe(true);
    },
  );

  test.prop([layeredPlan, fc.nat()])(
    'cutting a part-time period around its time away, as people had to before, changes nothing',
    (plan, pick) => {
      const working = plan.periods.filter((period) => period.kind === 'ltft');
      const away = plan.periods.filter((period) => period.kind !== 'ltft');
      const host = working[pick % Math.max(1, working.length)];
      fc.pre(host !== undefined);
      if (host === undefined) return;
      const pieces: Period[] = [];
      let next = host.first;
      for (const gap of [...away].sort((a, b) => a.first - b.first)) {
        if ((gap.last ?? Infinity) < next || (host.last !== null && gap.first > host.last))
          continue;
        if (gap.first > next) pieces.push({ ...host, first: next, last: gap.first - 1 });
        next = gap.last === null ? Infinity : gap.last + 1;
      }
      if (next !== Infinity && (host.last === null || next <= host.last))
        pieces.push({ ...host, first: next });
      const whole = accepted(calculateCct(inputOf(plan)));
      // A piece that would start after the CCT is never reached: leave it out, as a person would.
      const reached = pieces.filter((piece) => piece.first <= dayOf(whole.cct));
      const cut = [...plan.periods.filter((period) => period !== host), ...reached];
      const inPieces = accepted(calculateCct(inputOf(plan, cut)));
      expect(inPieces.cct).toBe(whole.cct);
    },
  );
});
