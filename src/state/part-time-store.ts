/**
 * What someone entered on the part-time pages that is not part of a saved plan: the direct calculator's
 * answers and periods, and scenarios (named lists of periods kept beside a plan's own, or beside the
 * calculator's). A plan's own periods are saved in its answers (`changes`) by the plans store.
 *
 * Saved in this browser's localStorage (or this tab's sessionStorage during a session for someone
 * else: storage-area.ts) under `pathway-part-time`, so "clear everything" (which removes every
 * `pathway-` key) removes it too. What is read back is untrusted: each part is read on its own and
 * whatever parses is kept; the rest is left out. Nothing here leaves the device.
 */
import { create } from 'zustand';
import { type PersistStorage, persist } from 'zustand/middleware';
// From their own files: the cct index would bring the whole engine onto the start page.
import { MAX_SCENARIOS } from '../domain/cct/scenarios';
import { DIRECT_ANSWER_SCHEMAS } from '../domain/cct/direct-answers';
import type { Period } from '../domain/cct/period';
import type { LoadProblem } from './persistence';
import { sameJson } from '../domain/plan/plans-merge';
import { type SaveLocks, createSaveQueue } from './locked-saves';
import { savedDataMessage } from '../domain/plan/saved-data-messages';
import { describePartTimeChange, mergeConcurrentPartTime } from '../domain/plan/part-time-merge';
import { createUnreadableHold, recoveryPrefixFor } from './recovery-copies';
import {
  baseFromHistory,
  createRevisionHistory,
  newRevision,
  readRevisions,
} from './save-revisions';
import {
  PART_TIME_SCHEMA_VERSION,
  isPartTimeEmpty,
  readSavedPartTime,
  usableScenarioName,
} from '../domain/plan/saved-part-time-format';
import { inSessionMode, storageArea } from './storage-area';
import { createStoreStorage } from './store-storage';
import {
  type CalculatorAnswers,
  EMPTY_PART_TIME,
  type PartTimeData,
  type SavedScenario,
  type ScenarioOwner,
} from '../domain/plan/saved-shapes';

export const PART_TIME_STORAGE_KEY = 'pathway-part-time';
/** Copies of part-time data Pathway could not fully read: `pathway-part-time:recovered:<time>`. */
export const PART_TIME_RECOVERY_KEY_PREFIX = recoveryPrefixFor(PART_TIME_STORAGE_KEY);

export type PartTimeActions = {
  /** Merges answers; an answer set to undefined is removed. */
  readonly setCalculatorAnswers: (answers: Partial<CalculatorAnswers>) => void;
  readonly setCalculatorChanges: (changes: readonly Period[]) => void;
  /** Adds a scenario (up to MAX_SCENARIOS per owner) and returns its id, or '' if there is no room. */
  readonly addScenario: (owner: ScenarioOwner, name: string, changes: readonly Period[]) => string;
  readonly renameScenario: (owner: ScenarioOwner, id: string, name: string) => void;
  readonly setScenarioChanges: (
    owner: ScenarioOwner,
    id: string,
    changes: readonly Period[],
  ) => void;
  readonly deleteScenario: (owner: ScenarioOwner, id: string) => void;
  /** Forgets the scenarios of every owner `keep` says no to. */
  readonly keepScenarioOwners: (keep: (owner: string) => boolean) => void;
  /** Gives `to` copies (new ids, same names and periods) of `from`'s scenarios, as when a plan is copied. */
  readonly copyScenarios: (from: ScenarioOwner, to: ScenarioOwner) => void;
  /** Forgets everything, in memory and on the device. */
  readonly reset: () => void;
  readonly dismissOtherTabNotice: () => void;
  readonly dismissLoadProblem: () => void;
  /**
   * Removes saved part-time data that could not be read and could not be copied (storage full), then
   * saves what is in memory. Only after the person has confirmed.
   */
  readonly discardUnreadableData: () => void;
};

/** Not saved: what this tab should tell the person about changes made in another tab or window. */
export type PartTimeNotices = {
  readonly otherTabNotice: string | null;
  /** What could not be read or saved, for the page to explain; null when all is well. */
  readonly loadProblem: LoadProblem | null;
};

export type PartTimeStoreState = PartTimeData & PartTimeNotices & PartTimeActions;

export const CHANGED_IN_OTHER_TAB =
  'Your part-time periods or scenarios were changed in another tab or window. This page shows the latest.';
export const CLEARED_IN_OTHER_TAB =
  'Your part-time periods and scenarios were cleared in another tab or window.';

export function planOwner(planId: string): ScenarioOwner {
  return `plan:${planId}`;
}

// ---------------------------------------------------------------------------------------------------
// The store

export type PartTimeStoreOptions = {
  /** The clock for recovery copies' names, so tests can fix it. */
  readonly now?: () => Date;
  /** Where the data is saved, asked afresh each time. May throw, as some browsers do in private mode. */
  readonly storage?: () => Storage;
  /** Listens for other tabs saving or clearing (the window's `storage` event); off in tests. */
  readonly watchOtherTabs?: boolean;
  /** The lock across tabs that saves wait for; `navigator.locks` when left out, null for none. */
  readonly locks?: SaveLocks | null;
  /** Where other tabs' `storage` events arrive: the window unless a test gives its own. */
  readonly tabEvents?: EventTarget;
};

/** What getItem hands to merge: the data read, and what to tell the person about it. */
type LoadedPartTime = PartTimeData & { readonly loadProblem: LoadProblem | null };

export const PART_TIME_SAVE_FAILED: LoadProblem = {
  summary: savedDataMessage({ code: 'not-saved', store: 'part-time' }),
  details: [savedDataMessage({ code: 'storage-full', store: 'part-time' })],
  recoveryKey: '',
};

type PartTimePersistenceOptions = {
  readonly getStorage: () => Storage;
  readonly now: () => Date;
  /** Called once when saving starts failing, and again only after a save has worked. */
  readonly onSaveFailed: (problem: LoadProblem) => void;
  /** Called after a save that folded in another tab's changes, with the data now saved. */
  readonly onConcurrentSave: (data: PartTimeData, notice: string | null) => void;
  readonly locks?: SaveLocks | null;
};

/**
 * The part-time store's storage, with the same promise as saved plans: what cannot be fully read is
 * kept as an exact copy (or, with no room for one, left in place and not saved over), what can be read
 * is loaded, and a save that fails says so.
 */
function createPartTimePersistence(options: PartTimePersistenceOptions) {
  const hold = createUnreadableHold(PART_TIME_RECOVERY_KEY_PREFIX);
  const access = createStoreStorage(options.getStorage, () =>
    options.onSaveFailed(PART_TIME_SAVE_FAILED),
  );
  const { storageOrNull, read, reportSaveFailure } = access;
  // Two tabs, as for plans (persistence.ts): what this tab last read or wrote, what it has seen by
  // revision, and what it will save next, written under a lock across tabs.
  type SyncPoint = { readonly raw: string | null; readonly data: PartTimeData };
  let lastSynced: SyncPoint = { raw: null, data: EMPTY_PART_TIME };
  let lastRead: string | null = null;
  let pending: PartTimeData | null = null;
  const history = createRevisionHistory<PartTimeData>();
  const saveQueue = createSaveQueue(
    PART_TIME_STORAGE_KEY,
    () => {
      const data = pending;
      pending = null;
      if (data) writeNow(PART_TIME_STORAGE_KEY, data);
    },
    options.locks,
  );

  /** Another tab's save, when it could be fully read (else the usual reading deals with it). */
  function readOtherTab(raw: string | null): PartTimeData | null {
    if (raw === null) return EMPTY_PART_TIME;
    const reading = readSavedPartTime(raw);
    return reading.problem ? null : reading.data;
  }

  /** Folds `theirs` (saved as `raw`) into `ours`, against what both started from. */
  function foldIn(ours: PartTimeData, raw: string | null, theirs: PartTimeData) {
    const base = baseFromHistory(history, readRevisions(raw), lastSynced.data);
    const merged = mergeConcurrentPartTime(base, ours, theirs);
    history.remember(readRevisions(raw).revision, theirs);
    lastSynced = { raw, data: theirs };
    return merged;
  }

  /** Reads what is saved, folds in any other tab's changes, and writes: under the lock. */
  function writeNow(name: string, ours: PartTimeData): void {
    const stored = read(name);
    if (!stored.ok) {
      reportSaveFailure();
      return;
    }
    if (stored.raw === lastSynced.raw && sameJson(ours, lastSynced.data)) return;
    let data = ours;
    let notice: string | null = null;
    let concurrent = false;
    const theirs = stored.raw === lastSynced.raw ? null : readOtherTab(stored.raw);
    if (theirs) {
      const merged = foldIn(ours, stored.raw, theirs);
      data = merged.data;
      concurrent = true;
      const sentences = [describePartTimeChange(ours, data), ...merged.notes];
      notice = sentences.filter((sentence) => sentence !== null).join(' ') || null;
    }
    // Unreadable data with no copy stays as it was until the person chooses; the notice says so.
    if (hold.blocksSaving(stored.raw)) return;
    // Each save names the one it was made from, so a tab that had not seen it can still merge exactly.
    const revision = newRevision();
    const basedOn = readRevisions(stored.raw).revision;
    const raw = isPartTimeEmpty(data)
      ? null
      : JSON.stringify({
          state: data,
          version: PART_TIME_SCHEMA_VERSION,
          revision,
          ...(basedOn === null ? {} : { basedOn }),
        });
    try {
      // Nothing entered: leave no key behind (after clearing everything, say).
      if (raw === null) stored.storage.removeItem(name);
      else stored.storage.setItem(name, raw);
    } catch {
      // Storage full: the data stays in memory while the page is open, and the person is told.
      reportSaveFailure();
      return;
    }
    history.remember(raw === null ? null : revision, data);
    lastSynced = { raw, data };
    access.saveWorked();
    if (concurrent) options.onConcurrentSave(data, notice);
  }

  const storage: PersistStorage<PartTimeData> = {
    getItem(name) {
      const stored = read(name);
      lastRead = stored.ok ? stored.raw : null;
      if (!stored.ok) {
        // Storage switched off: the plans notice already says nothing can be saved on this device.
        access.saveFailureKnown();
        return null;
      }
      if (stored.raw === null) return null;
      const reading = readSavedPartTime(stored.raw);
      let loadProblem: LoadProblem | null = null;
      if (reading.problem) {
        const recoveryKey = hold.protect(stored.storage, stored.raw, options.now().toISOString());
        loadProblem = {
          ...reading.problem,
          recoveryKey: recoveryKey ?? '',
          ...(recoveryKey === null ? { heldKey: name } : {}),
        };
      }
      const state: LoadedPartTime = { ...reading.data, loadProblem };
      return { state, version: PART_TIME_SCHEMA_VERSION };
    },
    setItem(_name, value) {
      // The page never waits: the data is kept now, and saved once no other tab is saving.
      pending = { calculator: value.state.calculator, scenarios: value.state.scenarios };
      saveQueue.request();
    },
    removeItem(name) {
      try {
        storageOrNull()?.removeItem(name);
      } catch {
        // Nothing can be removed from storage that is switched off.
      }
    },
  };

  return {
    storage,
    /**
     * After persist read storage and replaced what is in memory with it (loading, or moving to or
     * from a session for someone else): that is now the base, and nothing is waiting to be saved.
     */
    loaded(data: PartTimeData): void {
      pending = null;
      lastSynced = { raw: lastRead, data };
      history.remember(readRevisions(lastRead).revision, data);
    },
    /**
     * Another tab saved: its data folded into `ours`, with what to tell the person; 'unreadable' when
     * it could not be fully read (then it is loaded as any saved data is).
     */
    foldInOtherTab(
      ours: PartTimeData,
    ): { data: PartTimeData; notice: string | null } | 'nothing new' | 'unreadable' {
      const stored = read(PART_TIME_STORAGE_KEY);
      if (!stored.ok || stored.raw === lastSynced.raw) return 'nothing new';
      const theirs = readOtherTab(stored.raw);
      if (!theirs) return 'unreadable';
      const merged = foldIn(ours, stored.raw, theirs);
      const sentences = [describePartTimeChange(ours, merged.data), ...merged.notes];
      return {
        data: merged.data,
        notice: sentences.filter((sentence) => sentence !== null).join(' ') || null,
      };
    },
    /** Removes held unreadable data (the person chose to discard it) so the next save can write. */
    discardUnreadable() {
      const storage = storageOrNull();
      try {
        if (storage) hold.discard(storage, PART_TIME_STORAGE_KEY);
      } catch {
        // Storage that cannot be read now: the next save finds out and says so.
      }
      hold.release();
      // Nothing is saved now (this tab removed it, not another tab), so the next save writes all.
      lastSynced = { raw: null, data: EMPTY_PART_TIME };
    },
    /** Lets go of held data without touching storage, after everything was cleared. */
    release() {
      hold.release();
    },
  };
}

function withScenarios(
  state: PartTimeData,
  owner: ScenarioOwner,
  change: (scenarios: readonly SavedScenario[]) => readonly SavedScenario[],
): Pick<PartTimeData, 'scenarios'> {
  const next = change(state.scenarios[owner] ?? []);
  const scenarios: Record<string, readonly SavedScenario[]> = { ...state.scenarios };
  if (next.length === 0) delete scenarios[owner];
  else scenarios[owner] = next;
  return { scenarios };
}

export function createPartTimeStore(options: PartTimeStoreOptions = {}) {
  const getStorage = options.storage ?? storageArea;
  const persistence = createPartTimePersistence({
    getStorage,
    now: options.now ?? (() => new Date()),
    // Runs only when saving, which never happens while the store is being created.
    onSaveFailed: (problem) => store.setState({ loadProblem: problem }),
    onConcurrentSave: (data, notice) =>
      store.setState((state) => ({
        calculator: data.calculator,
        scenarios: data.scenarios,
        otherTabNotice: notice ?? state.otherTabNotice,
      })),
    locks: options.locks,
  });
  const store = create<PartTimeStoreState>()(
    persist(
      (set, get): PartTimeStoreState => ({
        ...EMPTY_PART_TIME,
        otherTabNotice: null,
        loadProblem: null,

        setCalculatorAnswers(changes) {
          const answers: Record<string, unknown> = { ...get().calculator.answers };
          for (const [field, value] of Object.entries(changes)) {
            if (!Object.hasOwn(DIRECT_ANSWER_SCHEMAS, field)) continue;
            if (value === undefined) delete answers[field];
            else answers[field] = value;
          }
          set(({ calculator }) => ({ calculator: { ...calculator, answers } }));
        },

        setCalculatorChanges(changes) {
          set(({ calculator }) => ({ calculator: { ...calculator, changes } }));
        },

        addScenario(owner, name, changes) {
          const usable = usableScenarioName(name);
          const existing = get().scenarios[owner] ?? [];
          if (usable === null || existing.length >= MAX_SCENARIOS) return '';
          const id = crypto.randomUUID();
          set((state) =>
            withScenarios(state, owner, (scenarios) => [
              ...scenarios,
              { id, name: usable, changes },
            ]),
          );
          return id;
        },

        renameScenario(owner, id, name) {
          const usable = usableScenarioName(name);
          if (usable === null) return;
          set((state) =>
            withScenarios(state, owner, (scenarios) =>
              scenarios.map((scenario) =>
                scenario.id === id ? { ...scenario, name: usable } : scenario,
              ),
            ),
          );
        },

        setScenarioChanges(owner, id, changes) {
          set((state) =>
            withScenarios(state, owner, (scenarios) =>
              scenarios.map((scenario) =>
                scenario.id === id ? { ...scenario, changes } : scenario,
              ),
            ),
          );
        },

        deleteScenario(owner, id) {
          set((state) =>
            withScenarios(state, owner, (scenarios) =>
              scenarios.filter((scenario) => scenario.id !== id),
            ),
          );
        },

        keepScenarioOwners(keep) {
          const { scenarios } = get();
          const owners = Object.keys(scenarios);
          if (owners.every(keep)) return;
          set({
            scenarios: Object.fromEntries(
              owners.filter(keep).map((owner) => [owner, scenarios[owner] ?? []]),
            ),
          });
        },

        copyScenarios(from, to) {
          const copies = (get().scenarios[from] ?? []).map((scenario) => ({
            ...scenario,
            id: crypto.randomUUID(),
          }));
          if (copies.length === 0) return;
          set((state) =>
            withScenarios(state, to, (scenarios) =>
              [...scenarios, ...copies].slice(0, MAX_SCENARIOS),
            ),
          );
        },

        reset() {
          // Everything was removed from the device with it ("clear everything"): nothing is held.
          persistence.release();
          set({ ...EMPTY_PART_TIME, otherTabNotice: null, loadProblem: null });
        },

        dismissOtherTabNotice() {
          set({ otherTabNotice: null });
        },

        dismissLoadProblem() {
          set({ loadProblem: null });
        },

        discardUnreadableData() {
          persistence.discardUnreadable();
          // Setting state saves it: what is in memory is written where the unreadable data was.
          set({ loadProblem: null });
        },
      }),
      {
        name: PART_TIME_STORAGE_KEY,
        version: PART_TIME_SCHEMA_VERSION,
        storage: persistence.storage,
        partialize: (state): PartTimeData => ({
          calculator: state.calculator,
          scenarios: state.scenarios,
        }),
        // The saved data was read part by part already: it replaces what is in memory, and nothing
        // saved means nothing entered (as after switching to or from a session for someone else).
        merge: (persisted, current) => {
          const loaded: LoadedPartTime = (persisted as LoadedPartTime | undefined) ?? {
            ...EMPTY_PART_TIME,
            loadProblem: null,
          };
          persistence.loaded({ calculator: loaded.calculator, scenarios: loaded.scenarios });
          return {
            ...current,
            calculator: loaded.calculator,
            scenarios: loaded.scenarios,
            // A problem found earlier stays until dismissed; a new one replaces it.
            loadProblem: loaded.loadProblem ?? current.loadProblem,
          };
        },
      },
    ),
  );

  const tabEvents = options.tabEvents ?? (typeof window === 'undefined' ? null : window);
  if (options.watchOtherTabs && tabEvents) {
    tabEvents.addEventListener('storage', (event) => {
      if (!(event instanceof StorageEvent)) return;
      // Other tabs share localStorage, never a session's data: nothing they do may change it.
      if (inSessionMode()) return;
      // A null key means another tab cleared all of localStorage.
      if (event.key !== null && event.key !== PART_TIME_STORAGE_KEY) return;
      // Storage events come only from other tabs, so each one is news to this tab.
      if (event.newValue === null) {
        store.setState({ ...EMPTY_PART_TIME, otherTabNotice: CLEARED_IN_OTHER_TAB });
        return;
      }
      const state = store.getState();
      const folded = persistence.foldInOtherTab({
        calculator: state.calculator,
        scenarios: state.scenarios,
      });
      if (folded === 'unreadable') {
        void Promise.resolve(store.persist.rehydrate()).then(() =>
          store.setState({ otherTabNotice: CHANGED_IN_OTHER_TAB }),
        );
      } else if (folded !== 'nothing new') {
        // Setting state saves it: if this tab's changes are missing from storage (the other tab
        // wrote without having seen them), they are written back.
        store.setState({
          calculator: folded.data.calculator,
          scenarios: folded.data.scenarios,
          otherTabNotice: folded.notice ?? state.otherTabNotice,
        });
      }
    });
  }
  return store;
}

export type PartTimeStore = ReturnType<typeof createPartTimeStore>;

/** The app's part-time store, saved in localStorage, or sessionStorage during a session for someone else. */
export const usePartTimeStore: PartTimeStore = createPartTimeStore({ watchOtherTabs: true });
