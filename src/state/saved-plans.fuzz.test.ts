/**
 * The saved-plans reader against damaged saved data (issue 15), 10,000 inputs each from a fixed seed:
 * any text, any JSON in the saved form, and valid saved plans with one part replaced or removed.
 * Reading never throws and gives valid plans; when anything could not be read the store keeps an exact
 * copy of the text (or, with storage full, leaves it in place); on load nothing saved changes; and when
 * nothing is reported, nothing the person typed was left out.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { readPlanAnswers } from '../domain/plan/answers';
import { MAX_PLAN_NAME_LENGTH } from '../domain/plan/plan-name';
import { PLANS_STORAGE_KEY } from './persistence';
import {
  PLANS_SCHEMA_VERSION,
  type PlansReading,
  migrations,
  readSavedPlans,
} from '../domain/plan/saved-plans-format';
import { createPlansStore } from './plans-store';
import { anyJson } from '../../tests/support/answer-arbitraries';
import { expectKeptByStore } from '../../tests/support/kept-by-store';
import { mutationsOf, validPlans } from '../../tests/support/saved-data-arbitraries';
import { savedPlansText } from '../../tests/support/saved-text';

const RUNS = { seed: 15_16, numRuns: 10_000 } as const;
/** Each property takes a few seconds alone; a loaded 2-core machine can take several times that. */
const SLOW = 120_000;
const NOW = '2026-11-25T10:00:00.000Z';
const OPTIONS = { version: PLANS_SCHEMA_VERSION, migrations, now: NOW };

/** Every plan is one the pages can show: a usable id and name, typed answers, real timestamps. */
function expectValid(reading: PlansReading): void {
  const ids = reading.plans.map((plan) => plan.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const plan of reading.plans) {
    expect(plan.id).not.toBe('');
    expect(plan.name).toBe(plan.name.trim());
    expect(plan.name.length).toBeGreaterThan(0);
    expect(plan.name.length).toBeLessThanOrEqual(MAX_PLAN_NAME_LENGTH);
    const again = readPlanAnswers(plan.answers);
    expect(again.unreadable).toEqual([]);
    expect(JSON.stringify(again.answers)).toBe(JSON.stringify(plan.answers));
    expect(Number.isNaN(Date.parse(plan.createdAt))).toBe(false);
    expect(Number.isNaN(Date.parse(plan.updatedAt))).toBe(false);
  }
  if (reading.plans.length === 0) expect(reading.activePlanId).toBeNull();
  else expect(ids).toContain(reading.activePlanId);
  if (reading.problem) expect(reading.problem.details.length).toBeGreaterThan(0);
}

/**
 * With nothing reported, every plan saved in this version's form is there, in order, with its id,
 * name and every answer the answer reader could read.
 */
function expectNothingTypedLost(raw: string, reading: PlansReading): void {
  if (reading.problem !== null) return;
  const saved = JSON.parse(raw) as { state: { plans: Record<string, unknown>[] } };
  const given = saved.state.plans;
  expect(reading.plans).toHaveLength(given.length);
  given.forEach((plan, index) => {
    const read = reading.plans[index];
    expect(read?.name).toBe(String(plan.name).trim());
    // Answers are read by readPlanAnswers (fuzzed on its own): whatever it could not read is reported.
    const answers = readPlanAnswers(plan.answers);
    expect(answers.unreadable).toEqual([]);
    expect(read?.answers).toEqual(answers.answers);
    expect(read?.id).toBe(plan.id);
  });
}

/** The plans store keeps what it cannot read (tests/support/kept-by-store.ts). */
function expectKeptByTheStore(raw: string, full: boolean): void {
  expectKeptByStore(PLANS_STORAGE_KEY, raw, full, (storage) => {
    const store = createPlansStore({ storage: () => storage, now: () => new Date(NOW) });
    return {
      loadProblem: store.getState().loadProblem,
      change: () => store.getState().createPlan('Typed after loading'),
    };
  });
}

describe('readSavedPlans, fuzzed', () => {
  test.prop(
    [
      fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 3 })),
      fc.boolean(),
    ],
    RUNS,
  )(
    'reads any text safely, and the store keeps what it cannot read',
    (raw, full) => {
      const reading = readSavedPlans(raw, OPTIONS);
      expectValid(reading);
      expectKeptByTheStore(raw, full);
    },
    SLOW,
  );

  test.prop(
    [
      fc.oneof(
        anyJson,
        fc.record({ plans: fc.array(anyJson, { maxLength: 3 }), activePlanId: anyJson }),
      ),
      fc.constantFrom<unknown>(1, 2, PLANS_SCHEMA_VERSION, PLANS_SCHEMA_VERSION + 1, '3', null),
      fc.boolean(),
    ],
    RUNS,
  )(
    'reads any JSON in the saved form safely',
    (state, version, full) => {
      const raw = savedPlansText(state, version);
      expectValid(readSavedPlans(raw, OPTIONS));
      expectKeptByTheStore(raw, full);
    },
    SLOW,
  );

  test.prop(
    [
      mutationsOf(validPlans.map((plans) => ({ plans, activePlanId: plans[0]?.id ?? null }))),
      fc.boolean(),
    ],
    RUNS,
  )(
    'reads valid saved plans with any part replaced or removed safely, and reports any loss',
    (state, full) => {
      const raw = savedPlansText(state);
      const reading = readSavedPlans(raw, OPTIONS);
      expectValid(reading);
      if (
        typeof state === 'object' &&
        state !== null &&
        Array.isArray((state as { plans?: unknown }).plans)
      ) {
        expectNothingTypedLost(raw, reading);
      }
      expectKeptByTheStore(raw, full);
    },
    SLOW,
  );

  test.prop([validPlans], { ...RUNS, numRuns: 1_000 })(
    'reads valid saved plans exactly, with nothing to report',
    (plans) => {
      const reading = readSavedPlans(
        savedPlansText({ plans, activePlanId: plans[0]?.id ?? null }),
        OPTIONS,
      );
      expect(reading.problem).toBeNull();
      expect(reading.plans).toEqual(plans);
    },
    SLOW,
  );
});
