import { beforeEach, describe, expect, it } from 'vitest';
import { PLANS_STORAGE_KEY, RECOVERY_KEY_PREFIX } from './persistence';
import { PLANS_SCHEMA_VERSION } from '../domain/plan/saved-plans-format';
import { createPlansStore, selectActivePlan, usablePlanName } from './plans-store';

/** A clock that moves on a minute each time it is read, so every timestamp is distinct. */
function steppingClock(start = '2026-11-25T10:00:00.000Z') {
  let minutes = 0;
  return () => new Date(Date.parse(start) + 60_000 * minutes++);
}

function freshStore() {
  return createPlansStore({ storage: () => localStorage, now: steppingClock() });
}

function savedState(): unknown {
  return JSON.parse(localStorage.getItem(PLANS_STORAGE_KEY) ?? 'null');
}

beforeEach(() => localStorage.clear());

describe('a new plans store', () => {
  it('starts with no plans and nothing to report', () => {
    const state = freshStore().getState();
    expect(state.plans).toEqual([]);
    expect(state.activePlanId).toBeNull();
    expect(state.loadProblem).toBeNull();
    expect(state.otherTabNotice).toBeNull();
    expect(state.lastDeleted).toBeNull();
    expect(selectActivePlan(state)).toBeNull();
  });
});

describe('createPlan', () => {
  it('adds an empty plan with timestamps, opens it and saves it', () => {
    const store = freshStore();
    const id = store.getState().createPlan();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.getState().plans).toEqual([
      {
        id,
        name: 'Plan 1',
        answers: {},
        createdAt: '2026-11-25T10:00:00.000Z',
        updatedAt: '2026-11-25T10:00:00.000Z',
      },
    ]);
    expect(store.getState().activePlanId).toBe(id);
    expect(savedState()).toEqual({
      state: { plans: store.getState().plans, activePlanId: id },
      version: PLANS_SCHEMA_VERSION,
      // Which save this is, so another tab can merge with it exactly.
      revision: expect.any(String),
    });
  });

  it('numbers default names without clashing with existing names', () => {
    const store = freshStore();
    store.getState().createPlan();
    store.getState().createPlan('plan 3');
    store.getState().createPlan();
    expect(store.getState().plans.map((plan) => plan.name)).toEqual(['Plan 1', 'plan 3', 'Plan 4']);
  });

  it('uses a trimmed name, or a default name when the given one cannot be used', () => {
    const store = freshStore();
    store.getState().createPlan('  Graduate entry  ');
    store.getState().createPlan('   ');
    store.getState().createPlan('x'.repeat(61));
    expect(store.getState().plans.map((plan) => plan.name)).toEqual([
      'Graduate entry',
      'Plan 2',
      'Plan 3',
    ]);
  });

  it('gives every plan its own id', () => {
    const store = freshStore();
    const ids = Array.from({ length: 5 }, () => store.getState().createPlan());
    expect(new Set(ids).size).toBe(5);
  });
});

describe('renamePlan', () => {
  it('renames with the name trimmed and records when', () => {
    const store = freshStore();
    const id = store.getState().createPlan();
    store.getState().renamePlan(id, '  Scotland route ');
    expect(store.getState().plans[0]).toMatchObject({
      name: 'Scotland route',
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:01:00.000Z',
    });
  });

  it('ignores an empty name, a name over 60 characters and an unknown plan', () => {
    const store = freshStore();
    const id = store.getState().createPlan('Kept');
    const before = store.getState().plans;
    store.getState().renamePlan(id, '   ');
    store.getState().renamePlan(id, 'x'.repeat(61));
    store.getState().renamePlan('no-such-plan', 'Other');
    expect(store.getState().plans).toBe(before);
    store.getState().renamePlan(id, 'x'.repeat(60));
    expect(store.getState().plans[0]?.name).toHaveLength(60);
  });

  it('usablePlanName says which names can be used', () => {
    expect(usablePlanName(' A ')).toBe('A');
    expect(usablePlanName('')).toBeNull();
    expect(usablePlanName('y'.repeat(61))).toBeNull();
  });
});

describe('duplicatePlan', () => {
  it('adds "Copy of …" with the same answers just after the original, and opens it', () => {
    const store = freshStore();
    const first = store.getState().createPlan('First');
    store.getState().setAnswers(first, { nation: 'wales' });
    const last = store.getState().createPlan('Last');
    const copy = store.getState().duplicatePlan(first);
    const { plans, activePlanId } = store.getState();
    expect(plans.map((plan) => plan.id)).toEqual([first, copy, last]);
    expect(plans[1]).toMatchObject({ name: 'Copy of First', answers: { nation: 'wales' } });
    // A copy is a new plan: its own timestamps, later than the original's last change.
    expect(plans[1]?.createdAt).toBe(plans[1]?.updatedAt);
    expect((plans[1]?.createdAt ?? '') > (plans[0]?.updatedAt ?? '')).toBe(true);
    expect(activePlanId).toBe(copy);
  });

  it('numbers further copies and keeps names within 60 characters', () => {
    const store = freshStore();
    const id = store.getState().createPlan('Mine');
    store.getState().duplicatePlan(id);
    store.getState().duplicatePlan(id);
    const long = store.getState().createPlan('z'.repeat(60));
    store.getState().duplicatePlan(long);
    store.getState().duplicatePlan(long);
    const names = store.getState().plans.map((plan) => plan.name);
    expect(names.slice(0, 3)).toEqual(['Mine', 'Copy of Mine (2)', 'Copy of Mine']);
    expect(names[4]).toBe(`Copy of ${'z'.repeat(48)} (2)`);
    expect(names[5]).toBe(`Copy of ${'z'.repeat(52)}`);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(60);
  });

  it("returns '' and changes nothing for an unknown plan", () => {
    const store = freshStore();
    store.getState().createPlan();
    const before = store.getState().plans;
    expect(store.getState().duplicatePlan('no-such-plan')).toBe('');
    expect(store.getState().plans).toBe(before);
  });
});

describe('deletePlan and undoDelete', () => {
  function threePlans() {
    const store = freshStore();
    const ids = ['One', 'Two', 'Three'].map((name) => store.getState().createPlan(name));
    return { store, ids: ids as [string, string, string] };
  }

  it('deletes a plan, keeps it for undo and opens the next plan', () => {
    const { store, ids } = threePlans();
    store.getState().switchPlan(ids[1]);
    store.getState().deletePlan(ids[1]);
    const { plans, activePlanId, lastDeleted } = store.getState();
    expect(plans.map((plan) => plan.name)).toEqual(['One', 'Three']);
    expect(activePlanId).toBe(ids[2]);
    expect(lastDeleted).toMatchObject({ plan: { name: 'Two' }, index: 1, wasActive: true });
    expect(JSON.stringify(savedState())).not.toContain('Two');
  });

  it('opens the plan before when the last plan is deleted, and none when no plan is left', () => {
    const { store, ids } = threePlans();
    store.getState().deletePlan(ids[2]);
    expect(store.getState().activePlanId).toBe(ids[1]);
    store.getState().deletePlan(ids[0]);
    store.getState().deletePlan(ids[1]);
    expect(store.getState().plans).toEqual([]);
    expect(store.getState().activePlanId).toBeNull();
  });

  it('keeps the open plan when another plan is deleted', () => {
    const { store, ids } = threePlans();
    store.getState().deletePlan(ids[0]);
    expect(store.getState().activePlanId).toBe(ids[2]);
  });

  it('undo puts the plan back in its place, unchanged, and opens it if it was open', () => {
    const { store, ids } = threePlans();
    store.getState().switchPlan(ids[1]);
    const deleted = store.getState().plans[1];
    store.getState().deletePlan(ids[1]);
    store.getState().undoDelete();
    expect(store.getState().plans.map((plan) => plan.name)).toEqual(['One', 'Two', 'Three']);
    expect(store.getState().plans[1]).toBe(deleted);
    expect(store.getState().activePlanId).toBe(ids[1]);
    expect(store.getState().lastDeleted).toBeNull();
    expect(JSON.stringify(savedState())).toContain('Two');
  });

  it('undo leaves the open plan alone when the deleted plan was not open', () => {
    const { store, ids } = threePlans();
    store.getState().deletePlan(ids[0]);
    store.getState().undoDelete();
    expect(store.getState().plans.map((plan) => plan.name)).toEqual(['One', 'Two', 'Three']);
    expect(store.getState().activePlanId).toBe(ids[2]);
  });

  it('undo after the list has shrunk puts the plan at the end, and does nothing a second time', () => {
    const { store, ids } = threePlans();
    store.getState().deletePlan(ids[2]);
    store.getState().deletePlan(ids[1]);
    store.getState().deletePlan(ids[0]);
    store.getState().undoDelete();
    expect(store.getState().plans.map((plan) => plan.name)).toEqual(['One']);
    store.getState().undoDelete();
    expect(store.getState().plans.map((plan) => plan.name)).toEqual(['One']);
  });

  it('ignores an unknown plan', () => {
    const { store } = threePlans();
    store.getState().deletePlan('no-such-plan');
    expect(store.getState().plans).toHaveLength(3);
    expect(store.getState().lastDeleted).toBeNull();
  });
});

describe('switchPlan', () => {
  it('opens another plan, remembers it, and ignores an unknown plan', () => {
    const store = freshStore();
    const first = store.getState().createPlan();
    store.getState().createPlan();
    store.getState().switchPlan(first);
    expect(store.getState().activePlanId).toBe(first);
    expect(savedState()).toMatchObject({ state: { activePlanId: first } });
    store.getState().switchPlan('no-such-plan');
    expect(store.getState().activePlanId).toBe(first);
  });
});

describe('setAnswers', () => {
  it('merges changes into the answers and records when', () => {
    const store = freshStore();
    const id = store.getState().createPlan();
    store.getState().setAnswers(id, { dateOfBirth: '2011-03-14', nation: 'england' });
    store.getState().setAnswers(id, { nation: 'wales', now: { stage: 'school', yearGroup: 11 } });
    expect(store.getState().plans[0]).toMatchObject({
      answers: {
        dateOfBirth: '2011-03-14',
        nation: 'wales',
        now: { stage: 'school', yearGroup: 11 },
      },
      updatedAt: '2026-11-25T10:02:00.000Z',
    });
  });

  it('removes an answer set to undefined', () => {
    const store = freshStore();
    const id = store.getState().createPlan();
    store.getState().setAnswers(id, { qualificationYear: 2030, nation: 'wales' });
    store.getState().setAnswers(id, { qualificationYear: undefined });
    expect(store.getState().plans[0]?.answers).toEqual({ nation: 'wales' });
    expect('qualificationYear' in (store.getState().plans[0]?.answers ?? {})).toBe(false);
  });

  it('changes nothing, not even the timestamp, when the answers are the same', () => {
    const store = freshStore();
    const id = store.getState().createPlan();
    store.getState().setAnswers(id, { nation: 'wales' });
    const before = store.getState().plans;
    store.getState().setAnswers(id, { nation: 'wales' });
    store.getState().setAnswers('no-such-plan', { nation: 'scotland' });
    expect(store.getState().plans).toBe(before);
  });

  it('keeps only answers Pathway knows', () => {
    const store = freshStore();
    const id = store.getState().createPlan();
    const changes: Record<string, unknown> = { nation: 'wales', password: 'secret' };
    store.getState().setAnswers(id, changes);
    expect(store.getState().plans[0]?.answers).toEqual({ nation: 'wales' });
  });

  it('changes only the plan named', () => {
    const store = freshStore();
    const first = store.getState().createPlan();
    const second = store.getState().createPlan();
    store.getState().setAnswers(first, { nation: 'scotland' });
    expect(store.getState().plans.find((plan) => plan.id === second)?.answers).toEqual({});
  });
});

describe('ensureActivePlan', () => {
  it('creates and opens "Plan 1" when there are no plans', () => {
    const store = freshStore();
    const id = store.getState().ensureActivePlan();
    expect(store.getState().plans.map((plan) => [plan.id, plan.name])).toEqual([[id, 'Plan 1']]);
    expect(store.getState().activePlanId).toBe(id);
  });

  it('returns the open plan, or opens the first when none is open', () => {
    const store = freshStore();
    const first = store.getState().createPlan();
    const second = store.getState().createPlan();
    expect(store.getState().ensureActivePlan()).toBe(second);
    store.setState({ activePlanId: null });
    expect(store.getState().ensureActivePlan()).toBe(first);
    expect(store.getState().plans).toHaveLength(2);
  });
});

describe('clearEverything', () => {
  it('removes every Pathway key, recovery copies included, and starts afresh', () => {
    localStorage.setItem(PLANS_STORAGE_KEY, '{"state":{"plans":[');
    const store = freshStore();
    expect(store.getState().loadProblem).not.toBeNull();
    store.getState().createPlan();
    localStorage.setItem('pathway-settings', '{}');
    localStorage.setItem('another-site', 'kept');

    store.getState().clearEverything();

    expect(Object.keys(localStorage)).toEqual(['another-site']);
    expect(Object.keys(localStorage).some((key) => key.startsWith(RECOVERY_KEY_PREFIX))).toBe(
      false,
    );
    const state = store.getState();
    expect(state.plans).toEqual([]);
    expect(state.activePlanId).toBeNull();
    expect(state.loadProblem).toBeNull();
    expect(state.otherTabNotice).toBeNull();
    expect(state.lastDeleted).toBeNull();
  });

  it('leaves nothing behind for undo', () => {
    const store = freshStore();
    const id = store.getState().createPlan();
    store.getState().deletePlan(id);
    store.getState().clearEverything();
    store.getState().undoDelete();
    expect(store.getState().plans).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('lets the person start again afterwards', () => {
    const store = freshStore();
    store.getState().createPlan('Old');
    store.getState().clearEverything();
    store.getState().createPlan();
    expect(store.getState().plans.map((plan) => plan.name)).toEqual(['Plan 1']);
    expect(JSON.stringify(savedState())).not.toContain('Old');
  });
});

describe('dismissing messages', () => {
  it('clears the load problem and the other-tab notice', () => {
    localStorage.setItem(PLANS_STORAGE_KEY, 'not json');
    const store = freshStore();
    store.setState({ otherTabNotice: 'This plan was changed in another tab or window.' });
    store.getState().dismissLoadProblem();
    store.getState().dismissOtherTabNotice();
    expect(store.getState().loadProblem).toBeNull();
    expect(store.getState().otherTabNotice).toBeNull();
  });

  it('does not save messages: they are for this page only', () => {
    const store = freshStore();
    store.getState().createPlan();
    store.setState({ otherTabNotice: 'Something happened elsewhere.' });
    expect(JSON.stringify(savedState())).not.toContain('Something happened');
  });
});
