import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CLEARED_IN_OTHER_TAB,
  PART_TIME_STORAGE_KEY,
  createPartTimeStore,
  planOwner,
} from './part-time-store';
import { EMPTY_PART_TIME } from '../domain/plan/saved-shapes';
import { periods } from '../../tests/support/plans';
import type { Period } from '../domain/cct/period';

/** One period as a list (the tests make each from a plain object). */
function periodList(period: Period | undefined): readonly Period[] {
  if (period === undefined) throw new Error('no period');
  return [period];
}

function freshStore() {
  return createPartTimeStore({ storage: () => localStorage });
}

function saved(): unknown {
  return JSON.parse(localStorage.getItem(PART_TIME_STORAGE_KEY) ?? 'null');
}

beforeEach(() => localStorage.clear());

describe('the part-time store', () => {
  it('starts empty and saves nothing until something is entered', () => {
    const store = freshStore();
    expect(store.getState()).toMatchObject(EMPTY_PART_TIME);
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).toBeNull();
  });

  it('saves the calculator’s answers and periods under pathway-part-time, and reads them back', () => {
    const store = freshStore();
    store.getState().setCalculatorAnswers({ stage: 'st5', trainingLeft: 'cct-date' });
    store.getState().setCalculatorAnswers({ currentCct: '2029-08-05', trainingLeft: undefined });
    const [period] = periods({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 });
    store.getState().setCalculatorChanges(periodList(period));
    expect(saved()).toEqual({
      state: {
        calculator: {
          answers: { stage: 'st5', currentCct: '2029-08-05' },
          changes: periodList(period),
        },
        scenarios: {},
      },
      version: 2,
      // Which save this is and the one it was made from, so another tab can merge with it exactly.
      revision: expect.any(String),
      basedOn: expect.any(String),
    });
    const reloaded = freshStore();
    expect(reloaded.getState().calculator).toEqual({
      answers: { stage: 'st5', currentCct: '2029-08-05' },
      changes: periodList(period),
    });
  });

  it('keeps up to two named scenarios for each owner, and renames, changes and deletes them', () => {
    const store = freshStore();
    const owner = planOwner('plan-1');
    const first = store.getState().addScenario(owner, '  Stay full time ', []);
    const second = store.getState().addScenario(owner, '80% to the end', []);
    expect(store.getState().addScenario(owner, 'A third', [])).toBe('');
    expect(store.getState().addScenario(owner, '   ', [])).toBe('');
    expect(store.getState().addScenario('calculator', 'Calculator', [])).not.toBe('');
    expect(store.getState().scenarios[owner]?.map((scenario) => scenario.name)).toEqual([
      'Stay full time',
      '80% to the end',
    ]);
    store.getState().renameScenario(owner, first, 'Full time');
    const [period] = periods({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.8 });
    store.getState().setScenarioChanges(owner, second, periodList(period));
    store.getState().deleteScenario(owner, first);
    expect(store.getState().scenarios[owner]).toEqual([
      { id: second, name: '80% to the end', changes: periodList(period) },
    ]);
    store.getState().deleteScenario(owner, second);
    expect(store.getState().scenarios[owner]).toBeUndefined();
  });

  it('copies one owner’s scenarios to another with new ids, as when a plan is copied', () => {
    const store = freshStore();
    const [period] = periods({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 });
    const original = store
      .getState()
      .addScenario(planOwner('plan-1'), '60% from August', periodList(period));
    store.getState().copyScenarios(planOwner('plan-1'), planOwner('plan-2'));
    const copies = store.getState().scenarios[planOwner('plan-2')] ?? [];
    expect(copies.map(({ name, changes }) => ({ name, changes }))).toEqual([
      { name: '60% from August', changes: periodList(period) },
    ]);
    expect(copies[0]?.id).not.toBe(original);
    // Changing the copy leaves the original alone.
    store.getState().deleteScenario(planOwner('plan-2'), copies[0]?.id ?? '');
    expect(store.getState().scenarios[planOwner('plan-1')]).toHaveLength(1);
    // Nothing to copy adds nothing.
    store.getState().copyScenarios(planOwner('plan-9'), planOwner('plan-3'));
    expect(store.getState().scenarios[planOwner('plan-3')]).toBeUndefined();
    expect(freshStore().getState().scenarios[planOwner('plan-1')]).toHaveLength(1);
  });

  it('takes in changes made in another tab, and says so until dismissed', async () => {
    const store = createPartTimeStore({ storage: () => localStorage, watchOtherTabs: true });
    const otherTab = freshStore();
    const [period] = periods({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 });
    otherTab.getState().setCalculatorChanges(periodList(period));
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: PART_TIME_STORAGE_KEY,
        newValue: localStorage.getItem(PART_TIME_STORAGE_KEY),
      }),
    );
    await vi.waitFor(() =>
      expect(store.getState().otherTabNotice).toBe(
        'Your part-time calculator periods were changed in another tab or window.',
      ),
    );
    expect(store.getState().calculator.changes).toEqual(periodList(period));
    store.getState().dismissOtherTabNotice();
    expect(store.getState().otherTabNotice).toBeNull();

    localStorage.removeItem(PART_TIME_STORAGE_KEY);
    window.dispatchEvent(
      new StorageEvent('storage', { key: PART_TIME_STORAGE_KEY, newValue: null }),
    );
    expect(store.getState().otherTabNotice).toBe(CLEARED_IN_OTHER_TAB);
    expect(store.getState().calculator.changes).toEqual([]);
    // The notice is not saved.
    expect(JSON.stringify(saved())).not.toContain('otherTabNotice');
  });

  it('removes its key when reset, as when clearing everything', () => {
    const store = freshStore();
    store.getState().setCalculatorAnswers({ stage: 'st5' });
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).not.toBeNull();
    store.getState().reset();
    expect(store.getState()).toMatchObject(EMPTY_PART_TIME);
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).toBeNull();
  });

  it('loads nothing from text it cannot read, and does not throw', () => {
    localStorage.setItem(PART_TIME_STORAGE_KEY, '{"state": {"calcul');
    expect(freshStore().getState()).toMatchObject(EMPTY_PART_TIME);
  });
});

describe('part-time data saved by an older version', () => {
  it('reads version 1 data from the device and saves it back as version 2, losing nothing', () => {
    localStorage.setItem(
      PART_TIME_STORAGE_KEY,
      JSON.stringify({
        state: {
          calculator: {
            answers: { stage: 'st5' },
            changes: [{ kind: 'oopt', start: '2027-08-04', end: '2028-08-01' }],
          },
          scenarios: {},
        },
        version: 1,
      }),
    );
    const store = freshStore();
    expect(store.getState().calculator.changes).toEqual([
      { id: 'p1', kind: 'oopt', start: '2027-08-04', end: '2028-08-01' },
    ]);
    store.getState().setCalculatorAnswers({ wtePercent: 80 });
    expect(saved()).toMatchObject({
      version: 2,
      state: { calculator: { changes: [{ id: 'p1', kind: 'oopt' }] } },
    });
  });
});

describe('the nation the calculator asks', () => {
  it('is saved with the other answers, and answers saved before it was asked still load', () => {
    const [period] = periods({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 });
    // Saved at version 2 before the nation was asked: read as they were, with no nation.
    const before = {
      stage: 'st5',
      trainingLeft: 'cct-date',
      currentCct: '2029-08-05',
      wtePercent: 100,
    };
    localStorage.setItem(
      PART_TIME_STORAGE_KEY,
      JSON.stringify({
        state: { calculator: { answers: before, changes: periodList(period) }, scenarios: {} },
        version: 2,
      }),
    );
    const store = freshStore();
    expect(store.getState().calculator).toEqual({
      answers: before,
      changes: periodList(period),
    });
    store.getState().setCalculatorAnswers({ nation: 'scotland' });
    expect(saved()).toMatchObject({
      version: 2,
      state: { calculator: { answers: { ...before, nation: 'scotland' } } },
    });
    expect(freshStore().getState().calculator.answers).toEqual({ ...before, nation: 'scotland' });
  });
});
