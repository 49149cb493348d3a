/**
 * Where Pathway keeps what the person enters: this browser's localStorage, or, during a session for
 * someone else (an adviser helping a pupil, say), this tab's sessionStorage, which the browser drops
 * when the tab closes. The stores read and write only through `storageArea`.
 *
 * The session flag is itself kept in sessionStorage, so reloading the tab stays in the session and no
 * other tab, nor the next visit, is ever in it.
 */

/** Every key Pathway writes starts with this, so clearing can find them all. */
export const PATHWAY_KEY_PREFIX = 'pathway-';
/** Set to `on` in sessionStorage while this tab runs a session for someone else. */
export const SESSION_MODE_KEY = `${PATHWAY_KEY_PREFIX}session-mode`;

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Some browsers refuse access to storage altogether (private modes, blocked cookies).
    return null;
  }
}

/** True while this tab runs a session for someone else. */
export function inSessionMode(): boolean {
  try {
    return sessionStorageOrNull()?.getItem(SESSION_MODE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** The storage to read and write now. May throw, as some browsers do when storage is off. */
export function storageArea(): Storage {
  return inSessionMode() ? window.sessionStorage : window.localStorage;
}

const listeners = new Set<() => void>();

/** Calls `listener` whenever this tab enters or leaves session mode. Returns a function to stop. */
export function subscribeToSessionMode(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function announce(): void {
  for (const listener of listeners) listener();
}

/**
 * Puts this tab in session mode. Returns false, changing nothing, when the browser will not keep
 * anything in this tab's sessionStorage (a session could not then keep the person's own data apart).
 */
export function enterSessionMode(): boolean {
  try {
    const storage = window.sessionStorage;
    storage.setItem(SESSION_MODE_KEY, 'on');
    if (storage.getItem(SESSION_MODE_KEY) !== 'on') return false;
  } catch {
    return false;
  }
  announce();
  return true;
}

/** Every key Pathway has put in `storage`, the session flag included. May throw. */
export function pathwayKeysIn(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(PATHWAY_KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * Takes this tab out of session mode, removing every Pathway key from sessionStorage: the session's
 * plans, answers and recovery copies, and the flag itself.
 */
export function leaveSessionMode(): void {
  const storage = sessionStorageOrNull();
  try {
    if (storage) for (const key of pathwayKeysIn(storage)) storage.removeItem(key);
  } catch {
    // Storage that cannot be read holds nothing of the session.
  }
  announce();
}
