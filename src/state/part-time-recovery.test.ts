/**
 * The part-time store keeps the same promise as saved plans (issue 15): what it cannot fully read is
 * kept as an exact copy (or, with no room for one, left in place), what it can read is loaded, the
 * person is told, and a save that fails says so.
 */
import { describe, expect, it } from 'vitest';
import {
  PART_TIME_RECOVERY_KEY_PREFIX,
  PART_TIME_SAVE_FAILED,
  PART_TIME_STORAGE_KEY,
  createPartTimeStore,
  planOwner,
} from './part-time-store';
import { readSavedPartTime } from '../domain/plan/saved-part-time-format';
import { periods } from '../../tests/support/plans';
import { QuotaStorage } from '../../tests/support/quota-storage';
import { savedPartTimeText } from '../../tests/support/saved-text';

const LOAD_TIME = '2026-11-25T10:00:00.000Z';
const RECOVERY_KEY = `${PART_TIME_RECOVERY_KEY_PREFIX}${LOAD_TIME}`;
const PERIODS = periods({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 });

const GOOD_SCENARIO = { id: 's1', name: 'Stay at 60%', changes: PERIODS };
/** One scenario reads; the other has a period that is not one. */
const PARTLY_READABLE = savedPartTimeText({
  calculator: { answers: { stage: 'st5' }, changes: [] },
  scenarios: {
    [planOwner('plan-a')]: [
      GOOD_SCENARIO,
      { id: 's2', name: 'Parental leave', changes: [{ kind: 'holiday', start: 'soon' }] },
    ],
  },
});

function storeOn(storage: Storage) {
  return createPartTimeStore({ storage: () => storage, now: () => new Date(LOAD_TIME) });
}

describe('part-time data that cannot be fully read', () => {
  const unreadable: Record<string, string> = {
    'text cut short': PARTLY_READABLE.slice(0, -30),
    'a newer version': savedPartTimeText({ calculator: { answers: { stage: 'st5' } } }, 3),
    'the wrong shape': savedPartTimeText(['calculator']),
    'not a saved state': '{"calculator":{}}',
    'scenarios partly unreadable': PARTLY_READABLE,
  };

  for (const [what, raw] of Object.entries(unreadable)) {
    it(`is kept as an exact copy, and the person told, when it is ${what}`, () => {
      const storage = new QuotaStorage();
      storage.setItem(PART_TIME_STORAGE_KEY, raw);
      const store = storeOn(storage);
      expect(store.getState().loadProblem).toMatchObject({ recoveryKey: RECOVERY_KEY });
      expect(store.getState().loadProblem?.summary).toMatch(/^(We could not|Your part-time)/);
      // The next change saves over the original, but the copy stays as it was.
      store.getState().addScenario('calculator', 'Added after loading', []);
      expect(storage.getItem(RECOVERY_KEY)).toBe(raw);
      expect(storage.getItem(PART_TIME_STORAGE_KEY)).not.toBe(raw);
    });
  }

  it('loads what it can and names what it could not', () => {
    const storage = new QuotaStorage();
    storage.setItem(PART_TIME_STORAGE_KEY, PARTLY_READABLE);
    const { calculator, scenarios, loadProblem } = storeOn(storage).getState();
    expect(calculator.answers).toEqual({ stage: 'st5' });
    expect(scenarios[planOwner('plan-a')]).toEqual([
      GOOD_SCENARIO,
      { id: 's2', name: 'Parental leave', changes: [] },
    ]);
    expect(loadProblem).toEqual({
      summary: 'We could not read all of your part-time answers and scenarios',
      details: ['The scenario "Parental leave": part of it'],
      recoveryKey: RECOVERY_KEY,
    });
  });

  it('is left in place, byte for byte, when storage is full, until the person discards it', () => {
    const storage = new QuotaStorage();
    storage.setItem(PART_TIME_STORAGE_KEY, PARTLY_READABLE);
    storage.fill();
    const store = storeOn(storage);
    expect(store.getState().loadProblem).toMatchObject({
      recoveryKey: '',
      heldKey: PART_TIME_STORAGE_KEY,
    });
    storage.quota = Number.POSITIVE_INFINITY;
    store.getState().addScenario('calculator', 'Added after loading', []);
    store.getState().setCalculatorAnswers({ wtePercent: 80 });
    expect(storage.getItem(PART_TIME_STORAGE_KEY)).toBe(PARTLY_READABLE);
    expect(store.getState().scenarios.calculator?.[0]?.name).toBe('Added after loading');

    store.getState().discardUnreadableData();
    expect(store.getState().loadProblem).toBeNull();
    expect(readSavedPartTime(storage.getItem(PART_TIME_STORAGE_KEY) ?? '')).toMatchObject({
      data: { calculator: { answers: { stage: 'st5', wtePercent: 80 } } },
      problem: null,
    });
  });
});

describe('saving part-time data', () => {
  it('says when a save fails, and keeps what was entered', () => {
    const storage = new QuotaStorage();
    const store = storeOn(storage);
    storage.fill();
    const id = store.getState().addScenario(planOwner('plan-a'), 'Go to 80%', PERIODS);
    expect(store.getState().scenarios[planOwner('plan-a')]?.map((scenario) => scenario.id)).toEqual(
      [id],
    );
    expect(store.getState().loadProblem).toEqual(PART_TIME_SAVE_FAILED);
    expect(storage.getItem(PART_TIME_STORAGE_KEY)).toBeNull();

    // Room again: the next change saves everything, the scenario included.
    storage.quota = Number.POSITIVE_INFINITY;
    store.getState().setCalculatorAnswers({ stage: 'st6' });
    expect(storeOn(storage).getState().scenarios[planOwner('plan-a')]).toHaveLength(1);
  });

  it('keeps every scenario two tabs added at the same moment, beyond the number one tab can add', () => {
    const scenario = (id: string) => ({ id, name: `Scenario ${id}`, changes: PERIODS });
    const merged = ['a', 'b', 'c'].map(scenario);
    const storage = new QuotaStorage();
    storage.setItem(
      PART_TIME_STORAGE_KEY,
      savedPartTimeText({
        calculator: { answers: {}, changes: [] },
        scenarios: { calculator: merged },
      }),
    );
    const store = storeOn(storage);
    expect(store.getState().scenarios.calculator?.map(({ id }) => id)).toEqual(['a', 'b', 'c']);
    expect(store.getState().loadProblem).toBeNull();
    // Only adding is held to the limit.
    expect(store.getState().addScenario('calculator', 'One more', PERIODS)).toBe('');
  });

  it('reads back what it saved with nothing to report', () => {
    const storage = new QuotaStorage();
    const store = storeOn(storage);
    store.getState().setCalculatorAnswers({ stage: 'st5', trainingLeft: 'cct-date' });
    store.getState().setCalculatorChanges(PERIODS);
    store.getState().addScenario(planOwner('plan-a'), ' Spaced name ', PERIODS);
    expect(storeOn(storage).getState().loadProblem).toBeNull();
    expect(Object.keys(storage.snapshot())).toEqual([PART_TIME_STORAGE_KEY]);
  });
});
