/**
 * Properties of the pay engine over generated plans, with part-time periods, time out and leave placed
 * inside each plan's own training dates (docs/pay-rules.md).
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { buildTimeline } from '../timeline/build-timeline';
import {
  consultantThresholds,
  englandConsultantPay2024,
  englandConsultantPay2025,
  englandConsultantPay2026,
  englandResidentPay2023,
  englandResidentPay2024,
  englandResidentPay2025,
  englandResidentPay2026,
  latestPayScale,
  nodalPointsByGrade,
} from '../rules/pay';
import { buildPay } from './pay-for-timeline';
import type { PaySummary } from './types';
import { isoOfDay } from '../../../tests/support/fuzz';

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

type Now =
  | { stage: 'school'; yearGroup: number }
  | { stage: 'medical-school'; year: number }
  | { stage: 'f1' | 'f2' | 'consultant' }
  | { stage: 'imt' | 'accs' | 'st'; year: number };

/** Where the person is, and a typical age there (so the plan passes the age checks). */
const nowAndAge: fc.Arbitrary<[Now, number]> = fc.oneof(
  fc
    .integer({ min: 9, max: 13 })
    .map((yearGroup): [Now, number] => [{ stage: 'school', yearGroup }, yearGroup + 5]),
  fc
    .integer({ min: 1, max: 5 })
    .map((year): [Now, number] => [{ stage: 'medical-school', year }, 18 + year]),
  fc.constantFrom<[Now, number]>([{ stage: 'f1' }, 24], [{ stage: 'f2' }, 25]),
  fc.integer({ min: 1, max: 3 }).map((year): [Now, number] => [{ stage: 'imt', year }, 26 + year]),
  fc.integer({ min: 1, max: 4 }).map((year): [Now, number] => [{ stage: 'accs', year }, 26 + year]),
  fc.integer({ min: 4, max: 7 }).map((year): [Now, number] => [{ stage: 'st', year }, 26 + year]),
);

const WTES = [0.2, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95] as const;
const KINDS = [
  'ltft',
  'ltft',
  'ltft',
  'oopc',
  'oope',
  'oopt',
  'oopr',
  'oopp',
  'parental-leave',
  'unpaid-leave',
  'sickness',
] as const;

const changeSpec = fc.record({
  gap: fc.integer({ min: 0, max: 500 }),
  length: fc.integer({ min: 10, max: 600 }),
  kind: fc.constantFrom(...KINDS),
  wte: fc.constantFrom(...WTES),
  openEnded: fc.boolean(),
});

const scenario = fc.record({
  today: fc.integer({ min: dayOf('2024-01-01'), max: dayOf('2030-12-31') }).map(isoOfDay),
  nowAndAge,
  birthdayOffset: fc.integer({ min: 0, max: 364 }),
  nation: fc.constantFrom('england', 'england', 'england', 'scotland', 'wales', 'northern-ireland'),
  coreRoute: fc.constantFrom('imt', 'accs-im'),
  yearsBeforeCoreTraining: fc.integer({ min: 0, max: 2 }),
  changes: fc.array(changeSpec, { maxLength: 6 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** The plan without changes, then the changes laid end to end inside its training dates. */
function planOf(input: Scenario): { plan: Record<string, unknown>; today: string } | null {
  const [now, age] = input.nowAndAge;
  const todayYear = Number(input.today.slice(0, 4));
  const dateOfBirth = isoOfDay(dayOf(`${todayYear - age - 1}-01-01`) + input.birthdayOffset);
  const base = {
    dateOfBirth,
    nation: input.nation,
    now,
    coreRoute: input.coreRoute,
    yearsBeforeCoreTraining: input.yearsBeforeCoreTraining,
  };
  const timeline = buildTimeline(base, input.today);
  if (!timeline.ok) return null;
  const { milestones, summary } = timeline.timeline;
  const programmeStart = ['f1-start', 'core-training-start', 'st4-start']
    .map((id) => milestones.find((milestone) => milestone.id === id)?.date)
    .find((date) => date !== undefined);
  if (programmeStart === undefined || summary.cct === null)
    return { plan: base, today: input.today };
  const changes: Record<string, unknown>[] = [];
  let next = dayOf(programmeStart);
  const lastStart = dayOf(summary.cct) - 1;
  for (const spec of input.changes) {
    const start = next + spec.gap;
    if (start > lastStart) break;
    const end = start + spec.length - 1;
    const change: Record<string, unknown> = {
      kind: spec.kind,
      start: isoOfDay(start),
      end: isoOfDay(end),
    };
    if (spec.kind === 'ltft') change.wte = spec.wte;
    if (spec.kind === 'oopr') change.credit = 0.5;
    const last = changes.length === input.changes.length - 1;
    if (last && spec.openEnded && spec.kind === 'ltft') change.end = null;
    changes.push(change);
    if (change.end === null) break;
    next = end + 1;
  }
  return { plan: { ...base, changes }, today: input.today };
}

function payOf(plan: unknown, today: string): PaySummary | null {
  const result = buildPay(plan, today);
  return result.ok ? result : null;
}

const RUNS = { numRuns: 150 };

const ENGLAND_SCALES = [
  englandResidentPay2023,
  englandResidentPay2024,
  englandResidentPay2025,
  englandResidentPay2026,
  englandConsultantPay2024,
  englandConsultantPay2025,
  englandConsultantPay2026,
];
const ENGLAND_SCALE_RULES = new Set<string>([
  ...ENGLAND_SCALES.map((rule) => rule.id),
  nodalPointsByGrade.id,
  consultantThresholds.id,
  latestPayScale.id,
]);
const ENGLAND_FIGURES = new Set<number>(
  ENGLAND_SCALES.flatMap((rule) => Object.values<number>(rule.value.annual)),
);

describe('pay over generated plans', () => {
  test.prop([scenario], RUNS)(
    'never throws, and accepts the plans the timeline accepts',
    (input) => {
      const built = planOf(input);
      if (built === null) return;
      const timeline = buildTimeline(built.plan, built.today);
      const pay = buildPay(built.plan, built.today);
      expect(pay.ok).toBe(timeline.ok);
    },
  );

  test.prop([scenario], RUNS)(
    'pay is never negative, and a year’s parts cover it exactly',
    (input) => {
      const built = planOf(input);
      const pay = built && payOf(built.plan, built.today);
      if (!pay) return;
      for (const year of pay.years) {
        expect(year.knownAmount).toBeGreaterThanOrEqual(0);
        if (year.amount !== null) expect(year.amount).toBe(year.knownAmount);
        expect(year.ltftAllowance).toBeGreaterThanOrEqual(0);
        for (const part of year.parts)
          if (part.amount !== null) expect(part.amount).toBeGreaterThanOrEqual(0);
        expect(year.parts.reduce((sum, part) => sum + part.days, 0)).toBe(year.days);
        expect(year.parts[0]?.start).toBe(year.start);
        expect(year.parts.at(-1)?.end).toBe(year.end);
        expect(year.status === 'known').toBe(year.amount !== null);
      }
      for (const month of pay.months) expect(month.knownAmount).toBeGreaterThanOrEqual(0);
      expect(pay.months).toHaveLength(pay.years.length * 12);
    },
  );

  test.prop([scenario], RUNS)('a plan without part-time periods has no LTFT allowance', (input) => {
    const built = planOf({
      ...input,
      changes: input.changes.map((change) => ({
        ...change,
        kind: change.kind === 'ltft' ? 'oopc' : change.kind,
      })),
    });
    const pay = built && payOf(built.plan, built.today);
    if (!pay) return;
    for (const year of pay.years) {
      expect(year.ltftAllowance).toBe(0);
      for (const part of year.parts) {
        expect(part.allowance).toBe(0);
        expect(part.change).not.toBe('ltft');
      }
    }
    expect(pay.notes.map((note) => note.id)).not.toContain('part-time-pay');
  });

  test.prop([scenario], {
    ...RUNS,
    // Found by a CI run: 10 days out of programme from F1's first day.
    examples: [
      [
        {
          today: '2024-01-01',
          nowAndAge: [{ stage: 'f1' }, 24],
          birthdayOffset: 0,
          nation: 'england',
          coreRoute: 'imt',
          yearsBeforeCoreTraining: 0,
          changes: [{ gap: 0, length: 10, kind: 'oopp', wte: 0.2, openEnded: false }],
        },
      ],
    ],
  })('years before F1 have no salary, and no day before F1 is paid', (input) => {
    const built = planOf(input);
    if (built === null) return;
    const timeline = buildTimeline(built.plan, built.today);
    const pay = payOf(built.plan, built.today);
    if (!timeline.ok || !pay) return;
    const f1Start = timeline.timeline.milestones.find(
      (milestone) => milestone.id === 'f1-start',
    )?.date;
    if (f1Start === undefined) return;
    // Time out from F1's first day moves the start of F1 to the return (training starts then), and
    // the days out before it are time out of programme: unknown or unpaid, never salary.
    const outBeforeF1 = ((built.plan.changes ?? []) as { start: string }[]).some(
      (change) => change.start < f1Start,
    );
    for (const year of pay.years) {
      if (year.end < f1Start) {
        expect(year.knownAmount).toBe(0);
        if (!outBeforeF1) expect(year).toMatchObject({ status: 'no-salary', amount: null });
      }
      for (const part of year.parts) {
        if (part.end >= f1Start) continue;
        expect(part.kind).not.toBe('salary');
        if (!outBeforeF1) expect(['no-salary', 'before-plan']).toContain(part.kind);
      }
    }
  });

  test.prop([scenario, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 8 })], RUNS)(
    'lowering a part-time WTE never raises a year’s pay',
    (input, pick, steps) => {
      const built = planOf(input);
      if (built === null) return;
      const changes = (built.plan.changes ?? []) as Record<string, unknown>[];
      const ltft = changes.filter((change) => change.kind === 'ltft');
      const chosen = ltft[pick % Math.max(ltft.length, 1)];
      if (chosen === undefined) return;
      const wte = chosen.wte as number;
      const lower = WTES[Math.max(0, WTES.indexOf(wte as (typeof WTES)[number]) - steps)] ?? 0.2;
      if (lower >= wte) return;
      const lowered = changes.map((change) =>
        change === chosen ? { ...change, wte: lower } : change,
      );
      const before = payOf(built.plan, built.today);
      const after = payOf({ ...built.plan, changes: lowered }, built.today);
      if (!before || !after) return;
      const afterByYear = new Map(after.years.map((year) => [year.financialYear, year]));
      for (const year of before.years) {
        const other = afterByYear.get(year.financialYear);
        if (year.amount === null || other?.amount === null || other === undefined) continue;
        expect(other.amount, year.financialYear).toBeLessThanOrEqual(year.amount);
      }
    },
  );

  test.prop([scenario, fc.constantFrom('scotland', 'wales', 'northern-ireland')], RUNS)(
    'England’s figures are never used for another nation',
    (input, nation) => {
      const built = planOf({ ...input, nation });
      const pay = built && payOf(built.plan, built.today);
      if (!pay) return;
      for (const year of pay.years) {
        for (const part of year.parts) {
          for (const id of part.ruleIds) expect(ENGLAND_SCALE_RULES.has(id), id).toBe(false);
          if (part.annualRate !== null)
            expect(ENGLAND_FIGURES.has(part.annualRate), String(part.annualRate)).toBe(false);
        }
      }
    },
  );
});
