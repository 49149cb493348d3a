/**
 * The plan-file reader against hostile files (issue 15): 10,000 arbitrary texts, and 10,000 files of
 * the right format whose name and answers are any JSON, whole or in any part. Reading never throws,
 * and it either refuses with a message or gives a clean name and answers that already pass the strict
 * reader unchanged.
 */
import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { anyJson, hostileAnswers } from '../../../tests/support/answer-arbitraries';
import { readPlanFile } from './plan-file';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION } from './plan-file-schema';
import { FUZZ_TIMEOUT } from '../../../tests/support/fuzz';
import { expectSafePlanReading } from '../../../tests/support/plan-reading';

const RUNS = { seed: 15_07, numRuns: 10_000 } as const;

describe('readPlanFile, fuzzed', () => {
  test.prop(
    [fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json({ maxDepth: 3 }))],
    RUNS,
  )(
    'never throws on any text, and reads nothing unsafe',
    (text) => {
      expectSafePlanReading(readPlanFile(text));
    },
    FUZZ_TIMEOUT,
  );

  test.prop(
    [
      fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), anyJson),
      fc.oneof({ arbitrary: hostileAnswers, weight: 4 }, anyJson),
      fc.constantFrom<unknown>(PLAN_FILE_VERSION, PLAN_FILE_VERSION + 1, '1', null),
    ],
    RUNS,
  )(
    'reads a file of the right format with any name and answers safely',
    (name, plan, version) => {
      const text = JSON.stringify({ format: PLAN_FILE_FORMAT, version, name, plan });
      expectSafePlanReading(readPlanFile(text));
    },
    FUZZ_TIMEOUT,
  );
});
