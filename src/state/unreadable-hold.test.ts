/**
 * Storage full while saved data is unreadable: no copy can be kept, so the unreadable data is left in
 * place and nothing overwrites it until the person downloads or discards it (issue 15).
 */
import { describe, expect, it } from 'vitest';
import { PLANS_STORAGE_KEY, RECOVERY_KEY_PREFIX } from './persistence';
import { createPlansStore } from './plans-store';
import { QuotaStorage } from '../../tests/support/quota-storage';

const LOAD_TIME = '2026-11-25T10:00:00.000Z';
/** A plan whose date of birth was changed by hand: the rest reads, but not all of it. */
const HAND_EDITED = JSON.stringify({
  state: {
    plans: [
      {
        id: 'plan-a',
        name: 'Mine',
        answers: { nation: 'wales', dateOfBirth: 'yesterday' },
        createdAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-01T09:00:00.000Z',
      },
    ],
    activePlanId: 'plan-a',
  },
  version: 3,
});

function fullStorageHolding(raw: string): QuotaStorage {
  const storage = new QuotaStorage();
  storage.setItem(PLANS_STORAGE_KEY, raw);
  storage.fill();
  return storage;
}

function plansStoreOn(storage: Storage) {
  return createPlansStore({ storage: () => storage, now: () => new Date(LOAD_TIME) });
}

describe('saved plans that cannot be read, on a full device', () => {
  it('are left byte for byte as they were while the person keeps changing plans in memory', () => {
    for (const raw of [HAND_EDITED, '{"state":{"plans":[', '{"state":{},"version":99}']) {
      const storage = fullStorageHolding(raw);
      const store = plansStoreOn(storage);
      expect(store.getState().loadProblem).toMatchObject({
        recoveryKey: '',
        heldKey: PLANS_STORAGE_KEY,
      });
      const id = store.getState().createPlan('Typed after loading');
      store.getState().setAnswers(id, { nation: 'scotland' });
      store.getState().dismissOtherTabNotice();
      // Room again (another site freed some): still nothing is written over it.
      storage.quota = Number.POSITIVE_INFINITY;
      store.getState().renamePlan(id, 'Renamed');
      expect(storage.getItem(PLANS_STORAGE_KEY)).toBe(raw);
      expect(store.getState().plans.map((plan) => plan.name)).toContain('Renamed');
      expect(store.getState().loadProblem?.heldKey).toBe(PLANS_STORAGE_KEY);
    }
  });

  it('are replaced by the plans in memory once the person discards them', () => {
    const storage = fullStorageHolding(HAND_EDITED);
    const store = plansStoreOn(storage);
    const id = store.getState().createPlan('Typed after loading');
    // Room for the second plan's few hundred characters once the unreadable data is gone.
    storage.quota += 400;
    store.getState().discardUnreadableData();
    expect(store.getState().loadProblem).toBeNull();
    const saved = JSON.parse(storage.getItem(PLANS_STORAGE_KEY) ?? 'null') as {
      state: { plans: { id: string; name: string }[] };
    };
    // What could be read (the plan's name and nation) and what was typed since are both saved.
    expect(saved.state.plans.map((plan) => plan.name)).toEqual(['Mine', 'Typed after loading']);
    expect(saved.state.plans.map((plan) => plan.id)).toContain(id);
    expect(Object.keys(storage.snapshot()).some((key) => key.startsWith(RECOVERY_KEY_PREFIX))).toBe(
      false,
    );
  });

  it('are kept as a copy, and not held, when there is room for one', () => {
    const storage = new QuotaStorage();
    storage.setItem(PLANS_STORAGE_KEY, HAND_EDITED);
    const store = plansStoreOn(storage);
    expect(store.getState().loadProblem?.heldKey).toBeUndefined();
    store.getState().createPlan('Typed after loading');
    expect(storage.getItem(PLANS_STORAGE_KEY)).not.toBe(HAND_EDITED);
    expect(storage.getItem(store.getState().loadProblem?.recoveryKey ?? '')).toBe(HAND_EDITED);
  });
});
