/**
 * The share-link decoder against hostile text (issue 15): 10,000 arbitrary strings, and 10,000 links
 * with a correct check whose answers are any JSON, whole or in any part. Whatever comes in, decoding
 * never throws, and it either refuses with a message or gives a clean name and answers that already
 * pass the strict reader unchanged: so no page can meet a shape it does not expect.
 */
import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { anyJson, hostileAnswers } from '../../../tests/support/answer-arbitraries';
import type { PlanAnswers } from './answers';
import { decodeSharedPlan, encodeSharedPlan } from './share-link';
import { FUZZ_TIMEOUT } from '../../../tests/support/fuzz';
import { expectSafePlanReading } from '../../../tests/support/plan-reading';

const RUNS = { seed: 15_06, numRuns: 10_000 } as const;

/** Text shaped like a link often enough to get past the first checks. */
const linkLikeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .tuple(
      fc.constantFrom('v2.', 'v1.', '#v2.', ' v2.', 'v3.', ''),
      fc.string({ unit: fc.constantFrom(...'AZaz09-_.=+/ #'), maxLength: 200 }),
    )
    .map(([prefix, rest]) => `${prefix}${rest}`),
);

/** Any name, controls, overrides and lone surrogates included. */
const anyName = fc.string({ unit: 'binary', maxLength: 80 });

describe('decodeSharedPlan, fuzzed', () => {
  test.prop([linkLikeText], RUNS)(
    'never throws on any text, and reads nothing unsafe',
    (text) => {
      expectSafePlanReading(decodeSharedPlan(text));
    },
    FUZZ_TIMEOUT,
  );

  test.prop([anyName, fc.oneof(hostileAnswers, anyJson)], RUNS)(
    'reads a correctly checked link with any JSON as its answers into strictly read answers',
    (name, answers) => {
      // Cast: the point is answers of any shape, as a hand-made link could hold.
      const text = encodeSharedPlan(name, (answers ?? {}) as PlanAnswers);
      expectSafePlanReading(decodeSharedPlan(text));
    },
    FUZZ_TIMEOUT,
  );
});
