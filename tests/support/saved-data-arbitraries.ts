/**
 * fast-check arbitraries for what the stores save (issue 15): valid saved plans and part-time data as
 * Pathway writes them, and mutations of any JSON value (a part replaced by any JSON, or removed), as
 * hand-editing, a cut-short write or another version could leave them.
 */
import { fc } from '@fast-check/vitest';
import { type Period, readPeriods } from '../../src/domain/cct/period';
import { anyJson, typedAnswers } from './answer-arbitraries';

const timestamp = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((time) => new Date(time).toISOString());

/** A name as Pathway keeps one: trimmed, not empty, plain letters and digits. */
const name = fc
  .stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{0,28}[A-Za-z0-9]$/)
  .filter((text) => !/^plan \d+$/i.test(text));

/** Valid saved plans: unique ids and names, answers as readPlanAnswers gives them. */
export const validPlans = fc
  .uniqueArray(
    fc.record({
      id: fc.uuid(),
      name,
      answers: typedAnswers,
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
    { maxLength: 3, selector: (plan) => plan.name.toLowerCase() },
  )
  .filter((plans) => new Set(plans.map((plan) => plan.id)).size === plans.length);

const isoDate = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) })
  .map((time) => new Date(time).toISOString().slice(0, 10));

/** A few periods of two kinds, typed with ids as the period form gives them. */
const periods: fc.Arbitrary<readonly Period[]> = fc
  .array(
    fc.oneof(
      fc.record({
        kind: fc.constant('ltft'),
        start: isoDate,
        end: fc.constant(null),
        wte: fc.constantFrom(0.5, 0.6, 0.8),
      }),
      fc.record({ kind: fc.constant('parental-leave'), start: isoDate, end: isoDate }),
    ),
    { maxLength: 3 },
  )
  .map((list) => readPeriods(list).periods);

const scenarios = fc.uniqueArray(fc.record({ id: fc.uuid(), name, changes: periods }), {
  maxLength: 2,
  selector: (scenario) => scenario.id,
});

/** Valid part-time data: the calculator's answers and periods, and scenarios of a few owners. */
export const validPartTime = fc.record({
  calculator: fc.record({
    answers: fc.record(
      {
        nation: fc.constantFrom('england', 'wales'),
        stage: fc.constantFrom('st4', 'st5'),
        trainingLeft: fc.constantFrom('cct-date', 'time-left'),
        currentCct: fc.constant('2030-08-07'),
        monthsLeft: fc.integer({ min: 1, max: 48 }),
        wtePercent: fc.integer({ min: 20, max: 100 }),
      },
      { requiredKeys: [] },
    ),
    changes: periods,
  }),
  scenarios: fc.dictionary(
    fc.oneof(
      fc.constant('calculator'),
      fc.uuid().map((id) => `plan:${id}`),
    ),
    scenarios.filter((list) => list.length > 0),
    { maxKeys: 3 },
  ),
});

const REMOVE = Symbol('remove');

/** `value` with the part at `path` (indexes into each level's keys) replaced, or removed. */
function mutateAt(value: unknown, path: readonly number[], replacement: unknown): unknown {
  const [step, ...rest] = path;
  const isContainer = typeof value === 'object' && value !== null;
  if (step === undefined || !isContainer) return replacement;
  const entries = Object.entries(value);
  if (entries.length === 0) return replacement;
  const index = step % entries.length;
  const changed = entries.flatMap(([key, child], at) => {
    if (at !== index) return [[key, child] as const];
    const next = mutateAt(child, rest, replacement);
    return next === REMOVE ? [] : [[key, next] as const];
  });
  return Array.isArray(value) ? changed.map(([, child]) => child) : Object.fromEntries(changed);
}

/** Any JSON value with one part, at any depth, replaced by any JSON or removed. */
export function mutationsOf(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
      fc.oneof(anyJson, fc.constant<unknown>(REMOVE)),
    )
    .map(([value, path, replacement]) => {
      const mutated = mutateAt(value, path, replacement);
      return mutated === REMOVE ? null : mutated;
    });
}
