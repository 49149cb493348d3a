import { beforeEach, describe, expect, it } from 'vitest';
import { copyPlanWithScenarios, forgetScenariosOfDeletedPlans } from './plan-actions';
import { planOwner, usePartTimeStore } from './part-time-store';
import { RECOVERY_KEY_PREFIX } from './persistence';
import { usePlansStore } from './plans-store';
import { periods } from '../../tests/support/plans';
import type { Period } from '../domain/cct/period';

/** One period as a list (the tests make each from a plain object). */
function periodList(period: Period | undefined): readonly Period[] {
  if (period === undefined) throw new Error('no period');
  return [period];
}

beforeEach(() => {
  usePlansStore.getState().clearEverything();
  usePartTimeStore.getState().reset();
});

describe('copying a plan', () => {
  it('copies its answers and the part-time scenarios kept beside it, and opens the copy', () => {
    const { createPlan, setAnswers } = usePlansStore.getState();
    const originalId = createPlan('ST5 plan');
    setAnswers(originalId, { dateOfBirth: '1993-06-02', now: { stage: 'st', year: 5 } });
    const [period] = periods({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 });
    usePartTimeStore
      .getState()
      .addScenario(planOwner(originalId), '60% from August', periodList(period));

    const copyId = copyPlanWithScenarios(originalId);

    const { plans, activePlanId } = usePlansStore.getState();
    expect(activePlanId).toBe(copyId);
    expect(plans.find((plan) => plan.id === copyId)?.answers).toEqual(
      plans.find((plan) => plan.id === originalId)?.answers,
    );
    const { scenarios } = usePartTimeStore.getState();
    expect(scenarios[planOwner(copyId)]?.map(({ name, changes }) => ({ name, changes }))).toEqual([
      { name: '60% from August', changes: periodList(period) },
    ]);
    expect(scenarios[planOwner(originalId)]).toHaveLength(1);
  });

  it('does nothing for a plan that does not exist', () => {
    expect(copyPlanWithScenarios('no-such-plan')).toBe('');
    expect(usePlansStore.getState().plans).toEqual([]);
    expect(usePartTimeStore.getState().scenarios).toEqual({});
  });
});

describe('forgetting the scenarios of deleted plans', () => {
  const [period] = periods({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.8 });

  function planWithScenario(name: string): string {
    const id = usePlansStore.getState().createPlan(name);
    usePartTimeStore.getState().addScenario(planOwner(id), `${name} at 80%`, periodList(period));
    return id;
  }

  it('forgets them once a plan is beyond undo, keeping saved plans’, the undoable one’s and the calculator’s', () => {
    const kept = planWithScenario('Kept');
    const first = planWithScenario('Deleted first');
    const second = planWithScenario('Deleted second');
    usePartTimeStore.getState().addScenario('calculator', 'Calculator at 80%', periodList(period));
    const { deletePlan } = usePlansStore.getState();
    deletePlan(first);
    forgetScenariosOfDeletedPlans();
    // The first can still be undone.
    expect(Object.keys(usePartTimeStore.getState().scenarios).sort()).toEqual(
      ['calculator', planOwner(first), planOwner(kept), planOwner(second)].sort(),
    );
    deletePlan(second);
    forgetScenariosOfDeletedPlans();
    expect(Object.keys(usePartTimeStore.getState().scenarios).sort()).toEqual(
      ['calculator', planOwner(kept), planOwner(second)].sort(),
    );
    usePlansStore.getState().undoDelete();
    forgetScenariosOfDeletedPlans();
    expect(usePartTimeStore.getState().scenarios[planOwner(second)]).toHaveLength(1);
  });

  it('keeps the scenarios of a plan kept only in a recovery copy, after the notice is hidden', () => {
    planWithScenario('Kept');
    usePartTimeStore
      .getState()
      .addScenario(planOwner('plan-not-loaded'), 'Its scenario', periodList(period));
    localStorage.setItem(
      `${RECOVERY_KEY_PREFIX}2026-11-25T10:00:00.000Z`,
      '{"state":{"plans":[{"id":"plan-not-loaded","name":"Unreadable","answers":7}]}',
    );
    // The load problem was shown and hidden, or this is a later visit after a save: no problem now.
    expect(usePlansStore.getState().loadProblem).toBeNull();
    forgetScenariosOfDeletedPlans();
    expect(usePartTimeStore.getState().scenarios[planOwner('plan-not-loaded')]).toHaveLength(1);
  });

  it('keeps scenarios of no plan this tab held while copies of unreadable plans are kept (an id that could not be read), but forgets those of plans deleted here', () => {
    const deleted = planWithScenario('Deleted');
    usePartTimeStore
      .getState()
      .addScenario(planOwner('id-lost-by-hand'), 'Its scenario', periodList(period));
    localStorage.setItem(
      `${RECOVERY_KEY_PREFIX}2026-11-25T10:00:00.000Z`,
      '{"state":{"plans":[{"name":"Its id was removed"}]}}',
    );
    const { deletePlan, createPlan } = usePlansStore.getState();
    deletePlan(deleted);
    createPlan('Another');
    deletePlan(usePlansStore.getState().activePlanId ?? '');
    forgetScenariosOfDeletedPlans();
    const owners = Object.keys(usePartTimeStore.getState().scenarios);
    expect(owners).toContain(planOwner('id-lost-by-hand'));
    expect(owners).not.toContain(planOwner(deleted));
  });

  it('forgets nothing while saved plans could not all be read', () => {
    planWithScenario('Kept');
    usePartTimeStore
      .getState()
      .addScenario(planOwner('plan-not-loaded'), 'Its scenario', periodList(period));
    usePlansStore.setState({
      loadProblem: {
        summary: 'We could not read all of your saved plans',
        details: [],
        recoveryKey: '',
      },
    });
    forgetScenariosOfDeletedPlans();
    expect(usePartTimeStore.getState().scenarios[planOwner('plan-not-loaded')]).toHaveLength(1);
  });
});
