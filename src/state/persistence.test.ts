import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLANS_SCHEMA_VERSION } from '../domain/plan/saved-plans-format';
import {
  MAX_RECOVERY_COPIES,
  PLANS_STORAGE_KEY,
  RECOVERY_KEY_PREFIX,
  keepRecoveryCopy,
} from './persistence';
import { type PlansStoreOptions, createPlansStore } from './plans-store';
import { PLAN_A, PLAN_B } from '../../tests/support/saved-plans';

const LOAD_TIME = '2026-11-25T10:00:00.000Z';
const RECOVERY_KEY = `${RECOVERY_KEY_PREFIX}${LOAD_TIME}`;

function savedText(state: unknown, version: unknown = 1): string {
  return JSON.stringify({ state, version });
}

function storeOn(options: PlansStoreOptions = {}) {
  return createPlansStore({
    storage: () => localStorage,
    now: () => new Date(LOAD_TIME),
    ...options,
  });
}

function recoveryKeys(): string[] {
  return Object.keys(localStorage)
    .filter((key) => key.startsWith(RECOVERY_KEY_PREFIX))
    .sort();
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('keepRecoveryCopy', () => {
  it('never overwrites a copy, even one made at the same moment', () => {
    expect(keepRecoveryCopy(localStorage, 'first', LOAD_TIME)).toBe(RECOVERY_KEY);
    expect(keepRecoveryCopy(localStorage, 'second', LOAD_TIME)).toBe(`${RECOVERY_KEY}-2`);
    expect(localStorage.getItem(RECOVERY_KEY)).toBe('first');
    expect(localStorage.getItem(`${RECOVERY_KEY}-2`)).toBe('second');
  });

  it('keeps the same text only once', () => {
    const key = keepRecoveryCopy(localStorage, 'broken', LOAD_TIME);
    expect(keepRecoveryCopy(localStorage, 'broken', '2026-11-26T10:00:00.000Z')).toBe(key);
    expect(recoveryKeys()).toEqual([RECOVERY_KEY]);
  });

  it(`keeps the newest ${MAX_RECOVERY_COPIES} copies`, () => {
    for (let day = 10; day < 17; day += 1) {
      keepRecoveryCopy(localStorage, `broken on day ${day}`, `2026-11-${day}T10:00:00.000Z`);
    }
    expect(recoveryKeys().map((key) => localStorage.getItem(key))).toEqual([
      'broken on day 12',
      'broken on day 13',
      'broken on day 14',
      'broken on day 15',
      'broken on day 16',
    ]);
  });

  it('returns null rather than throwing when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(keepRecoveryCopy(localStorage, 'broken', LOAD_TIME)).toBeNull();
  });
});

describe('loading saved plans into the store', () => {
  it('round-trips plans and the open plan through localStorage', () => {
    const first = storeOn();
    const id = first.getState().createPlan('My plan');
    first.getState().setAnswers(id, { dateOfBirth: '2011-03-14', nation: 'scotland' });
    first.getState().createPlan();
    first.getState().switchPlan(id);

    const second = storeOn();
    expect(second.getState().plans).toEqual(first.getState().plans);
    expect(second.getState().activePlanId).toBe(id);
    expect(second.getState().loadProblem).toBeNull();
    expect(JSON.parse(localStorage.getItem(PLANS_STORAGE_KEY) ?? '')).toMatchObject({
      version: PLANS_SCHEMA_VERSION,
    });
  });

  it('keeps a copy of text cut short, loads nothing, says so, and keeps the original until a change', () => {
    const raw = savedText({ plans: [PLAN_A], activePlanId: 'plan-a' }).slice(0, -20);
    localStorage.setItem(PLANS_STORAGE_KEY, raw);
    const store = storeOn();
    expect(store.getState().plans).toEqual([]);
    expect(store.getState().loadProblem).toEqual({
      summary: 'We could not read your saved plans',
      details: [
        'All of your saved plans: the saved data is incomplete or has been changed by hand',
      ],
      recoveryKey: RECOVERY_KEY,
    });
    expect(localStorage.getItem(RECOVERY_KEY)).toBe(raw);
    expect(localStorage.getItem(PLANS_STORAGE_KEY)).toBe(raw);

    store.getState().createPlan();
    expect(localStorage.getItem(PLANS_STORAGE_KEY)).not.toBe(raw);
    expect(localStorage.getItem(RECOVERY_KEY)).toBe(raw);
  });

  it('loads the readable plans from hand-edited data and keeps a copy of the original', () => {
    const raw = savedText({
      plans: [PLAN_A, { ...PLAN_B, name: 'Plan 2', answers: { dateOfBirth: false } }, 7],
      activePlanId: 'plan-b',
    });
    localStorage.setItem(PLANS_STORAGE_KEY, raw);
    const { plans, activePlanId, loadProblem } = storeOn().getState();
    expect(plans.map((plan) => [plan.name, plan.answers])).toEqual([
      ['Plan 1', PLAN_A.answers],
      ['Plan 2', {}],
    ]);
    expect(activePlanId).toBe('plan-b');
    expect(loadProblem).toEqual({
      summary: 'We could not read all of your saved plans',
      details: ['Plan 2: the date of birth', '1 plan with no name or answers'],
      recoveryKey: RECOVERY_KEY,
    });
    expect(localStorage.getItem(RECOVERY_KEY)).toBe(raw);
  });
  it('migrates plans saved by version 1 (periods get ids), keeps no copy, and saves them back as the current version', () => {
    const periods = [{ kind: 'oopt', start: '2031-08-06', end: '2032-08-03' }];
    localStorage.setItem(
      PLANS_STORAGE_KEY,
      savedText({ plans: [{ ...PLAN_A, answers: { ...PLAN_A.answers, changes: periods } }] }, 1),
    );
    const store = storeOn();
    expect(store.getState().loadProblem).toBeNull();
    expect(recoveryKeys()).toEqual([]);
    expect(store.getState().plans[0]?.answers.changes).toEqual([
      { id: 'p1', kind: 'oopt', start: '2031-08-06', end: '2032-08-03' },
    ]);
    store.getState().renamePlan('plan-a', 'Renamed');
    expect(JSON.parse(localStorage.getItem(PLANS_STORAGE_KEY) ?? '')).toMatchObject({
      version: PLANS_SCHEMA_VERSION,
      state: { plans: [{ answers: { changes: [{ id: 'p1', kind: 'oopt' }] } }] },
    });
  });

  it('never overwrites an earlier recovery copy when a later load also fails', () => {
    localStorage.setItem(PLANS_STORAGE_KEY, '{"state":');
    storeOn();
    localStorage.setItem(PLANS_STORAGE_KEY, '{"state":{"plans":');
    storeOn();
    // Loading the same broken text again does not fill up the copies.
    storeOn();
    expect(recoveryKeys()).toEqual([RECOVERY_KEY, `${RECOVERY_KEY}-2`]);
    expect(localStorage.getItem(RECOVERY_KEY)).toBe('{"state":');
    expect(localStorage.getItem(`${RECOVERY_KEY}-2`)).toBe('{"state":{"plans":');
  });

  it('says when no copy could be kept because storage is full', () => {
    localStorage.setItem(PLANS_STORAGE_KEY, '{"state":');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { loadProblem } = storeOn().getState();
    expect(loadProblem?.recoveryKey).toBe('');
    // The notice says the unreadable data is left in place (see unreadable-hold.test.ts).
    expect(loadProblem?.heldKey).toBe(PLANS_STORAGE_KEY);
  });

  it('keeps working in memory when the browser refuses access to storage', () => {
    const store = storeOn({
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(store.getState().loadProblem?.summary).toBe('Pathway cannot save plans on this device');
    const id = store.getState().createPlan();
    store.getState().setAnswers(id, { nation: 'wales' });
    expect(store.getState().plans).toMatchObject([
      { name: 'Plan 1', answers: { nation: 'wales' } },
    ]);
    // Saving fails too, but the person is told only once.
    expect(store.getState().loadProblem?.details).toHaveLength(1);
  });

  it('keeps working in memory when reading storage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = storeOn();
    expect(store.getState().loadProblem?.summary).toBe('Pathway cannot save plans on this device');
    store.getState().createPlan('Still works');
    expect(store.getState().plans.map((plan) => plan.name)).toEqual(['Still works']);
  });

  it('keeps changes in memory when saving fails, says so once, and saves again when it can', () => {
    const store = storeOn();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const id = store.getState().createPlan();
    store.getState().setAnswers(id, { nation: 'wales' });
    expect(store.getState().plans).toHaveLength(1);
    expect(store.getState().loadProblem).toEqual({
      summary: 'Your latest changes could not be saved on this device',
      details: [
        "The browser's storage is full or switched off. Your plans are kept while this page is open, but will be lost when you close it.",
      ],
      recoveryKey: '',
    });

    setItem.mockRestore();
    store.getState().setAnswers(id, { nation: 'scotland' });
    expect(localStorage.getItem(PLANS_STORAGE_KEY)).toContain('scotland');
  });

  it('does not write when nothing saved has changed', () => {
    const store = storeOn();
    store.getState().createPlan();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    store.getState().dismissLoadProblem();
    store.getState().dismissOtherTabNotice();
    expect(setItem).not.toHaveBeenCalled();
  });
});
