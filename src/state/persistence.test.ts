import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_RECOVERY_COPIES,
  type Migrations,
  PLANS_STORAGE_KEY,
  RECOVERY_KEY_PREFIX,
  type SavedPlan,
  describeOtherTabChange,
  keepRecoveryCopy,
  mergeConcurrentPlans,
  sameJson,
} from './persistence';
import {
  PLANS_SCHEMA_VERSION,
  migrate,
  migrations,
  readSavedPlans,
} from '../domain/plan/saved-plans-format';
import { type PlansStoreOptions, createPlansStore } from './plans-store';
import { checkEntryRequirements } from '../domain/entry';

const LOAD_TIME = '2026-11-25T10:00:00.000Z';
const RECOVERY_KEY = `${RECOVERY_KEY_PREFIX}${LOAD_TIME}`;

const PLAN_A: SavedPlan = {
  id: 'plan-a',
  name: 'Plan 1',
  answers: { dateOfBirth: '2011-03-14', now: { stage: 'school', yearGroup: 11 } },
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
};
const PLAN_B: SavedPlan = {
  id: 'plan-b',
  name: 'Graduate entry',
  answers: { nation: 'wales', medicalSchoolRoute: 'graduate-entry' },
  createdAt: '2026-11-03T09:00:00.000Z',
  updatedAt: '2026-11-04T09:00:00.000Z',
};

const READ_OPTIONS = { version: 1, migrations: {}, now: LOAD_TIME };

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

describe('migrate', () => {
  it('gives every part-time period saved by version 1 an id, and changes nothing else', () => {
    const version1 = {
      plans: [
        {
          ...PLAN_A,
          answers: {
            ...PLAN_A.answers,
            changes: [
              { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
              { kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
              'not a period',
            ],
          },
        },
        PLAN_B,
      ],
      activePlanId: 'plan-a',
    };
    expect(migrate(version1, 1)).toEqual({
      ok: true,
      state: {
        ...version1,
        plans: [
          {
            ...version1.plans[0],
            answers: {
              ...PLAN_A.answers,
              changes: [
                { id: 'p1', kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
                { id: 'p2', kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
                'not a period',
              ],
            },
          },
          PLAN_B,
        ],
      },
    });
    expect(Object.keys(migrations)).toEqual(['1', '2']);
  });

  it('loads periods saved by version 1 with ids, and saves them back as the current version', () => {
    const periods = [{ kind: 'oopt', start: '2031-08-06', end: '2032-08-03' }];
    localStorage.setItem(
      PLANS_STORAGE_KEY,
      savedText({ plans: [{ ...PLAN_A, answers: { ...PLAN_A.answers, changes: periods } }] }, 1),
    );
    const store = storeOn();
    expect(store.getState().loadProblem).toBeNull();
    expect(store.getState().plans[0]?.answers.changes).toEqual([
      { id: 'p1', kind: 'oopt', start: '2031-08-06', end: '2032-08-03' },
    ]);
    store.getState().renamePlan('plan-a', 'Renamed');
    expect(JSON.parse(localStorage.getItem(PLANS_STORAGE_KEY) ?? '')).toMatchObject({
      version: PLANS_SCHEMA_VERSION,
      state: { plans: [{ answers: { changes: [{ id: 'p1', kind: 'oopt' }] } }] },
    });
  });

  it('reads a pupil’s school year saved by version 2 in their nation’s own numbering', () => {
    const pupil = (id: string, nation: string, yearGroup: number) => ({
      ...PLAN_A,
      id,
      name: id,
      answers: { dateOfBirth: '2011-03-14', nation, now: { stage: 'school', yearGroup } },
    });
    localStorage.setItem(
      PLANS_STORAGE_KEY,
      savedText(
        {
          plans: [
            pupil('ni', 'northern-ireland', 11),
            pupil('scot', 'scotland', 13),
            pupil('eng', 'england', 11),
          ],
        },
        2,
      ),
    );
    const store = storeOn();
    expect(store.getState().loadProblem).toBeNull();
    // The same point in school: NI Year 11 (England numbering) is NI Year 12, Year 13 is S6.
    expect(store.getState().plans.map((plan) => plan.answers.now?.yearGroup)).toEqual([12, 6, 11]);
  });

  it('runs each migration in order from the saved version to the current one', () => {
    const steps: number[] = [];
    const fake: Migrations = {
      1: (state) => {
        steps.push(1);
        return { ...(state as object), addedIn2: true };
      },
      2: (state) => {
        steps.push(2);
        return { ...(state as object), addedIn3: true };
      },
    };
    expect(migrate({ plans: [] }, 1, 3, fake)).toEqual({
      ok: true,
      state: { plans: [], addedIn2: true, addedIn3: true },
    });
    expect(steps).toEqual([1, 2]);
    expect(migrate({ plans: [] }, 2, 3, fake)).toEqual({
      ok: true,
      state: { plans: [], addedIn3: true },
    });
  });

  it('fails, without throwing, when a step throws or is missing', () => {
    const failing: Migrations = {
      1: (state) => state,
      2: () => {
        throw new Error('cannot migrate');
      },
    };
    expect(migrate({}, 1, 3, failing)).toEqual({ ok: false, failedFrom: 2 });
    expect(migrate({}, 1, 3, { 1: (state) => state })).toEqual({ ok: false, failedFrom: 2 });
  });
});

describe('readSavedPlans', () => {
  it('reads plans saved by this version', () => {
    expect(
      readSavedPlans(savedText({ plans: [PLAN_A, PLAN_B], activePlanId: 'plan-b' }), READ_OPTIONS),
    ).toEqual({ plans: [PLAN_A, PLAN_B], activePlanId: 'plan-b', problem: null });
  });

  it('reads nothing from text cut short, and says so', () => {
    const raw = savedText({ plans: [PLAN_A], activePlanId: 'plan-a' }).slice(0, 60);
    expect(readSavedPlans(raw, READ_OPTIONS)).toEqual({
      plans: [],
      activePlanId: null,
      problem: {
        summary: 'We could not read your saved plans',
        details: [
          'All of your saved plans: the saved data is incomplete or has been changed by hand',
        ],
      },
    });
  });

  it('reads nothing from JSON that is not a saved state', () => {
    for (const raw of ['[]', '"plans"', 'null', '{"plans":[]}']) {
      expect(readSavedPlans(raw, READ_OPTIONS).problem?.details).toEqual([
        'All of your saved plans: the saved data is not in a form Pathway can read',
      ]);
    }
    expect(readSavedPlans(savedText({ plans: 'all of them' }), READ_OPTIONS).problem).toEqual({
      summary: 'We could not read your saved plans',
      details: ['The list of plans: it is missing or not in a form Pathway can read'],
    });
  });

  it('loads what it can from hand-edited answers and names each answer it dropped', () => {
    const edited = {
      ...PLAN_B,
      name: 'Plan 2',
      answers: { dateOfBirth: 14032011, nation: 'wales', intercalate: 'maybe' },
    };
    const reading = readSavedPlans(savedText({ plans: [PLAN_A, edited] }), READ_OPTIONS);
    expect(reading.plans.map((plan) => plan.answers)).toEqual([
      PLAN_A.answers,
      { nation: 'wales' },
    ]);
    expect(reading.problem).toEqual({
      summary: 'We could not read all of your saved plans',
      details: ['Plan 2: the date of birth and whether you plan an intercalated year'],
    });
  });

  it('skips plans with no name or answers, and names plans that lost their name', () => {
    const reading = readSavedPlans(
      savedText({
        plans: [PLAN_A, { answers: { nation: 'wales' } }, { id: 'empty' }, 'not a plan', null],
        activePlanId: 'empty',
      }),
      READ_OPTIONS,
    );
    expect(reading.plans).toEqual([
      PLAN_A,
      {
        id: expect.any(String),
        name: 'Plan 2',
        answers: { nation: 'wales' },
        createdAt: LOAD_TIME,
        updatedAt: LOAD_TIME,
      },
    ]);
    expect(reading.activePlanId).toBe('plan-a');
    expect(reading.problem?.details).toEqual([
      'Plan 2: its name, so we have called it Plan 2',
      'Plan 2: which part-time scenarios are its own (any it had are still kept on this device)',
      '3 plans with no name or answers',
    ]);
  });

  it('says when only a plan’s id cannot be read, as its part-time scenarios are kept by id', () => {
    for (const id of [undefined, '', 42, null]) {
      const reading = readSavedPlans(savedText({ plans: [{ ...PLAN_A, id }] }), READ_OPTIONS);
      expect(reading.plans).toMatchObject([{ name: PLAN_A.name, answers: PLAN_A.answers }]);
      expect(reading.problem).toEqual({
        summary: 'We could not read all of your saved plans',
        details: [
          'Plan 1: which part-time scenarios are its own (any it had are still kept on this device)',
        ],
      });
    }
  });

  it('says when a plan kept its name but not its answers', () => {
    const reading = readSavedPlans(
      savedText({ plans: [{ ...PLAN_A, answers: 'born 2011' }] }),
      READ_OPTIONS,
    );
    expect(reading.plans[0]?.answers).toEqual({});
    expect(reading.problem?.details).toEqual(['Plan 1: its answers']);
  });

  it('cuts a hand-lengthened name to fit, and says so', () => {
    const longName = `${'Palliative '.repeat(7)}plan`;
    const reading = readSavedPlans(
      savedText({ plans: [{ ...PLAN_A, name: longName }] }),
      READ_OPTIONS,
    );
    const name = reading.plans[0]?.name ?? '';
    expect(name.length).toBeLessThanOrEqual(60);
    expect(reading.problem?.details).toEqual([
      `${name}: the end of its name (names can be up to 60 characters)`,
    ]);
  });

  it('strips control and direction-override characters from a hand-edited name', () => {
    const reading = readSavedPlans(
      savedText({ plans: [{ ...PLAN_A, name: 'My\u202e plan\u0007 \ud800' }] }),
      READ_OPTIONS,
    );
    expect(reading.plans[0]?.name).toBe('My plan \ufffd');
  });

  it('quietly repairs what holds nothing the person typed: ids, timestamps, the open plan', () => {
    const reading = readSavedPlans(
      savedText({
        plans: [PLAN_A, { ...PLAN_B, id: 'plan-a', createdAt: 'yesterday', updatedAt: 5 }],
        activePlanId: 'gone',
        somethingNew: true,
      }),
      READ_OPTIONS,
    );
    expect(reading.problem).toBeNull();
    const [first, second] = reading.plans;
    expect(first).toEqual(PLAN_A);
    expect(second?.id).not.toBe('plan-a');
    expect(second).toMatchObject({ name: PLAN_B.name, createdAt: LOAD_TIME, updatedAt: LOAD_TIME });
    expect(reading.activePlanId).toBe('plan-a');
  });

  it('reads data with no readable version as this version, and says so', () => {
    const reading = readSavedPlans(JSON.stringify({ state: { plans: [PLAN_A] } }), READ_OPTIONS);
    expect(reading.plans).toEqual([PLAN_A]);
    expect(reading.problem).toEqual({
      summary: 'We could not read all of your saved plans',
      details: [
        'Which version of Pathway saved your plans, so we read them as if this version had',
      ],
    });
  });

  it('loads nothing saved by a newer version, and says so', () => {
    expect(readSavedPlans(savedText({ plans: [PLAN_A, PLAN_B] }, 2), READ_OPTIONS)).toEqual({
      plans: [],
      activePlanId: null,
      problem: {
        summary:
          'Your saved plans are from a newer version of Pathway, so this version cannot open them',
        details: ['2 plans saved by a newer version of Pathway'],
      },
    });
  });

  it('migrates data saved by an older version, then reads it', () => {
    const renameTitle: Migrations = {
      1: (state) => {
        const { plans } = state as { plans: { title: string }[] };
        return { plans: plans.map(({ title, ...plan }) => ({ ...plan, name: title })) };
      },
    };
    const { name, ...withoutName } = PLAN_A;
    const reading = readSavedPlans(savedText({ plans: [{ ...withoutName, title: name }] }, 1), {
      ...READ_OPTIONS,
      version: 2,
      migrations: renameTitle,
    });
    expect(reading).toEqual({ plans: [PLAN_A], activePlanId: 'plan-a', problem: null });
  });

  it('loads nothing when a migration fails, and says so', () => {
    const reading = readSavedPlans(savedText({ plans: [PLAN_A] }, 1), {
      ...READ_OPTIONS,
      version: 2,
      migrations: {
        1: () => {
          throw new TypeError('plans is not iterable');
        },
      },
    });
    expect(reading).toEqual({
      plans: [],
      activePlanId: null,
      problem: {
        summary: 'We could not update your saved plans from an older version of Pathway',
        details: ['1 plan saved by an older version of Pathway'],
      },
    });
  });
});

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

  it('loads nothing from a newer version, keeps the copy, and says where it came from', () => {
    const raw = savedText(
      { plans: [PLAN_A], activePlanId: 'plan-a', colourScheme: 'dark' },
      PLANS_SCHEMA_VERSION + 1,
    );
    localStorage.setItem(PLANS_STORAGE_KEY, raw);
    const { plans, loadProblem } = storeOn().getState();
    expect(plans).toEqual([]);
    expect(loadProblem?.summary).toBe(
      'Your saved plans are from a newer version of Pathway, so this version cannot open them',
    );
    expect(loadProblem?.details).toEqual(['1 plan saved by a newer version of Pathway']);
    expect(localStorage.getItem(loadProblem?.recoveryKey ?? '')).toBe(raw);
    expect(localStorage.getItem(PLANS_STORAGE_KEY)).toBe(raw);
  });

  it('migrates an older version through the migration table and saves it as the new version', () => {
    localStorage.setItem(PLANS_STORAGE_KEY, savedText({ plans: [{ ...PLAN_A, name: 'old' }] }, 1));
    const store = storeOn({
      version: 2,
      migrations: {
        1: (state) => {
          const { plans } = state as { plans: SavedPlan[] };
          return { plans: plans.map((plan) => ({ ...plan, name: `${plan.name} (moved)` })) };
        },
      },
    });
    expect(store.getState().plans.map((plan) => plan.name)).toEqual(['old (moved)']);
    expect(store.getState().loadProblem).toBeNull();
    expect(recoveryKeys()).toEqual([]);

    store.getState().renamePlan('plan-a', 'Renamed');
    expect(JSON.parse(localStorage.getItem(PLANS_STORAGE_KEY) ?? '')).toMatchObject({
      version: 2,
      state: { plans: [{ name: 'Renamed' }] },
    });
  });

  it('survives a failing migration: keeps the raw copy and says what happened', () => {
    const raw = savedText({ plans: [PLAN_A, PLAN_B] }, 1);
    localStorage.setItem(PLANS_STORAGE_KEY, raw);
    const store = storeOn({
      version: 2,
      migrations: {
        1: () => {
          throw new Error('unexpected shape');
        },
      },
    });
    expect(store.getState().plans).toEqual([]);
    expect(store.getState().loadProblem).toEqual({
      summary: 'We could not update your saved plans from an older version of Pathway',
      details: ['2 plans saved by an older version of Pathway'],
      recoveryKey: RECOVERY_KEY,
    });
    expect(localStorage.getItem(RECOVERY_KEY)).toBe(raw);
    expect(() => store.getState().createPlan()).not.toThrow();
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

describe('mergeConcurrentPlans', () => {
  const later = (plan: SavedPlan, changes: Partial<SavedPlan>, hour: number): SavedPlan => ({
    ...plan,
    ...changes,
    updatedAt: `2026-11-25T${String(hour).padStart(2, '0')}:00:00.000Z`,
  });

  it('keeps changes to different plans from both sides', () => {
    const ours = [later(PLAN_A, { name: 'Mine' }, 11), PLAN_B];
    const theirs = [PLAN_A, later(PLAN_B, { name: 'Theirs' }, 12)];
    expect(mergeConcurrentPlans([PLAN_A, PLAN_B], ours, theirs)).toEqual({
      plans: [ours[0], theirs[1]],
      notes: [],
    });
  });

  it('keeps changes to different answers of the same plan from both sides', () => {
    const ours = later(PLAN_A, { answers: { ...PLAN_A.answers, nation: 'wales' } }, 11);
    const theirs = later(PLAN_A, { name: 'Renamed', answers: { now: { stage: 'f1' } } }, 12);
    const { plans, notes } = mergeConcurrentPlans([PLAN_A], [ours], [theirs]);
    expect(plans).toEqual([
      {
        ...PLAN_A,
        name: 'Renamed',
        answers: { now: { stage: 'f1' }, nation: 'wales' },
        updatedAt: theirs.updatedAt,
      },
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps the most recent change when both sides changed the same answer, and says so', () => {
    const ours = later(PLAN_A, { answers: { ...PLAN_A.answers, nation: 'wales' } }, 13);
    const theirs = later(PLAN_A, { answers: { ...PLAN_A.answers, nation: 'scotland' } }, 12);
    const { plans, notes } = mergeConcurrentPlans([PLAN_A], [ours], [theirs]);
    expect(plans[0]?.answers.nation).toBe('wales');
    expect(notes).toEqual([
      '"Plan 1" was changed here and in another tab or window at the same time. Where both changed the same answer, Pathway kept the most recent change.',
    ]);
  });

  it('keeps deletions unless the other side changed the deleted plan', () => {
    expect(mergeConcurrentPlans([PLAN_A, PLAN_B], [PLAN_A, PLAN_B], [PLAN_A]).plans).toEqual([
      PLAN_A,
    ]);
    expect(mergeConcurrentPlans([PLAN_A, PLAN_B], [PLAN_A], [PLAN_A, PLAN_B]).plans).toEqual([
      PLAN_A,
    ]);
    const changedHere = later(PLAN_B, { name: 'Changed here' }, 11);
    expect(mergeConcurrentPlans([PLAN_A, PLAN_B], [PLAN_A, changedHere], [PLAN_A])).toEqual({
      plans: [PLAN_A, changedHere],
      notes: [
        '"Changed here" was deleted in another tab or window, but you had changed it here, so Pathway kept it.',
      ],
    });
    const changedThere = later(PLAN_B, { name: 'Changed there' }, 11);
    expect(mergeConcurrentPlans([PLAN_A, PLAN_B], [PLAN_A], [PLAN_A, changedThere]).notes).toEqual([
      '"Changed there" was deleted here, but it had been changed in another tab or window, so Pathway kept it.',
    ]);
  });

  it('keeps plans created on either side', () => {
    expect(mergeConcurrentPlans([], [PLAN_A], [PLAN_B]).plans).toEqual([PLAN_A, PLAN_B]);
  });
});

describe('describeOtherTabChange', () => {
  const after = (plans: SavedPlan[], activePlanId: string | null = plans[0]?.id ?? null) => ({
    plans,
    activePlanId,
  });

  it('says nothing when the open plan is unchanged or nothing was open', () => {
    expect(describeOtherTabChange(PLAN_A, after([PLAN_A, PLAN_B]), false)).toBeNull();
    expect(describeOtherTabChange(null, after([]), true)).toBeNull();
  });

  it('names what happened to the open plan', () => {
    expect(describeOtherTabChange(PLAN_A, after([]), true)).toBe(
      'Everything Pathway saved on this device was cleared in another tab or window.',
    );
    expect(describeOtherTabChange(PLAN_A, after([PLAN_B]), false)).toBe(
      '"Plan 1" was deleted in another tab or window. You are now seeing "Graduate entry".',
    );
    expect(describeOtherTabChange(PLAN_A, after([{ ...PLAN_A, name: 'New name' }]), false)).toBe(
      '"Plan 1" was renamed "New name" in another tab or window.',
    );
    expect(describeOtherTabChange(PLAN_A, after([{ ...PLAN_A, answers: {} }]), false)).toBe(
      'This plan was changed in another tab or window: the date of birth and where you are now.',
    );
    expect(
      describeOtherTabChange(PLAN_A, after([{ ...PLAN_A, name: 'New', answers: {} }]), false),
    ).toBe(
      'This plan was renamed "New" and changed in another tab or window: the date of birth and where you are now.',
    );
  });
});

describe('sameJson', () => {
  it('compares JSON values by content, ignoring key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});

describe('qualifications saved before the counts of top grades (issue 12)', () => {
  const OPTIONS = { version: PLANS_SCHEMA_VERSION, migrations, now: LOAD_TIME };
  const before = {
    nation: 'wales',
    now: { stage: 'school', yearGroup: 13 },
    qualifications: {
      gcse: { englishLanguage: 7, maths: 6, science: 6 },
      schoolQualification: {
        kind: 'a-levels',
        subjects: [
          { subject: 'chemistry', grade: 'A' },
          { subject: 'biology', grade: 'A' },
        ],
      },
      gradesAre: 'predicted',
    },
  } as const;

  function readOnePlan(answers: unknown) {
    const state = { plans: [{ ...PLAN_A, answers }], activePlanId: 'plan-a' };
    return readSavedPlans(savedText(state, PLANS_SCHEMA_VERSION), OPTIONS);
  }

  it('reads a plan saved without counts exactly as it was, and the check reads all of it', () => {
    const reading = readOnePlan(before);
    expect(reading.problem).toBeNull();
    expect(reading.plans[0]?.answers).toEqual(before);
    const check = checkEntryRequirements(before.qualifications, {
      stage: 'school',
      medicalSchoolRoute: 'standard',
      nation: 'wales',
    });
    expect(check.unreadable).toEqual([]);
    expect(check.items.find((item) => item.id === 'gcse-english-maths')?.status).toBe('meets');
    expect(check.items.find((item) => item.id === 'gcse-top-grades')?.status).toBe('not-given');
  });

  it('keeps counts saved since, beside everything that was there', () => {
    const after = {
      ...before,
      qualifications: {
        ...before.qualifications,
        gcse: { ...before.qualifications.gcse, topGrades: 7 },
        national5: { topGrades: 2 },
      },
    };
    const reading = readOnePlan(after);
    expect(reading.problem).toBeNull();
    expect(reading.plans[0]?.answers).toEqual(after);
  });
});

describe('GCSE grades saved before letter grades were offered (issue 12)', () => {
  const OPTIONS = { version: PLANS_SCHEMA_VERSION, migrations, now: LOAD_TIME };
  const SCHOOL_CHECK = { stage: 'school', medicalSchoolRoute: 'standard' } as const;

  function readOnePlan(answers: unknown, version = PLANS_SCHEMA_VERSION) {
    const state = { plans: [{ ...PLAN_A, answers }], activePlanId: 'plan-a' };
    return readSavedPlans(savedText(state, version), OPTIONS);
  }

  it.each(['wales', 'northern-ireland'])(
    'reads 9 to 1 grades saved for a pupil in %s exactly as they were, and checks them as 9 to 1',
    (nation) => {
      const saved = {
        nation,
        now: { stage: 'school', yearGroup: 12 },
        qualifications: { gcse: { englishLanguage: 7, maths: 6, science: 5, topGrades: 4 } },
      };
      const reading = readOnePlan(saved);
      expect(reading.problem).toBeNull();
      expect(reading.plans[0]?.answers).toEqual(saved);
      const check = checkEntryRequirements(saved.qualifications, { ...SCHOOL_CHECK, nation });
      expect(check.unreadable).toEqual([]);
      const englishMaths = check.items.find((item) => item.id === 'gcse-english-maths');
      expect(englishMaths?.summary).toBe(
        'Grades 7 in English language and 6 in maths meet the examples we have (grade 5 or 6).',
      );
    },
  );

  it('keeps 9 to 1 grades through the migration from version 2', () => {
    const saved = {
      nation: 'wales',
      now: { stage: 'school', yearGroup: 11 },
      qualifications: { gcse: { englishLanguage: 8, maths: 7 } },
    };
    const reading = readOnePlan(saved, 2);
    expect(reading.problem).toBeNull();
    expect(reading.plans[0]?.answers.qualifications).toEqual(saved.qualifications);
  });

  it('reads letter grades, 9 to 1 grades beside them and C*, exactly as saved', () => {
    const saved = {
      nation: 'northern-ireland',
      now: { stage: 'school', yearGroup: 12 },
      qualifications: { gcse: { englishLanguage: 'A', maths: 'C*', science: 6, topGrades: 5 } },
    };
    const reading = readOnePlan(saved);
    expect(reading.problem).toBeNull();
    expect(reading.plans[0]?.answers).toEqual(saved);
    expect(
      checkEntryRequirements(saved.qualifications, {
        ...SCHOOL_CHECK,
        nation: 'northern-ireland',
      }).unreadable,
    ).toEqual([]);
  });
});
