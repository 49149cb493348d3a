/**
 * The stores during a session for someone else: everything goes to this tab's sessionStorage, the
 * person's own plans and part-time answers in localStorage are neither shown nor changed, and other
 * tabs' changes to localStorage never reach the session.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { endSessionAndClear, startSessionForSomeoneElse } from './adviser-session';
import { watchOtherTabs } from './cross-tab';
import { createPartTimeStore, PART_TIME_STORAGE_KEY, usePartTimeStore } from './part-time-store';
import { PLANS_STORAGE_KEY } from './persistence';
import { createPlansStore, usePlansStore } from './plans-store';
import { SESSION_MODE_KEY, enterSessionMode, inSessionMode } from './storage-area';

const now = () => new Date('2026-12-07T10:00:00.000Z');

/** The person's own plan, saved in localStorage before any session. */
function savePersonsOwnPlan(): string {
  const store = createPlansStore({ now });
  store.getState().createPlan('My own plan');
  const raw = localStorage.getItem(PLANS_STORAGE_KEY);
  if (raw === null) throw new Error('the plan was not saved');
  return raw;
}

function planNames(store: { getState: () => { plans: readonly { name: string }[] } }): string[] {
  return store.getState().plans.map((plan) => plan.name);
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('the plans store in session mode', () => {
  it('saves the session’s plans in sessionStorage and writes nothing to localStorage', () => {
    const ownPlans = savePersonsOwnPlan();
    enterSessionMode();
    const store = createPlansStore({ now });
    expect(planNames(store)).toEqual([]);
    const id = store.getState().createPlan('Pupil’s plan');
    store.getState().setAnswers(id, { dateOfBirth: '2011-03-14' });
    expect(localStorage.getItem(PLANS_STORAGE_KEY)).toBe(ownPlans);
    expect(sessionStorage.getItem(PLANS_STORAGE_KEY)).toContain('Pupil’s plan');
  });

  it('shows the session’s plans again when the tab is reloaded, not the person’s own', () => {
    savePersonsOwnPlan();
    enterSessionMode();
    createPlansStore({ now }).getState().createPlan('Pupil’s plan');
    expect(planNames(createPlansStore({ now }))).toEqual(['Pupil’s plan']);
  });

  it('clears only the session’s plans when clearing everything, and stays in the session', () => {
    const ownPlans = savePersonsOwnPlan();
    enterSessionMode();
    const store = createPlansStore({ now });
    store.getState().createPlan('Pupil’s plan');
    store.getState().clearEverything();
    expect(sessionStorage.getItem(PLANS_STORAGE_KEY)).toBeNull();
    expect(inSessionMode()).toBe(true);
    expect(localStorage.getItem(PLANS_STORAGE_KEY)).toBe(ownPlans);
  });

  it('ignores another tab saving the person’s own plans while the session runs', () => {
    const ownPlans = savePersonsOwnPlan();
    enterSessionMode();
    const store = createPlansStore({ now });
    store.getState().createPlan('Pupil’s plan');
    const tabWindow = new EventTarget();
    const stop = watchOtherTabs(store, tabWindow);
    tabWindow.dispatchEvent(
      new StorageEvent('storage', { key: PLANS_STORAGE_KEY, newValue: ownPlans }),
    );
    tabWindow.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }));
    stop();
    expect(planNames(store)).toEqual(['Pupil’s plan']);
    expect(store.getState().otherTabNotice).toBeNull();
    expect(sessionStorage.getItem(PLANS_STORAGE_KEY)).toContain('Pupil’s plan');
  });
});

describe('the part-time store in session mode', () => {
  it('keeps the session’s answers in sessionStorage, leaving the person’s own untouched', () => {
    createPartTimeStore().getState().setCalculatorAnswers({ stage: 'st5' });
    const ownAnswers = localStorage.getItem(PART_TIME_STORAGE_KEY);
    enterSessionMode();
    const store = createPartTimeStore();
    expect(store.getState().calculator.answers).toEqual({});
    store.getState().setCalculatorAnswers({ stage: 'st4', wtePercent: 60 });
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).toBe(ownAnswers);
    expect(JSON.parse(sessionStorage.getItem(PART_TIME_STORAGE_KEY) ?? 'null')).toMatchObject({
      state: { calculator: { answers: { stage: 'st4', wtePercent: 60 } } },
    });
  });

  it('is not cleared or changed by another tab clearing or saving localStorage', () => {
    enterSessionMode();
    const store = createPartTimeStore({ watchOtherTabs: true });
    store.getState().setCalculatorAnswers({ stage: 'st4' });
    window.dispatchEvent(
      new StorageEvent('storage', { key: PART_TIME_STORAGE_KEY, newValue: null }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }));
    expect(store.getState().calculator.answers).toEqual({ stage: 'st4' });
    expect(store.getState().otherTabNotice).toBeNull();
    expect(sessionStorage.getItem(PART_TIME_STORAGE_KEY)).toContain('st4');
  });
});

describe('starting and ending a session for someone else', () => {
  it('hides the person’s own plans and answers during the session and brings them back after', () => {
    usePlansStore.getState().reloadFromStorage();
    usePlansStore.getState().createPlan('My own plan');
    usePartTimeStore.getState().setCalculatorAnswers({ stage: 'st6' });
    const ownPlans = localStorage.getItem(PLANS_STORAGE_KEY);
    const ownAnswers = localStorage.getItem(PART_TIME_STORAGE_KEY);

    expect(startSessionForSomeoneElse()).toBe(true);
    expect(planNames(usePlansStore)).toEqual([]);
    expect(usePartTimeStore.getState().calculator.answers).toEqual({});
    usePlansStore.getState().createPlan('Pupil’s plan');
    usePartTimeStore.getState().setCalculatorAnswers({ stage: 'st4' });
    expect(localStorage.getItem(PLANS_STORAGE_KEY)).toBe(ownPlans);
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).toBe(ownAnswers);

    endSessionAndClear();
    expect(inSessionMode()).toBe(false);
    expect(sessionStorage.getItem(PLANS_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(PART_TIME_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(SESSION_MODE_KEY)).toBeNull();
    expect(planNames(usePlansStore)).toEqual(['My own plan']);
    expect(usePartTimeStore.getState().calculator.answers).toEqual({ stage: 'st6' });
    expect(localStorage.getItem(PLANS_STORAGE_KEY)).toBe(ownPlans);
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).toBe(ownAnswers);
  });
});
