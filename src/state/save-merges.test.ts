/**
 * The two-tab merges load the first time a store saves or hears from another tab (save-merges.ts,
 * issue 14). These tests use fresh copies of the stores, so the merges have not loaded yet: a save
 * right after start still reaches storage at once, and a save or another tab's change that needs the
 * merges waits for them rather than writing over the other tab's data.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

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

/** Fresh modules: nothing in this file has loaded the merges yet. */
async function freshStores() {
  vi.resetModules();
  const [plans, partTime, crossTab, merges] = await Promise.all([
    import('./plans-store'),
    import('./part-time-store'),
    import('./cross-tab'),
    import('./save-merges'),
  ]);
  return { ...plans, ...partTime, ...crossTab, ...merges };
}

function savedPlanNames(storage: Storage): string[] {
  const saved = JSON.parse(storage.getItem('pathway-plans') ?? 'null') as {
    state: { plans: { name: string }[] };
  } | null;
  return saved?.state.plans.map((plan) => plan.name) ?? [];
}

function savedScenarioNames(storage: Storage): string[] {
  const saved = JSON.parse(storage.getItem('pathway-part-time') ?? 'null') as {
    state: { scenarios: Record<string, { name: string }[]> };
  } | null;
  return Object.values(saved?.state.scenarios ?? {})
    .flat()
    .map((scenario) => scenario.name)
    .sort();
}

let storage: SharedStorage;
beforeEach(() => {
  storage = new SharedStorage();
});

describe('before the two-tab merges have loaded', () => {
  it('a save right after the page starts reaches storage at once', async () => {
    const { createPlansStore, createPartTimeStore, loadedMerges } = await freshStores();
    const plans = createPlansStore({ storage: () => storage, locks: null });
    const partTime = createPartTimeStore({ storage: () => storage, locks: null });

    plans.getState().createPlan('My plan');
    partTime.getState().addScenario('calculator', 'Stay full time', []);

    expect(loadedMerges()).toBeNull();
    expect(savedPlanNames(storage)).toEqual(['My plan']);
    expect(savedScenarioNames(storage)).toEqual(['Stay full time']);
  });

  it('a plan saved after another tab saved waits for the merges, then keeps both', async () => {
    const { createPlansStore, loadedMerges } = await freshStores();
    const first = createPlansStore({ storage: () => storage, locks: null });
    const second = createPlansStore({ storage: () => storage, locks: null });
    first.getState().createPlan('First tab');

    second.getState().createPlan('Second tab');

    // Not written over the first tab's save while the merges load.
    expect(loadedMerges()).toBeNull();
    expect(savedPlanNames(storage)).toEqual(['First tab']);
    await vi.waitFor(() =>
      expect(savedPlanNames(storage).sort()).toEqual(['First tab', 'Second tab']),
    );
    expect(
      second
        .getState()
        .plans.map((plan) => plan.name)
        .sort(),
    ).toEqual(['First tab', 'Second tab']);
  });

  it('part-time data saved after another tab saved waits for the merges, then keeps both', async () => {
    const { createPartTimeStore } = await freshStores();
    const first = createPartTimeStore({ storage: () => storage, locks: null });
    const second = createPartTimeStore({ storage: () => storage, locks: null });
    first.getState().addScenario('calculator', 'First tab', []);

    second.getState().addScenario('calculator', 'Second tab', []);

    expect(savedScenarioNames(storage)).toEqual(['First tab']);
    await vi.waitFor(() =>
      expect(savedScenarioNames(storage)).toEqual(['First tab', 'Second tab']),
    );
  });

  it('another tab’s saved plans reach this tab once the merges have loaded', async () => {
    const { createPlansStore, watchOtherTabs } = await freshStores();
    const here = createPlansStore({ storage: () => storage, locks: null });
    const there = createPlansStore({ storage: () => storage, locks: null });
    const events = new EventTarget();
    watchOtherTabs(here, events);
    here.getState().createPlan('Here');
    there.persist.rehydrate();

    there.getState().createPlan('There');
    events.dispatchEvent(
      new StorageEvent('storage', {
        key: 'pathway-plans',
        newValue: storage.getItem('pathway-plans'),
      }),
    );

    await vi.waitFor(() =>
      expect(here.getState().plans.map((plan) => plan.name)).toEqual(['Here', 'There']),
    );
  });

  it('another tab’s part-time data reaches this tab once the merges have loaded', async () => {
    const { createPartTimeStore } = await freshStores();
    const events = new EventTarget();
    const here = createPartTimeStore({
      storage: () => storage,
      locks: null,
      watchOtherTabs: true,
      tabEvents: events,
    });
    const there = createPartTimeStore({ storage: () => storage, locks: null });

    there.getState().addScenario('calculator', 'There', []);
    events.dispatchEvent(
      new StorageEvent('storage', {
        key: 'pathway-part-time',
        newValue: storage.getItem('pathway-part-time'),
      }),
    );

    await vi.waitFor(() =>
      expect(here.getState().scenarios.calculator?.map((scenario) => scenario.name)).toEqual([
        'There',
      ]),
    );
  });
});
