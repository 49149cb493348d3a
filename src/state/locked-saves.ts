/**
 * Saves under a lock shared by every tab of Pathway on this device (the Web Locks API), so two tabs
 * never read, merge and write the same key at once. Saving is asked for synchronously (the page never
 * waits) and happens when the lock is free; requests made meanwhile are coalesced, and the save writes
 * whatever is latest then, so saves stay in order. Without `navigator.locks` (older browsers, jsdom)
 * each save happens at once, as before.
 */

/** The part of `navigator.locks` used here, so tests can pass their own. */
export type SaveLocks = {
  readonly request: (name: string, callback: () => void) => Promise<unknown>;
};

export function browserLocks(): SaveLocks | null {
  if (typeof navigator === 'undefined') return null;
  // Missing in older browsers and jsdom, though the DOM types say it is always there.
  const locks = (navigator as Partial<Navigator>).locks;
  return locks ? { request: (name, callback) => locks.request(name, callback) } : null;
}

export type SaveQueue = {
  /** Asks for a save: at once without locks, else when this tab next holds the lock. */
  readonly request: () => void;
  /** Saves now without waiting for the lock, as the page is being left. */
  readonly flush: () => void;
};

export function createSaveQueue(
  lockName: string,
  save: () => void,
  locks: SaveLocks | null = browserLocks(),
): SaveQueue {
  let waiting = false;
  const flush = () => {
    if (!waiting) return;
    waiting = false;
    save();
  };
  if (locks && typeof window !== 'undefined') {
    // A save still waiting for the lock when the page goes would be lost; a late write beats none.
    window.addEventListener('pagehide', flush);
  }
  return {
    request() {
      if (!locks) {
        save();
        return;
      }
      if (waiting) return;
      waiting = true;
      locks.request(lockName, flush).catch(() => flush());
    },
    flush,
  };
}
