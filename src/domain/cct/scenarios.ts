/**
 * Scenarios side by side: the current plan and up to two other lists of periods ("stay full time",
 * "80% to the end"), each with its CCT date and how far it is from the current plan's.
 */
import type { IsoDate } from '../dates';
import { describeDifference } from './difference';

/** How many scenarios someone can keep beside their current plan. */
export const MAX_SCENARIOS = 2;
/**
 * How many scenarios saved data may hold for one list: two tabs may each add up to the limit at the
 * same moment, and their merge keeps both sides, so only adding is held to MAX_SCENARIOS.
 */
export const MAX_SCENARIOS_KEPT = 2 * MAX_SCENARIOS;

export type ScenarioOutcome = {
  /** Null for the current plan itself. */
  readonly id: string | null;
  readonly name: string;
  /** The CCT date, or null when the periods cannot be worked out (see `problem`). */
  readonly cct: IsoDate | null;
  readonly problem: string | null;
};

export type ScenarioRow = ScenarioOutcome & {
  /** "4 months later", "the same date"; null for the current plan or a scenario with a problem. */
  readonly difference: string | null;
  readonly isCurrent: boolean;
};

/** The table rows: the current plan first, then each scenario compared with it. */
export function scenarioRows(
  current: ScenarioOutcome,
  scenarios: readonly ScenarioOutcome[],
): ScenarioRow[] {
  return [
    { ...current, difference: null, isCurrent: true },
    ...scenarios.map((scenario) => ({
      ...scenario,
      difference:
        scenario.cct !== null && current.cct !== null
          ? describeDifference(current.cct, scenario.cct)
          : null,
      isCurrent: false,
    })),
  ];
}
