/**
 * The shapes the two stores save, in a file of their own so the stores and their pure merges
 * (plans-merge.ts, part-time-merge.ts) can share them without importing each other. Each record's own
 * fields are inferred from their schemas (saved-fields.ts), which the readers check them with; the
 * parts read elsewhere (answers, periods) bring their own types.
 */
import type * as z from 'zod/mini';
import type { SavedDirectAnswers } from '../cct/direct';
import type { Period } from '../cct/period';
import type { PlanAnswers } from './answers';
import type {
  PERSISTED_PLANS_FIELDS,
  SAVED_PLAN_FIELDS,
  SAVED_SCENARIO_FIELDS,
} from './saved-fields';

/** A plan: `id`, `name` and its ISO timestamps `createdAt` and `updatedAt`, with its answers. */
export type SavedPlan = Readonly<z.output<typeof SAVED_PLAN_FIELDS>> & {
  readonly answers: PlanAnswers;
};

/** The part of the store that is saved: the plans, each read on its own, and `activePlanId`. */
export type PersistedPlans = Readonly<Omit<z.output<typeof PERSISTED_PLANS_FIELDS>, 'plans'>> & {
  readonly plans: readonly SavedPlan[];
};

/** A scenario: `id` and `name`, with its periods. */
export type SavedScenario = Readonly<z.output<typeof SAVED_SCENARIO_FIELDS>> & {
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
