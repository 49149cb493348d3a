/**
 * The part-time reader against damaged saved data (issue 15), 10,000 inputs each from a fixed seed:
 * any text, any JSON in the saved form, and valid part-time data with one part replaced or removed.
 * Reading never throws and gives valid data; when anything could not be read the store keeps an exact
 * copy of the text (or, with storage full, leaves it in place); on load nothing saved changes; and when
 * nothing is reported, no answer, period or scenario was left out.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { MAX_SCENARIOS_KEPT } from '../domain/cct/scenarios';
import { readPeriods } from '../domain/cct/period';
import { PART_TIME_STORAGE_KEY, createPartTimeStore } from './part-time-store';
import {
  PART_TIME_SCHEMA_VERSION,
  type PartTimeReading,
  readPartTimeData,
  readSavedPartTime,
} from '../domain/plan/saved-part-time-format';
import { sameJson } from '../domain/plan/plans-merge';
import { anyJson } from '../../tests/support/answer-arbitraries';
import { expectKeptByStore } from '../../tests/support/kept-by-store';
import { mutationsOf, validPartTime } from '../../tests/support/saved-data-arbitraries';
import { savedPartTimeText } from '../../tests/support/saved-text';

const RUNS = { seed: 15_17, numRuns: 10_000 } as const;
/** Each property takes a few seconds alone; a loaded 2-core machine can take several times that. */
const SLOW = 120_000;
const NOW = '2026-11-25T10:00:00.000Z';

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The data is what the pages expect: reading it again changes nothing. */
function expectValid({ data, problem }: PartTimeReading): void {
  expect(sameJson(readPartTimeData(data), data)).toBe(true);
  expect(readPeriods(data.calculator.changes).unreadable).toBe(0);
  for (const [owner, scenarios] of Object.entries(data.scenarios)) {
    expect(owner === 'calculator' || owner.startsWith('plan:')).toBe(true);
    expect(scenarios.length).toBeGreaterThan(0);
    expect(scenarios.length).toBeLessThanOrEqual(MAX_SCENARIOS_KEPT);
  }
  if (problem) expect(problem.details.length).toBeGreaterThan(0);
}

/** With nothing reported, every answer, period and scenario saved in this version's form was read. */
function expectNothingLeftOut(state: unknown, { data, problem }: PartTimeReading): void {
  if (problem !== null || !isRecord(state)) return;
  const calculator = isRecord(state.calculator) ? state.calculator : {};
  const answers = isRecord(calculator.answers) ? calculator.answers : {};
  for (const [field, value] of Object.entries(answers)) {
    expect(sameJson((data.calculator.answers as Fields)[field], value)).toBe(true);
  }
  if (Array.isArray(calculator.changes)) {
    expect(sameJson(data.calculator.changes, calculator.changes)).toBe(true);
  }
  const owners = isRecord(state.scenarios) ? state.scenarios : {};
  for (const [owner, list] of Object.entries(owners)) {
    if (!Array.isArray(list)) continue;
    expect(sameJson(data.scenarios[owner] ?? [], list)).toBe(true);
  }
}

/** The part-time store keeps what it cannot read (tests/support/kept-by-store.ts). */
function expectKeptByTheStore(raw: string, full: boolean): void {
  expectKeptByStore(PART_TIME_STORAGE_KEY, raw, full, (storage) => {
    const store = createPartTimeStore({ storage: () => storage, now: () => new Date(NOW) });
    return {
      loadProblem: store.getState().loadProblem,
      change: () => store.getState().setCalculatorAnswers({ stage: 'st6' }),
    };
  });
}

describe('readSavedPartTime, fuzzed', () => {
  test.prop(
    [
      fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 3 })),
      fc.boolean(),
    ],
    RUNS,
  )(
    'reads any text safely, and the store keeps what it cannot read',
    (raw, full) => {
      expectValid(readSavedPartTime(raw));
      expectKeptByTheStore(raw, full);
    },
    SLOW,
  );

  test.prop(
    [
      fc.oneof(
        anyJson,
        fc.record(
          {
            calculator: fc.oneof(anyJson, fc.record({ answers: anyJson, changes: anyJson })),
            scenarios: fc.oneof(anyJson, fc.dictionary(fc.string(), anyJson, { maxKeys: 3 })),
          },
          { requiredKeys: [] },
        ),
      ),
      fc.constantFrom<unknown>(
        1,
        PART_TIME_SCHEMA_VERSION,
        PART_TIME_SCHEMA_VERSION + 1,
        '2',
        null,
      ),
      fc.boolean(),
    ],
    RUNS,
  )(
    'reads any JSON in the saved form safely',
    (state, version, full) => {
      const raw = savedPartTimeText(state, version);
      expectValid(readSavedPartTime(raw));
      expectKeptByTheStore(raw, full);
    },
    SLOW,
  );

  test.prop([mutationsOf(validPartTime), fc.boolean()], RUNS)(
    'reads valid part-time data with any part replaced or removed safely, and reports any loss',
    (state, full) => {
      const raw = savedPartTimeText(state);
      const reading = readSavedPartTime(raw);
      expectValid(reading);
      expectNothingLeftOut(state, reading);
      expectKeptByTheStore(raw, full);
    },
    SLOW,
  );

  test.prop([validPartTime], { ...RUNS, numRuns: 1_000 })(
    'reads valid part-time data exactly, with nothing to report',
    (data) => {
      const reading = readSavedPartTime(savedPartTimeText(data));
      expect(reading.problem).toBeNull();
      expect(sameJson(reading.data, data)).toBe(true);
    },
    SLOW,
  );
});
