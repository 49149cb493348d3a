/**
 * The shape shared by the tests of the two-tab merges (plans-merge.ts, part-time-merge.ts): a table of
 * what two tabs did, checked from both sides, and a property over random edits made in each tab.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * `merge` keeps both sides: what it lists (names, say) is `expected` when this tab saves, and the same,
 * in any order, when the other tab saves.
 */
export function expectBothSidesKept<Data>(
  merge: (ours: Data, theirs: Data) => readonly string[],
  ours: Data,
  theirs: Data,
  expected: readonly string[],
): void {
  expect(merge(ours, theirs)).toEqual(expected);
  expect([...merge(theirs, ours)].sort()).toEqual([...expected].sort());
}

/** How a test makes the edits of one tab: the ids of what it adds start with `side`. */
export type ApplyEdits<Data, Edit> = (base: Data, edits: readonly Edit[], side: string) => Data;

/**
 * Two tabs each make up to six edits from the same base (2,000 pairs from a fixed seed), and `check`
 * is given the base and what each tab left, to merge and compare.
 */
export function assertTwoTabEdits<Data, Edit>(
  base: fc.Arbitrary<Data>,
  edit: fc.Arbitrary<Edit>,
  applyEdits: ApplyEdits<Data, Edit>,
  check: (base: Data, ours: Data, theirs: Data) => void,
): void {
  fc.assert(
    fc.property(
      base,
      fc.array(edit, { maxLength: 6 }),
      fc.array(edit, { maxLength: 6 }),
      (start, editsA, editsB) =>
        check(start, applyEdits(start, editsA, 'a'), applyEdits(start, editsB, 'b')),
    ),
    { seed: 15, numRuns: 2000 },
  );
}
