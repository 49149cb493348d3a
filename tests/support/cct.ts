/** Helpers for tests of the CCT calculator's results. */
import type { CctCalculation, CctResult } from '../../src/domain/cct/types';

/** The calculation of a result the test expects to be accepted; fails the test with the errors if not. */
export function accepted(result: CctResult): CctCalculation {
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.errors)}`);
  return result;
}
