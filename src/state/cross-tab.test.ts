import { describe, expect, it, vi } from 'vitest';
import { startPlanStore, watchOtherTabs } from './cross-tab';
import { PLANS_STORAGE_KEY } from './persistence';
import { PLANS_SCHEMA_VERSION } from '../domain/plan/saved-plans-format';
import { type PlansStore, createPlansStore, selectActivePlan } from './plans-store';
import { LaggingStorage } from '../../tests/support/lagging-storage';

/** localStorage as two tabs of one browser share it. */
class SharedStorage implements Storage {
  [name: string]: unknown;
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

type Tab = { readonly store: PlansStore; readonly window: EventTarget; readonly stop: () => void };

/** Two tabs on one device: separate stores and windows, one storage. The clocks agree. */
function openTwoTabs() {
  const storage = new SharedStorage();
  let minutes = 0;
  const now = () => new Date(Date.parse('2026-11-25T10:00:00.000Z') + 60_000 * minutes++);
  const openTab = (): Tab => {
    const store = createPlansStore({ storage: () => storage, now });
    const tabWindow = new EventTarget();
    return { store, window: tabWindow, stop: watchOtherTabs(store, tabWindow) };
  };
  const first = openTab();
  const planId = first.store.getState().createPlan('Shared plan');
  first.store.getState().setAnswers(planId, { dateOfBirth: '2011-03-14' });
  const second = openTab();
  return { storage, first, second, planId };
}

/** What the browser does in every other tab after one tab writes to localStorage. */
function storageEventIn(tab: Tab, storage: Storage, key: string | null = PLANS_STORAGE_KEY) {
  const newValue = key === null ? null : storage.getItem(key);
  tab.window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
}

function answersIn(store: PlansStore) {
  return selectActivePlan(store.getState())?.answers;
}

describe('watchOtherTabs: another tab saves', () => {
  it('loads the change at once and says the open plan was changed', () => {
    const { storage, first, second, planId } = openTwoTabs();
    first.store.getState().setAnswers(planId, { nation: 'wales' });
    storageEventIn(second, storage);

    expect(answersIn(second.store)).toEqual({ dateOfBirth: '2011-03-14', nation: 'wales' });
    expect(second.store.getState().otherTabNotice).toBe(
      'This plan was changed in another tab or window: where you live.',
    );
    expect(first.store.getState().otherTabNotice).toBeNull();
  });

  it("so neither tab's later change overwrites the other's", () => {
    const { storage, first, second, planId } = openTwoTabs();
    first.store.getState().setAnswers(planId, { nation: 'wales' });
    storageEventIn(second, storage);
    second.store.getState().setAnswers(planId, { coreRoute: 'accs-im' });
    storageEventIn(first, storage);
    first.store.getState().setAnswers(planId, { intercalate: true });
    storageEventIn(second, storage);

    const everything = {
      dateOfBirth: '2011-03-14',
      nation: 'wales',
      coreRoute: 'accs-im',
      intercalate: true,
    };
    expect(answersIn(first.store)).toEqual(everything);
    expect(answersIn(second.store)).toEqual(everything);
    expect(createPlansStore({ storage: () => storage }).getState().plans[0]?.answers).toEqual(
      everything,
    );
  });

  it('says when the open plan was renamed', () => {
    const { storage, first, second, planId } = openTwoTabs();
    first.store.getState().renamePlan(planId, 'Graduate entry');
    storageEventIn(second, storage);
    expect(selectActivePlan(second.store.getState())?.name).toBe('Graduate entry');
    expect(second.store.getState().otherTabNotice).toBe(
      '"Shared plan" was renamed "Graduate entry" in another tab or window.',
    );
  });

  it('says when the open plan was deleted, and opens another', () => {
    const { storage, first, second, planId } = openTwoTabs();
    const otherId = first.store.getState().createPlan('Other plan');
    storageEventIn(second, storage);
    expect(second.store.getState().otherTabNotice).toBeNull();
    expect(second.store.getState().activePlanId).toBe(planId);

    first.store.getState().deletePlan(planId);
    storageEventIn(second, storage);
    expect(second.store.getState().plans.map((plan) => plan.id)).toEqual([otherId]);
    expect(second.store.getState().activePlanId).toBe(otherId);
    expect(second.store.getState().otherTabNotice).toBe(
      '"Shared plan" was deleted in another tab or window. You are now seeing "Other plan".',
    );
  });

  it('says when everything was cleared, and writes nothing back', () => {
    const { storage, first, second } = openTwoTabs();
    first.store.getState().clearEverything();
    storageEventIn(second, storage);
    expect(second.store.getState().plans).toEqual([]);
    expect(second.store.getState().activePlanId).toBeNull();
    expect(second.store.getState().otherTabNotice).toBe(
      'Everything Pathway saved on this device was cleared in another tab or window.',
    );
    expect(storage.length).toBe(0);
  });

  it('forgets a deleted plan it could have brought back when everything is cleared elsewhere', () => {
    const { storage, first, second } = openTwoTabs();
    const extra = second.store.getState().createPlan('Private');
    second.store.getState().deletePlan(extra);
    storageEventIn(first, storage);
    first.store.getState().clearEverything();
    storageEventIn(second, storage);
    second.store.getState().undoDelete();
    expect(second.store.getState().lastDeleted).toBeNull();
    expect(second.store.getState().plans).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('treats the other tab clearing all of localStorage the same way', () => {
    const { storage, second } = openTwoTabs();
    storage.clear();
    storageEventIn(second, storage, null);
    expect(second.store.getState().plans).toEqual([]);
    expect(second.store.getState().otherTabNotice).toMatch(/was cleared in another tab/);
  });

  it('updates quietly when only a plan that is not open changed', () => {
    const { storage, first, second, planId } = openTwoTabs();
    const otherId = first.store.getState().createPlan('Other plan');
    first.store.getState().setAnswers(otherId, { nation: 'scotland' });
    storageEventIn(second, storage);
    expect(second.store.getState().activePlanId).toBe(planId);
    expect(second.store.getState().plans[1]?.answers).toEqual({ nation: 'scotland' });
    expect(second.store.getState().otherTabNotice).toBeNull();
  });

  it('keeps its own open plan when the other tab opens a different one', () => {
    const { storage, first, second, planId } = openTwoTabs();
    first.store.getState().createPlan('Opened over there');
    storageEventIn(second, storage);
    expect(second.store.getState().activePlanId).toBe(planId);
  });

  it('ignores other keys', () => {
    const { storage, second } = openTwoTabs();
    const rehydrate = vi.spyOn(second.store.persist, 'rehydrate');
    storage.setItem('pathway-settings', '{}');
    storageEventIn(second, storage, 'pathway-settings');
    expect(rehydrate).not.toHaveBeenCalled();
  });

  it('reloads when the page comes back from the back-forward cache', () => {
    const { storage, first, second, planId } = openTwoTabs();
    first.store.getState().setAnswers(planId, { nation: 'wales' });
    second.window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(answersIn(second.store)).not.toHaveProperty('nation');
    second.window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(answersIn(second.store)).toHaveProperty('nation', 'wales');
    expect(second.store.getState().otherTabNotice).toMatch(/changed in another tab/);
    expect(storage.getItem(PLANS_STORAGE_KEY)).toContain('wales');
  });

  it('stops listening when unsubscribed', () => {
    const { storage, first, second, planId } = openTwoTabs();
    second.stop();
    first.store.getState().setAnswers(planId, { nation: 'wales' });
    storageEventIn(second, storage);
    expect(answersIn(second.store)).toEqual({ dateOfBirth: '2011-03-14' });
  });
});

describe('saving after another tab saved, before this tab heard about it', () => {
  it('keeps both changes to different answers, and says the open plan changed', () => {
    const { storage, first, second, planId } = openTwoTabs();
    first.store.getState().setAnswers(planId, { nation: 'wales' });
    // The second tab has not had the storage event yet.
    second.store.getState().setAnswers(planId, { coreRoute: 'accs-im' });

    const both = { dateOfBirth: '2011-03-14', nation: 'wales', coreRoute: 'accs-im' };
    expect(answersIn(second.store)).toEqual(both);
    expect(second.store.getState().otherTabNotice).toBe(
      'This plan was changed in another tab or window: where you live.',
    );
    storageEventIn(first, storage);
    expect(answersIn(first.store)).toEqual(both);
  });

  it('keeps plans created in both tabs', () => {
    const { storage, first, second } = openTwoTabs();
    first.store.getState().createPlan('From the first tab');
    second.store.getState().createPlan('From the second tab');
    storageEventIn(first, storage);
    const names = ['Shared plan', 'From the second tab', 'From the first tab'];
    expect(second.store.getState().plans.map((plan) => plan.name)).toEqual(names);
    expect(first.store.getState().plans.map((plan) => plan.name)).toEqual(names);
  });

  it('keeps the most recent of two changes to the same answer, and says so', () => {
    const { first, second, planId } = openTwoTabs();
    first.store.getState().setAnswers(planId, { nation: 'wales' });
    second.store.getState().setAnswers(planId, { nation: 'scotland' });
    expect(answersIn(second.store)).toMatchObject({ nation: 'scotland' });
    expect(second.store.getState().otherTabNotice).toBe(
      '"Shared plan" was changed here and in another tab or window at the same time. Where both changed the same answer, Pathway kept the most recent change.',
    );
  });

  it('loses none of its plans when a newer version of Pathway saved in another tab', () => {
    const { storage, second, planId } = openTwoTabs();
    const newer = JSON.stringify({
      state: { plans: [], profiles: {} },
      version: PLANS_SCHEMA_VERSION + 1,
    });
    storage.setItem(PLANS_STORAGE_KEY, newer);
    second.store.getState().createPlan('Another');

    expect(second.store.getState().plans.map((plan) => plan.id)[0]).toBe(planId);
    expect(second.store.getState().plans).toHaveLength(2);
    const { loadProblem } = second.store.getState();
    expect(loadProblem?.summary).toMatch(/newer version of Pathway/);
    expect(storage.getItem(loadProblem?.recoveryKey ?? '')).toBe(newer);
    expect(storage.getItem(PLANS_STORAGE_KEY)).toContain('Another');
  });

  it('keeps a plan this tab changed after another tab deleted it, and says so', () => {
    const { storage, first, second, planId } = openTwoTabs();
    first.store.getState().deletePlan(planId);
    second.store.getState().setAnswers(planId, { nation: 'wales' });
    expect(second.store.getState().plans).toHaveLength(1);
    expect(second.store.getState().otherTabNotice).toBe(
      '"Shared plan" was deleted in another tab or window, but you had changed it here, so Pathway kept it.',
    );
    expect(storage.getItem(PLANS_STORAGE_KEY)).toContain('wales');
  });
});

describe('startPlanStore', () => {
  it('watches the app store through the window and can be stopped', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const stop = startPlanStore();
    expect(add).toHaveBeenCalledWith('storage', expect.any(Function));
    stop();
    expect(remove).toHaveBeenCalledWith('storage', expect.any(Function));
  });
});

describe('two tabs saving at the same instant, each before the other tab’s save reached it', () => {
  function openLaggingTabs() {
    const storage = new LaggingStorage();
    const now = () => new Date('2026-12-07T10:00:00.000Z');
    const tabs = [0, 1].map((index) => {
      const store = createPlansStore({ storage: () => storage.viewFor(index), now });
      const tabWindow = new EventTarget();
      watchOtherTabs(store, tabWindow);
      return { store, window: tabWindow };
    });
    const [first, second] = tabs as [(typeof tabs)[0], (typeof tabs)[0]];
    const one = first.store.getState().createPlan('Plan one');
    const two = first.store.getState().createPlan('Plan two');
    /** Lets the browser pass every write on until nothing more is written. */
    const settle = () => {
      for (let round = 0; round < 10; round += 1) {
        const events = storage.deliver();
        if (events.length === 0) return;
        for (const { to, key, newValue } of events) {
          tabs[to]?.window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
        }
      }
      throw new Error('the tabs kept writing');
    };
    settle();
    return { storage, first, second, one, two, settle };
  }

  const namesIn = (plans: readonly { name: string }[]) => plans.map((plan) => plan.name).sort();
  const savedNames = (storage: LaggingStorage) =>
    namesIn(
      (
        JSON.parse(storage.getItem(PLANS_STORAGE_KEY) ?? '{}') as {
          state: { plans: { name: string }[] };
        }
      ).state.plans,
    );

  it('keeps a different plan renamed in each tab, in storage and in both tabs', () => {
    const { storage, first, second, one, two, settle } = openLaggingTabs();
    first.store.getState().renamePlan(one, 'Renamed in the first tab');
    second.store.getState().renamePlan(two, 'Renamed in the second tab');
    settle();
    const both = ['Renamed in the first tab', 'Renamed in the second tab'];
    expect(savedNames(storage)).toEqual(both);
    expect(namesIn(first.store.getState().plans)).toEqual(both);
    expect(namesIn(second.store.getState().plans)).toEqual(both);
  });

  it('keeps a plan created in each tab', () => {
    const { storage, first, second, settle } = openLaggingTabs();
    first.store.getState().createPlan('Made in the first tab');
    second.store.getState().createPlan('Made in the second tab');
    settle();
    const all = ['Made in the first tab', 'Made in the second tab', 'Plan one', 'Plan two'];
    expect(savedNames(storage)).toEqual(all);
    expect(namesIn(first.store.getState().plans)).toEqual(all);
    expect(namesIn(second.store.getState().plans)).toEqual(all);
  });

  it('keeps a delete in one tab and a copy in the other', () => {
    const { storage, first, second, one, two, settle } = openLaggingTabs();
    first.store.getState().deletePlan(one);
    second.store.getState().duplicatePlan(two);
    settle();
    const all = ['Copy of Plan two', 'Plan two'];
    expect(savedNames(storage)).toEqual(all);
    expect(namesIn(first.store.getState().plans)).toEqual(all);
    expect(namesIn(second.store.getState().plans)).toEqual(all);
  });
});
