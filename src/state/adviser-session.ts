/**
 * A session for someone else: an adviser (or anyone) helping another person on their own or a shared
 * device. While it runs, everything is kept in this tab's sessionStorage (storage-area.ts), the
 * person's own saved plans in localStorage are neither shown nor changed, and ending it clears it all.
 */
import { usePartTimeStore } from './part-time-store';
import { usePlansStore } from './plans-store';
import { enterSessionMode, inSessionMode, leaveSessionMode } from './storage-area';

/** Forgets what the stores hold in memory, without saving it, and reads them from storage again. */
function reloadStores(): void {
  usePlansStore.getState().reloadFromStorage();
  // Reading storage is synchronous, so the part-time answers are loaded when this returns.
  void usePartTimeStore.persist.rehydrate();
}

/**
 * Starts a session in this tab, beginning with nothing entered. Returns false, changing nothing, if
 * the browser will not keep anything in this tab.
 */
export function startSessionForSomeoneElse(): boolean {
  if (inSessionMode()) return true;
  if (!enterSessionMode()) return false;
  // In session mode already, so resetting writes nothing to localStorage; it drops any notices too.
  usePartTimeStore.getState().reset();
  reloadStores();
  return true;
}

/** Clears everything the session kept, leaves it, and shows the person's own saved plans again. */
export function endSessionAndClear(): void {
  if (!inSessionMode()) return;
  usePlansStore.getState().clearEverything();
  usePartTimeStore.getState().reset();
  leaveSessionMode();
  reloadStores();
}
