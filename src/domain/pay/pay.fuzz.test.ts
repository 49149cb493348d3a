/**
 * Fuzzing the pay engine (issue 15): 10,000 plans from a fixed seed, as the timeline's fuzz suite
 * draws them, each built into a timeline and its pay (buildPay, then payForTimeline). Nothing throws,
 * and every answer is either the timeline's field errors or pay whose every date is real and within
 * 1900 to 2200 and whose every figure is finite.
 */
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { buildPay } from './pay-for-timeline';
import { TIMELINE_FAULT_ERROR } from '../timeline/result-guard';
import { FUZZ_RUNS, FUZZ_TIMEOUT, impossibleValues } from '../../../tests/support/fuzz';
import { fuzzedPlan } from '../../../tests/support/fuzz-answers';

describe('the pay engine, fuzzed', () => {
  test.prop([fuzzedPlan], { ...FUZZ_RUNS, seed: 15_005 })(
    'never throws, and gives field errors or only real dates and finite figures',
    ({ answers, today }) => {
      const result = buildPay(answers, today);
      if (result.ok) {
        expect(impossibleValues(result)).toEqual([]);
      } else {
        expect(result.errors.length).toBeGreaterThan(0);
        // The last guard is for faults only: validation must refuse first, naming the field.
        expect(result.errors).not.toContainEqual(TIMELINE_FAULT_ERROR);
        for (const error of result.errors) {
          expect(error.field.length).toBeGreaterThan(0);
          expect(error.message.trim().length).toBeGreaterThan(0);
        }
      }
    },
    FUZZ_TIMEOUT,
  );
});
