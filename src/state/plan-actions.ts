/**
 * Actions on a plan that reach both stores: its answers are in the plans store, and the part-time
 * scenarios kept beside it are in the part-time store, by plan id.
 */
import { type ScenarioOwner, planOwner, usePartTimeStore } from './part-time-store';
import { usePlansStore } from './plans-store';

/** Returns the copy's id, or '' when there is no such plan. */
export function copyPlanWithScenarios(planId: string): string {
  const copyId = usePlansStore.getState().duplicatePlan(planId);
  if (copyId !== '')
    usePartTimeStore.getState().copyScenarios(planOwner(planId), planOwner(copyId));
  return copyId;
}

/**
 * Forgets the part-time scenarios of plans that are gone for good: not saved, and not the plan that
 * can still be brought back with undo. Does nothing when saved plans could not all be read, since a
 * plan that failed to load is not gone and its scenarios must stay.
 */
export function forgetScenariosOfDeletedPlans(): void {
  const { plans, lastDeleted, loadProblem } = usePlansStore.getState();
  if (loadProblem !== null) return;
  const kept = new Set(
    [...plans, ...(lastDeleted ? [lastDeleted.plan] : [])].map((plan) => planOwner(plan.id)),
  );
  usePartTimeStore
    .getState()
    .keepScenarioOwners((owner) => owner === 'calculator' || kept.has(owner as ScenarioOwner));
}
