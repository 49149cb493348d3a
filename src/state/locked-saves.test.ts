/**
 * Saving under a lock across tabs (navigator.locks): the page never waits, saves keep their order,
 * and a save still waiting for the lock never writes back what was cleared.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { type SaveLocks, createSaveQueue } from './locked-saves';
import { PART_TIME_STORAGE_KEY, createPartTimeStore } from './part-time-store';
import { PLANS_STORAGE_KEY } from './persistence';
import { createPlansStore } from './plans-store';

/** A lock manager that grants each request only when the test says, one at a time, in order. */
function heldLocks() {
  const waiting: (() => void)[] = [];
  const locks: SaveLocks = {
    request: (_name, callback) =>
      new Promise((resolve) => {
        waiting.push(() => resolve(callback()));
      }),
  };
  return {
    locks,
    waiting: () => waiting.length,
    grantAll() {
      while (waiting.length > 0) waiting.shift()?.();
    },
  };
}

beforeEach(() => localStorage.clear());

describe('createSaveQueue', () => {
  it('saves at once without locks, and once per lock with them however many changes came first', () => {
    let saves = 0;
    createSaveQueue('test', () => (saves += 1), null).request();
    expect(saves).toBe(1);

    const held = heldLocks();
    const queue = createSaveQueue('test', () => (saves += 1), held.locks);
    queue.request();
    queue.request();
    queue.request();
    expect(held.waiting()).toBe(1);
    held.grantAll();
    expect(saves).toBe(2);
  });

  it('saves at once when the page is left while a save waits for the lock', () => {
    let saves = 0;
    const held = heldLocks();
    createSaveQueue('test', () => (saves += 1), held.locks).request();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(saves).toBe(1);
    held.grantAll();
    expect(saves).toBe(1);
  });
});

describe('the plans store with a lock across tabs', () => {
  it('changes the page at once and saves the latest state when it holds the lock', () => {
    const held = heldLocks();
    const store = createPlansStore({ storage: () => localStorage, locks: held.locks });
    const id = store.getState().createPlan('First');
    store.getState().renamePlan(id, 'Renamed');
    store.getState().setAnswers(id, { nation: 'wales' });
    expect(store.getState().plans[0]).toMatchObject({
      name: 'Renamed',
      answers: { nation: 'wales' },
    });
    expect(localStorage.getItem(PLANS_STORAGE_KEY)).toBeNull();

    held.grantAll();
    const reloaded = createPlansStore({ storage: () => localStorage, locks: null });
    expect(reloaded.getState().plans[0]).toMatchObject({
      name: 'Renamed',
      answers: { nation: 'wales' },
    });
  });

  it('never writes back what was cleared while a save waited for the lock', () => {
    const held = heldLocks();
    const store = createPlansStore({ storage: () => localStorage, locks: held.locks });
    store.getState().createPlan('Private');
    store.getState().clearEverything();
    held.grantAll();
    expect(localStorage.getItem(PLANS_STORAGE_KEY)).toBeNull();
  });
});

describe('the part-time store with a lock across tabs', () => {
  it('changes the page at once, saves when it holds the lock, and never writes back what was reloaded', () => {
    const held = heldLocks();
    const store = createPartTimeStore({ storage: () => localStorage, locks: held.locks });
    store.getState().setCalculatorAnswers({ stage: 'st5' });
    expect(store.getState().calculator.answers).toEqual({ stage: 'st5' });
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).toBeNull();
    held.grantAll();
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).toContain('st5');

    // Reloading from storage (as when a session for someone else starts or ends) drops what waited.
    store.getState().setCalculatorAnswers({ stage: 'st6' });
    void store.persist.rehydrate();
    held.grantAll();
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).toContain('st5');
    expect(store.getState().calculator.answers).toEqual({ stage: 'st5' });
  });
});
