/**
 * The shapes the two stores save, in a file of their own so the stores and their pure merges
 * (plans-merge.ts, part-time-merge.ts) can share them without importing each other.
 */
import type { SavedDirectAnswers } from '../cct/direct';
import type { Period } from '../cct/period';
import type { PlanAnswers } from './answers';

export type SavedPlan = {
  readonly id: string;
  readonly name: string;
  readonly answers: PlanAnswers;
  /** ISO timestamps, as from `Date.prototype.toISOString`. */
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** The part of the store that is saved. */
export type PersistedPlans = {
  readonly plans: readonly SavedPlan[];
  readonly activePlanId: string | null;
};

export type SavedScenario = {
  readonly id: string;
  readonly name: string;
  readonly changes: readonly Period[];
};

/** The direct calculator's answers, each optional because they are asked one page at a time. */
export type CalculatorAnswers = SavedDirectAnswers;

/** Whose scenarios: the direct calculator's, or a saved plan's (`plan:<id>`). */
export type ScenarioOwner = 'calculator' | `plan:${string}`;

export type PartTimeData = {
  readonly calculator: {
    readonly answers: CalculatorAnswers;
    readonly changes: readonly Period[];
  };
  readonly scenarios: Readonly<Record<string, readonly SavedScenario[]>>;
};

export const EMPTY_PART_TIME: PartTimeData = {
  calculator: { answers: {}, changes: [] },
  scenarios: {},
};
