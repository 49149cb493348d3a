/**
 * Copies of saved data Pathway could not fully read, shared by every store (plans, part-time). Each
 * store keeps its copies under its own prefix, such as `pathway-plans:recovered:<time>`, so "clear
 * everything" (which removes every `pathway-` key) removes them too.
 *
 * When no copy can be written (storage full), the unreadable data is held: left where it was, and
 * nothing may be saved over it until the person downloads it or chooses to discard it.
 */

/** How many copies each store keeps; older ones are removed first. */
export const MAX_RECOVERY_COPIES = 5;

/** The prefix of a store's recovery copies, from the key it saves under. */
export function recoveryPrefixFor(storageKey: string): string {
  return `${storageKey}:recovered:`;
}

/** Every key in `storage` starting with `prefix`, oldest first. May throw. */
export function recoveryKeysIn(storage: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys.sort();
}

/**
 * Keeps `raw` under a new key `<prefix><timestamp>` and returns the key, or null if it could not be
 * written. A copy is never overwritten; the same text is kept once; only the newest few are kept.
 */
export function keepRecoveryCopyUnder(
  storage: Storage,
  prefix: string,
  raw: string,
  timestamp: string,
): string | null {
  try {
    const existing = recoveryKeysIn(storage, prefix).find((key) => storage.getItem(key) === raw);
    if (existing) return existing;
    let key = `${prefix}${timestamp}`;
    for (let copy = 2; storage.getItem(key) !== null; copy += 1) {
      key = `${prefix}${timestamp}-${copy}`;
    }
    storage.setItem(key, raw);
    const keys = recoveryKeysIn(storage, prefix).filter((other) => other !== key);
    const surplus = keys.length + 1 - MAX_RECOVERY_COPIES;
    for (const oldest of keys.slice(0, Math.max(0, surplus))) storage.removeItem(oldest);
    return key;
  } catch {
    return null;
  }
}

/** Unreadable data left in place under a store's key because no copy of it could be kept. */
export type UnreadableHold = {
  /**
   * After a read that found `raw` not fully readable: keeps a copy and returns its key, or, when none
   * can be written, holds `raw` and returns null.
   */
  readonly protect: (storage: Storage, raw: string, timestamp: string) => string | null;
  /**
   * True when a save must not write: the held data is still in storage as it was read. When storage
   * now holds something else (another tab resolved it), the hold is let go.
   */
  readonly blocksSaving: (storedRaw: string | null) => boolean;
  /** True while unreadable data is held. */
  readonly isHolding: () => boolean;
  /** Removes the held data from storage (only if it is still there unchanged) and lets go. May throw. */
  readonly discard: (storage: Storage, storageKey: string) => void;
  /** Lets go without touching storage (after everything was cleared). */
  readonly release: () => void;
};

export function createUnreadableHold(prefix: string): UnreadableHold {
  let held: string | null = null;
  return {
    protect(storage, raw, timestamp) {
      const key = keepRecoveryCopyUnder(storage, prefix, raw, timestamp);
      held = key === null ? raw : null;
      return key;
    },
    blocksSaving(storedRaw) {
      if (held === null) return false;
      if (storedRaw === held) return true;
      held = null;
      return false;
    },
    isHolding: () => held !== null,
    discard(storage, storageKey) {
      if (held !== null && storage.getItem(storageKey) === held) storage.removeItem(storageKey);
      held = null;
    },
    release() {
      held = null;
    },
  };
}
