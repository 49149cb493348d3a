/**
 * Actions on a plan that reach both stores: its answers are in the plans store, and the part-time
 * scenarios kept beside it are in the part-time store, by plan id.
 */
import type { ScenarioOwner } from '../domain/plan/saved-shapes';
import { planOwner, usePartTimeStore } from './part-time-store';
import { usePlansStore } from './plans-store';
import { planRecoveryCopies } from './saved-data';

/** Returns the copy's id, or '' when there is no such plan. */
export function copyPlanWithScenarios(planId: string): string {
  const copyId = usePlansStore.getState().duplicatePlan(planId);
  if (copyId !== '')
    usePartTimeStore.getState().copyScenarios(planOwner(planId), planOwner(copyId));
  return copyId;
}

/** Every plan id this tab has held: a plan that was never loaded here was never deleted here. */
const plansSeen = new Set<string>();
usePlansStore.subscribe((state) => {
  for (const plan of state.plans) plansSeen.add(plan.id);
});

/**
 * Forgets the part-time scenarios of plans that are gone for good: not saved, and not the plan that
 * can still be brought back with undo. A plan that failed to load is not gone and its scenarios must
 * stay, so this does nothing while saved plans could not all be read, and while copies of unreadable
 * plans are kept it forgets only plans this tab held that no copy names (a plan whose id could not be
 * read cannot be told apart from a deleted one, so its scenarios stay too).
 */
export function forgetScenariosOfDeletedPlans(): void {
  const { plans, lastDeleted, loadProblem } = usePlansStore.getState();
  if (loadProblem !== null) return;
  for (const plan of plans) plansSeen.add(plan.id);
  const kept = new Set(
    [...plans, ...(lastDeleted ? [lastDeleted.plan] : [])].map((plan) => planOwner(plan.id)),
  );
  const copies = planRecoveryCopies();
  const deletedHere = (owner: string): boolean => {
    if (copies.length === 0) return true;
    const id = owner.slice(planOwner('').length);
    return plansSeen.has(id) && !copies.some((copy) => copy.includes(JSON.stringify(id)));
  };
  usePartTimeStore
    .getState()
    .keepScenarioOwners(
      (owner) => owner === 'calculator' || kept.has(owner as ScenarioOwner) || !deletedHere(owner),
    );
}
