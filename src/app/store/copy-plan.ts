/**
 * Copying a plan copies what belongs to it in both stores: its answers (the plans store) and the
 * part-time scenarios kept beside it (the part-time store, by plan id). The copy becomes the open plan.
 */
import { planOwner, usePartTimeStore } from './part-time-store';
import { usePlansStore } from './plans-store';

/** Returns the copy's id, or '' when there is no such plan. */
export function copyPlanWithScenarios(planId: string): string {
  const copyId = usePlansStore.getState().duplicatePlan(planId);
  if (copyId !== '')
    usePartTimeStore.getState().copyScenarios(planOwner(planId), planOwner(copyId));
  return copyId;
}
