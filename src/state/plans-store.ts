/**
 * The person's saved plans: what they chose, never what the engine works out from it. Plans are kept
 * in the browser's storage under `pathway-plans`: localStorage, or this tab's sessionStorage during a
 * session for someone else (storage-area.ts). See persistence.ts for how untrusted saved data is read
 * and how two tabs share it. Nothing here leaves the device.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { ANSWER_NAMES, type PlanAnswers } from '../domain/plan/answers';
import { cleanText } from '../domain/plan/clean-text';
import { MAX_PLAN_NAME_LENGTH } from '../domain/plan/plan-name';
import type { Migrations } from '../domain/plan/saved-envelope';
import type { PersistedPlans, SavedPlan } from '../domain/plan/saved-shapes';
import { sameJson } from '../domain/plan/plans-merge';
import { type LoadProblem, PLANS_STORAGE_KEY, createPlanPersistence } from './persistence';
import {
  PLANS_SCHEMA_VERSION,
  migrations as appMigrations,
  unusedPlanName,
} from '../domain/plan/saved-plans-format';
import type { SaveLocks } from './locked-saves';
import { storageArea } from './storage-area';

export type { LoadProblem } from './persistence';

export type DeletedPlan = {
  readonly plan: SavedPlan;
  /** Where it was in the list, so undo puts it back in the same place. */
  readonly index: number;
  /** Whether it was the open plan, so undo opens it again. */
  readonly wasActive: boolean;
};

export type PlansState = {
  readonly plans: readonly SavedPlan[];
  readonly activePlanId: string | null;
  /** What could not be loaded or saved, for the page to explain; null when all is well. */
  readonly loadProblem: LoadProblem | null;
  /** A message about a change made in another tab or window, or null. */
  readonly otherTabNotice: string | null;
  readonly lastDeleted: DeletedPlan | null;
};

export type PlansActions = {
  /** Adds a plan and opens it. Without a usable name it is called "Plan N". Returns its id. */
  readonly createPlan: (name?: string) => string;
  /** Renames a plan. A name that is empty once trimmed, or too long, is ignored. */
  readonly renamePlan: (id: string, name: string) => void;
  /** Adds "Copy of …" after the plan and opens it. Returns its id, or '' if there is no such plan. */
  readonly duplicatePlan: (id: string) => string;
  /** Deletes a plan, keeping it in `lastDeleted` for undo. The open plan moves to a neighbour. */
  readonly deletePlan: (id: string) => void;
  readonly undoDelete: () => void;
  readonly switchPlan: (id: string) => void;
  /** Merges `changes` into the plan's answers. An answer set to undefined is removed. */
  readonly setAnswers: (id: string, changes: Partial<PlanAnswers>) => void;
  /** Returns the open plan's id, opening the first plan or creating "Plan 1" if there is none. */
  readonly ensureActivePlan: () => string;
  /** Removes everything Pathway saved on this device (recovery copies too) and starts afresh. */
  readonly clearEverything: () => void;
  /**
   * Forgets what is in memory, without saving it, and reads the plans again from where they are kept
   * now: after this tab enters or leaves a session for someone else.
   */
  readonly reloadFromStorage: () => void;
  readonly dismissLoadProblem: () => void;
  readonly dismissOtherTabNotice: () => void;
  /**
   * Removes saved plans that could not be read and could not be copied (storage full), then saves
   * the plans in memory. Only after the person has confirmed.
   */
  readonly discardUnreadableData: () => void;
};

export type PlansStoreState = PlansState & PlansActions;

export type PlansStoreOptions = {
  /** Where plans are saved, asked afresh each time. May throw, as some browsers do in private mode. */
  readonly storage?: () => Storage;
  /** The clock for timestamps, so tests can fix it. */
  readonly now?: () => Date;
  /** The saved form's version and the migrations up to it; tests pass their own. */
  readonly version?: number;
  readonly migrations?: Migrations;
  /** The lock across tabs that saves wait for; `navigator.locks` when left out, null for none. */
  readonly locks?: SaveLocks | null;
};

const EMPTY_STATE: PlansState = {
  plans: [],
  activePlanId: null,
  loadProblem: null,
  otherTabNotice: null,
  lastDeleted: null,
};

/** A name cleaned (cleanText), trimmed and within the length limit, or null if it cannot be used. */
export function usablePlanName(name: string): string | null {
  const trimmed = cleanText(name).trim();
  return trimmed === '' || trimmed.length > MAX_PLAN_NAME_LENGTH ? null : trimmed;
}

/** "Copy of <name>", then "Copy of <name> (2)" and so on, cut to fit the length limit. */
function copyName(name: string, plans: readonly SavedPlan[]): string {
  const taken = new Set(plans.map((plan) => plan.name.toLowerCase()));
  const base = `Copy of ${name}`;
  for (let copy = 1; ; copy += 1) {
    const suffix = copy === 1 ? '' : ` (${copy})`;
    const candidate = `${base.slice(0, MAX_PLAN_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The open plan, or null. Returns the stored object, so it is safe in a zustand selector. */
export function selectActivePlan(state: PlansState): SavedPlan | null {
  return state.plans.find((plan) => plan.id === state.activePlanId) ?? null;
}

export function createPlansStore(options: PlansStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const version = options.version ?? PLANS_SCHEMA_VERSION;
  const timestamp = () => now().toISOString();

  const persistence = createPlanPersistence({
    getStorage: options.storage ?? storageArea,
    now,
    version,
    migrations: options.migrations ?? appMigrations,
    locks: options.locks,
    // These run only when saving, which never happens while the store is being created.
    onSaveFailed: (problem) =>
      store.setState((state) => ({
        loadProblem: state.loadProblem
          ? { ...state.loadProblem, details: [...state.loadProblem.details, ...problem.details] }
          : problem,
      })),
    onConcurrentSave: (save) =>
      store.setState((state) => ({
        plans: save.plans,
        activePlanId: save.activePlanId,
        otherTabNotice: save.notice ?? state.otherTabNotice,
        loadProblem: save.loadProblem ?? state.loadProblem,
      })),
  });

  const store = create<PlansStoreState>()(
    persist(
      (set, get): PlansStoreState => ({
        ...EMPTY_STATE,

        createPlan(name) {
          const { plans } = get();
          const given = name === undefined ? null : usablePlanName(name);
          const createdAt = timestamp();
          const plan: SavedPlan = {
            id: crypto.randomUUID(),
            name:
              given ??
              unusedPlanName(
                plans.map((other) => other.name),
                plans.length + 1,
              ),
            answers: {},
            createdAt,
            updatedAt: createdAt,
          };
          set({ plans: [...plans, plan], activePlanId: plan.id });
          return plan.id;
        },

        renamePlan(id, name) {
          const usable = usablePlanName(name);
          const plan = get().plans.find((candidate) => candidate.id === id);
          if (usable === null || !plan || plan.name === usable) return;
          set(({ plans }) => ({
            plans: plans.map((other) =>
              other.id === id ? { ...other, name: usable, updatedAt: timestamp() } : other,
            ),
          }));
        },

        duplicatePlan(id) {
          const { plans } = get();
          const index = plans.findIndex((plan) => plan.id === id);
          const original = plans[index];
          if (!original) return '';
          const createdAt = timestamp();
          const copy: SavedPlan = {
            id: crypto.randomUUID(),
            name: copyName(original.name, plans),
            answers: original.answers,
            createdAt,
            updatedAt: createdAt,
          };
          set({ plans: plans.toSpliced(index + 1, 0, copy), activePlanId: copy.id });
          return copy.id;
        },

        deletePlan(id) {
          const { plans, activePlanId } = get();
          const index = plans.findIndex((plan) => plan.id === id);
          const plan = plans[index];
          if (!plan) return;
          const remaining = plans.toSpliced(index, 1);
          const wasActive = activePlanId === id;
          set({
            plans: remaining,
            // The next plan takes the deleted one's place; at the end of the list, the one before.
            activePlanId: wasActive
              ? (remaining[index]?.id ?? remaining[index - 1]?.id ?? null)
              : activePlanId,
            lastDeleted: { plan, index, wasActive },
          });
        },

        undoDelete() {
          const { plans, activePlanId, lastDeleted } = get();
          if (!lastDeleted) return;
          const { plan, index, wasActive } = lastDeleted;
          // Another tab may have put it back already.
          if (plans.some((other) => other.id === plan.id)) {
            set({ lastDeleted: null });
            return;
          }
          set({
            plans: plans.toSpliced(Math.min(index, plans.length), 0, plan),
            activePlanId: wasActive || activePlanId === null ? plan.id : activePlanId,
            lastDeleted: null,
          });
        },

        switchPlan(id) {
          const { plans, activePlanId } = get();
          if (id !== activePlanId && plans.some((plan) => plan.id === id)) {
            set({ activePlanId: id });
          }
        },

        setAnswers(id, changes) {
          const plan = get().plans.find((candidate) => candidate.id === id);
          if (!plan) return;
          const answers: Record<string, unknown> = { ...plan.answers };
          for (const [field, value] of Object.entries(changes)) {
            // Only known answers are kept: anything else would be dropped on the next load anyway.
            if (!Object.hasOwn(ANSWER_NAMES, field)) continue;
            if (value === undefined) delete answers[field];
            else answers[field] = value;
          }
          if (sameJson(answers, plan.answers)) return;
          set(({ plans }) => ({
            plans: plans.map((other) =>
              other.id === id
                ? { ...other, answers: answers as PlanAnswers, updatedAt: timestamp() }
                : other,
            ),
          }));
        },

        ensureActivePlan() {
          const state = get();
          const active = selectActivePlan(state);
          if (active) return active.id;
          const first = state.plans[0];
          if (!first) return state.createPlan();
          set({ activePlanId: first.id });
          return first.id;
        },

        clearEverything() {
          // Reset without saving, then remove every key, so nothing is left behind on the device.
          persistence.withoutSaving(() => set(EMPTY_STATE));
          persistence.removeAllSavedData();
        },

        reloadFromStorage() {
          persistence.withoutSaving(() => set(EMPTY_STATE));
          // Plans read from the other storage area share no history with those in memory.
          persistence.forgetLastSync();
          // Reading storage is synchronous, so the plans are loaded when this returns.
          void store.persist.rehydrate();
        },

        dismissLoadProblem() {
          set({ loadProblem: null });
        },

        dismissOtherTabNotice() {
          set({ otherTabNotice: null });
        },

        discardUnreadableData() {
          persistence.discardUnreadable();
          // Setting state saves it: the plans in memory are written where the unreadable data was.
          set({ loadProblem: null });
        },
      }),
      {
        name: PLANS_STORAGE_KEY,
        version,
        storage: persistence.storage,
        partialize: (state): PersistedPlans => ({
          plans: state.plans,
          activePlanId: state.activePlanId,
        }),
        merge: persistence.merge,
      },
    ),
  );
  return store;
}

export type PlansStore = ReturnType<typeof createPlansStore>;

/** The app's store, saved in localStorage, or sessionStorage during a session for someone else. */
export const usePlansStore: PlansStore = createPlansStore();
