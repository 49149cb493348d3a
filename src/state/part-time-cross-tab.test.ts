/**
 * Two tabs saving part-time data at the same instant, each before the other tab's save reached it
 * (issue 15): both tabs' scenarios and answers end up in storage and in both tabs.
 */
import { describe, expect, it } from 'vitest';
import { LaggingStorage } from '../../tests/support/lagging-storage';
import type { PartTimeData } from '../domain/plan/saved-shapes';
import { PART_TIME_STORAGE_KEY, createPartTimeStore } from './part-time-store';

function openLaggingTabs() {
  const storage = new LaggingStorage();
  const tabs = [0, 1].map((index) => {
    const events = new EventTarget();
    const store = createPartTimeStore({
      storage: () => storage.viewFor(index),
      watchOtherTabs: true,
      tabEvents: events,
      locks: null,
    });
    return { store, events };
  });
  const [first, second] = tabs as [(typeof tabs)[0], (typeof tabs)[0]];
  /** Lets the browser pass every write on until nothing more is written. */
  const settle = () => {
    for (let round = 0; round < 10; round += 1) {
      const delivered = storage.deliver();
      if (delivered.length === 0) return;
      for (const { to, key, newValue } of delivered) {
        tabs[to]?.events.dispatchEvent(new StorageEvent('storage', { key, newValue }));
      }
    }
    throw new Error('the tabs kept writing');
  };
  first.store.getState().setCalculatorAnswers({ stage: 'st5' });
  first.store.getState().addScenario('calculator', 'Shared', []);
  settle();
  return { storage, first, second, settle };
}

const scenarioNames = (data: Pick<PartTimeData, 'scenarios'>) =>
  Object.values(data.scenarios)
    .flatMap((list) => list.map((scenario) => scenario.name))
    .sort();

function saved(storage: LaggingStorage): PartTimeData {
  return (JSON.parse(storage.getItem(PART_TIME_STORAGE_KEY) ?? '{}') as { state: PartTimeData })
    .state;
}

describe('part-time data, two tabs saving at the same instant', () => {
  it('keeps a scenario added in each tab, in storage and in both tabs, and names the other’s', () => {
    const { storage, first, second, settle } = openLaggingTabs();
    first.store.getState().addScenario('plan:p', 'From the first tab', []);
    second.store.getState().addScenario('plan:p', 'From the second tab', []);
    settle();
    const all = ['From the first tab', 'From the second tab', 'Shared'];
    expect(scenarioNames(saved(storage))).toEqual(all);
    expect(scenarioNames(first.store.getState())).toEqual(all);
    expect(scenarioNames(second.store.getState())).toEqual(all);
    expect(first.store.getState().otherTabNotice).toBe(
      'The scenario "From the second tab" was added in another tab or window.',
    );
  });

  it('keeps a rename in one tab and an answer changed in the other', () => {
    const { storage, first, second, settle } = openLaggingTabs();
    const id = first.store.getState().scenarios.calculator?.[0]?.id ?? '';
    first.store.getState().renameScenario('calculator', id, 'Renamed');
    second.store.getState().setCalculatorAnswers({ wtePercent: 60 });
    settle();
    for (const data of [saved(storage), first.store.getState(), second.store.getState()]) {
      expect(scenarioNames(data)).toEqual(['Renamed']);
      expect(data.calculator.answers).toEqual({ stage: 'st5', wtePercent: 60 });
    }
  });
});
