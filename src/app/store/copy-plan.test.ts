import { beforeEach, describe, expect, it } from 'vitest';
import { copyPlanWithScenarios } from './copy-plan';
import { planOwner, usePartTimeStore } from './part-time-store';
import { usePlansStore } from './plans-store';

beforeEach(() => {
  usePlansStore.getState().clearEverything();
  usePartTimeStore.getState().reset();
});

describe('copying a plan', () => {
  it('copies its answers and the part-time scenarios kept beside it, and opens the copy', () => {
    const { createPlan, setAnswers } = usePlansStore.getState();
    const originalId = createPlan('ST5 plan');
    setAnswers(originalId, { dateOfBirth: '1993-06-02', now: { stage: 'st', year: 5 } });
    const period = { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 };
    usePartTimeStore.getState().addScenario(planOwner(originalId), '60% from August', [period]);

    const copyId = copyPlanWithScenarios(originalId);

    const { plans, activePlanId } = usePlansStore.getState();
    expect(activePlanId).toBe(copyId);
    expect(plans.find((plan) => plan.id === copyId)?.answers).toEqual(
      plans.find((plan) => plan.id === originalId)?.answers,
    );
    const { scenarios } = usePartTimeStore.getState();
    expect(scenarios[planOwner(copyId)]?.map(({ name, changes }) => ({ name, changes }))).toEqual([
      { name: '60% from August', changes: [period] },
    ]);
    expect(scenarios[planOwner(originalId)]).toHaveLength(1);
  });

  it('does nothing for a plan that does not exist', () => {
    expect(copyPlanWithScenarios('no-such-plan')).toBe('');
    expect(usePlansStore.getState().plans).toEqual([]);
    expect(usePartTimeStore.getState().scenarios).toEqual({});
  });
});
