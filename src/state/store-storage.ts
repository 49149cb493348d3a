/**
 * The storage side both stores share (persistence.ts for plans, part-time-store.ts for part-time
 * data): reaching the storage without throwing, reading a key, and saying once that saving failed,
 * and again only after a save has worked.
 */

export type StorageRead =
  | { readonly ok: true; readonly storage: Storage; readonly raw: string | null }
  | { readonly ok: false };

export type StoreStorage = {
  /** The storage, or null when the browser refuses it (private modes, blocked cookies). */
  readonly storageOrNull: () => Storage | null;
  /** What is saved under `name`; not ok when the storage cannot be reached or read. */
  readonly read: (name: string) => StorageRead;
  /** Calls `onSaveFailed`, once until a save works again. */
  readonly reportSaveFailure: () => void;
  /** Saving cannot work and the person has been told another way: say nothing more until it does. */
  readonly saveFailureKnown: () => void;
  /** A save worked: the next failure is reported again. */
  readonly saveWorked: () => void;
};

export function createStoreStorage(
  getStorage: () => Storage,
  onSaveFailed: () => void,
): StoreStorage {
  let saveFailureReported = false;

  function storageOrNull(): Storage | null {
    try {
      return getStorage();
    } catch {
      return null;
    }
  }

  return {
    storageOrNull,
    read(name) {
      const storage = storageOrNull();
      if (!storage) return { ok: false };
      try {
        return { ok: true, storage, raw: storage.getItem(name) };
      } catch {
        return { ok: false };
      }
    },
    reportSaveFailure() {
      if (saveFailureReported) return;
      saveFailureReported = true;
      onSaveFailed();
    },
    saveFailureKnown() {
      saveFailureReported = true;
    },
    saveWorked() {
      saveFailureReported = false;
    },
  };
}
