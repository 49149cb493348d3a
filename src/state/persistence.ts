/**
 * How saved plans are read from and written to the browser's storage. What is saved there is untrusted
 * (hand-edited, cut short, written by an older or newer Pathway, or by another tab), so reading it:
 *
 * - keeps a raw copy of anything it cannot fully read, under `pathway-plans:recovered:<time>`;
 * - loads every plan it can, each plan's answers through `readPlanAnswers`;
 * - says in plain English what it could not read (a LoadProblem), and never throws.
 *
 * Writing folds in anything another tab saved since this tab last read or wrote, so two tabs never
 * silently overwrite each other. If storage is switched off or full, plans stay in memory and the
 * person is told they cannot be saved.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { SESSION_MODE_KEY, pathwayKeysIn } from './storage-area';
import { createStoreStorage } from './store-storage';
import {
  describeOtherTabChange,
  mergeConcurrentPlans,
  pickActivePlanId,
  sameJson,
} from '../domain/plan/plans-merge';
import { type SaveLocks, createSaveQueue } from './locked-saves';
import {
  baseFromHistory,
  createRevisionHistory,
  newRevision,
  readRevisions,
} from './save-revisions';
import { createUnreadableHold, keepRecoveryCopyUnder, recoveryPrefixFor } from './recovery-copies';
import type { PersistedPlans, SavedPlan } from '../domain/plan/saved-shapes';
import type { Migrations } from '../domain/plan/saved-envelope';
import { readSavedPlans } from '../domain/plan/saved-plans-format';
import { savedDataMessage } from '../domain/plan/saved-data-messages';

export const PLANS_STORAGE_KEY = 'pathway-plans';
export const RECOVERY_KEY_PREFIX = recoveryPrefixFor(PLANS_STORAGE_KEY);
export { MAX_RECOVERY_COPIES } from './recovery-copies';

export type LoadProblem = {
  /** One sentence saying what happened, such as "We could not read all of your saved plans". */
  readonly summary: string;
  /** What could not be read, one item each, such as "Plan 2: the date of birth". */
  readonly details: readonly string[];
  /** The storage key holding a raw copy of what was saved, or '' when no copy could be kept. */
  readonly recoveryKey: string;
  /**
   * Set when no copy could be kept: the storage key whose unreadable data is left in place, and not
   * saved over, until the person downloads or discards it.
   */
  readonly heldKey?: string;
};

// ---------------------------------------------------------------------------------------------------
// The storage itself

const STORAGE_UNAVAILABLE: LoadProblem = {
  summary: 'Pathway cannot save plans on this device',
  details: [
    'Your browser is not letting Pathway save anything, which can happen in private browsing. You can still make plans and use the part-time calculator, but what you enter will be lost when you close this page.',
  ],
  recoveryKey: '',
};

export const SAVE_FAILED: LoadProblem = {
  summary: savedDataMessage({ code: 'not-saved', store: 'plans' }),
  details: [savedDataMessage({ code: 'storage-full', store: 'plans' })],
  recoveryKey: '',
};

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Writes JSON with object keys sorted, so the same plans are always the same text in every tab. */
function toStableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isRecord(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * Keeps `raw` under a new plans recovery key and returns the key, or null if it could not be written.
 * A copy is never overwritten; the same text is kept once; only the newest few copies are kept.
 */
export function keepRecoveryCopy(storage: Storage, raw: string, timestamp: string): string | null {
  return keepRecoveryCopyUnder(storage, RECOVERY_KEY_PREFIX, raw, timestamp);
}

/** What `getItem` hands to `merge`: the plans read, and what to tell the person about them. */
type LoadedPlans = PersistedPlans & {
  readonly loadProblem: LoadProblem | null;
  /** The text read, to tell later whether another tab has saved since. */
  readonly raw: string | null;
  /** False when the browser would not let Pathway read its storage at all. */
  readonly storageWorks: boolean;
};

/** The part of the store's state that loading touches. */
export type PlansSnapshot = PersistedPlans & { readonly loadProblem: LoadProblem | null };

/** A save that found another tab's changes in storage and folded them in. */
export type ConcurrentSave = PersistedPlans & {
  /** What to tell the person, or null when nothing they are looking at changed. */
  readonly notice: string | null;
  /** Set when the other tab's save itself could not be fully read. */
  readonly loadProblem: LoadProblem | null;
};

export type PlanPersistenceOptions = {
  /** Returns the browser storage. May throw (some browsers refuse access in private mode). */
  readonly getStorage: () => Storage;
  readonly now: () => Date;
  readonly version: number;
  readonly migrations: Migrations;
  /** Called once when saving starts failing, and again only after a save has worked. */
  readonly onSaveFailed: (problem: LoadProblem) => void;
  /** Called after a save that folded in another tab's changes, with the plans now saved. */
  readonly onConcurrentSave: (save: ConcurrentSave) => void;
  /** The lock across tabs that saves wait for; `navigator.locks` when left out, null for none. */
  readonly locks?: SaveLocks | null;
};

export type PlanPersistence = {
  readonly storage: PersistStorage<PersistedPlans>;
  readonly merge: <State extends PlansSnapshot>(persisted: unknown, current: State) => State;
  /** Runs `change` without saving, for state that must not be written back (clearing). */
  readonly withoutSaving: (change: () => void) => void;
  /** Removes every `pathway-` key, recovery copies included (but not the session flag). */
  readonly removeAllSavedData: () => void;
  /** Forgets what was last read or written, before reading from another storage area. */
  readonly forgetLastSync: () => void;
  /**
   * Removes unreadable saved plans that no copy could be kept of (the person chose to discard them),
   * so the next save writes the plans in memory.
   */
  readonly discardUnreadable: () => void;
};

/**
 * A zustand persist storage and merge for saved plans. It migrates while reading (rather than through
 * persist's own `migrate`) so a failed or newer-version load is never written back over what was
 * saved until the person changes something, and a raw copy is kept before that.
 */
export function createPlanPersistence(options: PlanPersistenceOptions): PlanPersistence {
  // What this tab last read from or wrote to storage: the base for folding in another tab's changes.
  type SyncPoint = { readonly raw: string | null; readonly saved: PersistedPlans };
  const nothingSaved: SyncPoint = { raw: null, saved: { plans: [], activePlanId: null } };
  let lastSynced: SyncPoint = nothingSaved;
  let latestLoad: LoadedPlans | null = null;
  let savingPaused = false;
  // What to save next, set at once by each change; written when this tab holds the lock across tabs.
  let pending: PersistedPlans | null = null;
  // What this tab has read or written, by revision: the base when another tab's save arrives.
  const history = createRevisionHistory<PersistedPlans>();
  const saveQueue = createSaveQueue(
    PLANS_STORAGE_KEY,
    () => {
      const value = pending;
      pending = null;
      if (value) storage.writeNow(PLANS_STORAGE_KEY, { state: value, version: options.version });
    },
    options.locks,
  );
  const hold = createUnreadableHold(RECOVERY_KEY_PREFIX);

  const access = createStoreStorage(options.getStorage, () => options.onSaveFailed(SAVE_FAILED));
  const { storageOrNull, read, reportSaveFailure } = access;

  /**
   * The plans both sides started from. When the other side could not be fully read (a newer version,
   * damaged text), a plan missing from it is not evidence of a deletion, so nothing counts as deleted.
   */
  function baseFor(other: LoadedPlans): readonly SavedPlan[] {
    if (other.loadProblem) return [];
    // What the other tab started from, even if it had not seen this tab's latest save.
    return baseFromHistory(history, readRevisions(other.raw), lastSynced.saved).plans;
  }

  /** Remembers a save this tab has folded in (not one it could not fully read). */
  function rememberRead(loaded: LoadedPlans): void {
    if (loaded.loadProblem) return;
    history.remember(readRevisions(loaded.raw).revision, {
      plans: loaded.plans,
      activePlanId: loaded.activePlanId,
    });
  }

  function load(storage: Storage, raw: string | null): LoadedPlans {
    if (raw === null) {
      return { plans: [], activePlanId: null, loadProblem: null, raw, storageWorks: true };
    }
    const now = options.now().toISOString();
    const reading = readSavedPlans(raw, {
      version: options.version,
      migrations: options.migrations,
      now,
    });
    let loadProblem: LoadProblem | null = null;
    if (reading.problem) {
      const recoveryKey = hold.protect(storage, raw, now);
      loadProblem = {
        summary: reading.problem.summary,
        details: reading.problem.details,
        recoveryKey: recoveryKey ?? '',
        ...(recoveryKey === null ? { heldKey: PLANS_STORAGE_KEY } : {}),
      };
    }
    return {
      plans: reading.plans,
      activePlanId: reading.activePlanId,
      loadProblem,
      raw,
      storageWorks: true,
    };
  }

  const storage = {
    getItem(name: string): StorageValue<LoadedPlans> {
      const stored = read(name);
      if (!stored.ok) {
        // Saving will fail too; one message covers both.
        access.saveFailureKnown();
        latestLoad = {
          plans: [],
          activePlanId: null,
          loadProblem: STORAGE_UNAVAILABLE,
          raw: null,
          storageWorks: false,
        };
      } else {
        latestLoad = load(stored.storage, stored.raw);
      }
      // Always this version: the state has been migrated already, so persist must not migrate it.
      return { state: latestLoad, version: options.version };
    },

    // Always saved under PLANS_STORAGE_KEY, the name the store gives persist.
    setItem(_name: string, value: StorageValue<PersistedPlans>): void {
      if (savingPaused) return;
      // The page never waits: the state is kept now, and saved once no other tab is saving.
      pending = { plans: value.state.plans, activePlanId: value.state.activePlanId };
      saveQueue.request();
    },

    /** Reads what is saved, folds in any other tab's changes, and writes: under the lock. */
    writeNow(name: string, value: StorageValue<PersistedPlans>): void {
      const stored = read(name);
      if (!stored.ok) {
        reportSaveFailure();
        return;
      }
      let toSave: PersistedPlans = {
        plans: value.state.plans,
        activePlanId: value.state.activePlanId,
      };
      let concurrent: ConcurrentSave | null = null;
      if (stored.raw === lastSynced.raw && sameJson(toSave, lastSynced.saved)) {
        return; // Nothing saved has changed (only messages shown on this page).
      }
      if (stored.raw !== lastSynced.raw) {
        // Another tab (or a copy of this page restored from the browser's cache) saved since this
        // tab last read or wrote. Fold its changes in rather than overwrite them.
        const theirs = load(stored.storage, stored.raw);
        const merged = mergeConcurrentPlans(baseFor(theirs), toSave.plans, theirs.plans);
        rememberRead(theirs);
        toSave = {
          plans: merged.plans,
          activePlanId: pickActivePlanId(merged.plans, toSave.activePlanId, theirs.activePlanId),
        };
        const ourActivePlan = value.state.plans.find(
          (plan) => plan.id === value.state.activePlanId,
        );
        const notices = [
          describeOtherTabChange(ourActivePlan ?? null, toSave, stored.raw === null),
          ...merged.notes,
        ].filter((notice) => notice !== null);
        concurrent = {
          ...toSave,
          notice: notices.length === 0 ? null : notices.join(' '),
          loadProblem: theirs.loadProblem,
        };
      }
      if (hold.blocksSaving(stored.raw)) {
        // Unreadable data with no copy stays as it was until the person chooses; the notice says so.
        if (concurrent) options.onConcurrentSave(concurrent);
        return;
      }
      // Each save names the one it was made from, so a tab that had not seen it can still merge exactly.
      const revision = newRevision();
      const basedOn = readRevisions(stored.raw).revision;
      const raw = toStableJson({
        state: toSave,
        version: options.version,
        revision,
        ...(basedOn === null ? {} : { basedOn }),
      });
      try {
        stored.storage.setItem(name, raw);
      } catch {
        reportSaveFailure();
        return;
      }
      history.remember(revision, toSave);
      lastSynced = { raw, saved: toSave };
      access.saveWorked();
      if (concurrent) options.onConcurrentSave(concurrent);
    },

    removeItem(name): void {
      try {
        storageOrNull()?.removeItem(name);
      } catch {
        // Nothing saved can be removed if storage is switched off; there is nothing to report.
      }
      pending = null;
      lastSynced = nothingSaved;
    },
  } satisfies PersistStorage<PersistedPlans> & { readonly writeNow: unknown };

  function merge<State extends PlansSnapshot>(persisted: unknown, current: State): State {
    // `persisted` is always what getItem just returned; the identity check gives back its type.
    const loaded = persisted === latestLoad ? latestLoad : null;
    if (!loaded) return current;
    if (!loaded.storageWorks) {
      // Keep whatever this tab already has in memory: storage said nothing about it.
      return { ...current, loadProblem: current.loadProblem ?? loaded.loadProblem };
    }
    // When this tab's saves have been working, `current` equals the base and the loaded plans win;
    // when they have not, its unsaved changes are folded in rather than lost.
    const merged = mergeConcurrentPlans(baseFor(loaded), current.plans, loaded.plans);
    rememberRead(loaded);
    lastSynced = {
      raw: loaded.raw,
      saved: { plans: loaded.plans, activePlanId: loaded.activePlanId },
    };
    const activePlanId = pickActivePlanId(merged.plans, current.activePlanId, loaded.activePlanId);
    if (pending !== null || !sameJson(merged.plans, loaded.plans)) {
      // A save waiting for the lock writes the merge, not what it held; and when storage lacks this
      // tab's changes (another tab wrote without having seen them), they are written back.
      pending = { plans: merged.plans, activePlanId };
      saveQueue.request();
    }
    return {
      ...current,
      plans: merged.plans,
      activePlanId,
      loadProblem: loaded.loadProblem ?? current.loadProblem,
    };
  }

  return {
    storage,
    merge,
    withoutSaving(change) {
      savingPaused = true;
      try {
        change();
      } finally {
        savingPaused = false;
      }
    },
    removeAllSavedData() {
      const storage = storageOrNull();
      try {
        if (storage) {
          // Clearing everything during a session clears the session's data but stays in the session.
          const keys = pathwayKeysIn(storage).filter((key) => key !== SESSION_MODE_KEY);
          for (const key of keys) storage.removeItem(key);
        }
      } catch {
        // Storage that cannot be read holds nothing Pathway saved.
      }
      hold.release();
      // A save still waiting for the lock must not write back what was cleared, and what this tab
      // read before is no longer part of what it holds.
      pending = null;
      history.clear();
      lastSynced = nothingSaved;
    },
    forgetLastSync() {
      // What was held is in the other storage area; reading this one holds anew if need be.
      hold.release();
      // A save waiting for the lock belongs to the storage area being left, as does what was read.
      pending = null;
      history.clear();
      lastSynced = nothingSaved;
    },
    discardUnreadable() {
      const storage = storageOrNull();
      try {
        if (storage) hold.discard(storage, PLANS_STORAGE_KEY);
      } catch {
        // Storage that cannot be read now: the next save finds out and says so.
      }
      hold.release();
      // Nothing is saved now, so the next save writes what is in memory.
      lastSynced = nothingSaved;
    },
  };
}
