import { describe, expect, it } from 'vitest';
import { type NameProblem, type NamedThing, nameMessage, nameProblem } from './plan-name';

describe('nameProblem', () => {
  it.each([
    ['', 'missing'],
    ['   ', 'missing'],
    ['a'.repeat(61), 'too-long'],
    [` ${'a'.repeat(60)} `, null],
    ['Plan A', null],
  ] as const)('%j is %s', (typed, problem) => {
    expect(nameProblem(typed, 60)).toBe(problem);
  });
});

/**
 * The words the rename-plan and scenario-name pages wrote themselves before the check moved here
 * (issue 16), copied from those pages. Every problem has a row for each thing named: a new problem
 * without one does not compile.
 */
const EXPECTED = {
  missing: { plan: 'Enter a name for this plan', scenario: 'Enter a name' },
  'too-long': {
    plan: 'Plan name must be 60 characters or fewer',
    scenario: 'Name must be 60 characters or fewer',
  },
} satisfies Readonly<Record<NameProblem, Readonly<Record<NamedThing, string>>>>;

describe('nameMessage', () => {
  it.each(
    Object.entries(EXPECTED).flatMap(([problem, byThing]) =>
      Object.entries(byThing).map(
        ([thing, words]) => [problem as NameProblem, thing as NamedThing, words] as const,
      ),
    ),
  )('%s for a %s reads as before', (problem, thing, words) => {
    expect(nameMessage(problem, thing, 60)).toBe(words);
  });
});
