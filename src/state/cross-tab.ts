/**
 * Keeps this tab's plans in step with other tabs and windows of Pathway on the same device. When
 * another tab saves, this tab merges it in at once (and writes back any change of its own that the
 * other tab's save lacked, as when both saved at the same instant), so it never later writes a stale
 * copy over the other tab's change, and tells the person what changed in the plan they have open.
 * (Saving, under a lock across tabs, merges too: see persistence.ts.)
 */
import { describeOtherTabChange } from '../domain/plan/plans-merge';
import { PLANS_STORAGE_KEY } from './persistence';
import { type PlansStore, selectActivePlan, usePlansStore } from './plans-store';
import { inSessionMode } from './storage-area';

type EventTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** Reloads the store from storage and, if the open plan changed, says so. */
function reloadFromStorage(store: PlansStore, cleared: boolean): void {
  const before = selectActivePlan(store.getState());
  // Reading localStorage is synchronous, so persist has finished rehydrating when this returns.
  void store.persist.rehydrate();
  const after = store.getState();
  if (cleared && after.plans.length === 0) {
    // On a shared computer, clearing must also forget what this tab could bring back or show.
    store.setState({ lastDeleted: null, loadProblem: null });
  }
  const notice = describeOtherTabChange(before, after, cleared);
  if (notice !== null) store.setState({ otherTabNotice: notice });
}

/**
 * Listens for other tabs saving plans (the window `storage` event, which a tab never receives for its
 * own writes) and for this page coming back from the browser's back-forward cache, when any events
 * it missed are lost. Returns a function that stops listening.
 */
export function watchOtherTabs(store: PlansStore, target: EventTarget = window): () => void {
  const onStorage = (event: StorageEvent) => {
    // During a session for someone else this tab keeps its own plans: other tabs' must not reach it.
    if (inSessionMode()) return;
    // A null key means the other tab cleared all of localStorage.
    if (event.key !== null && event.key !== PLANS_STORAGE_KEY) return;
    reloadFromStorage(store, event.key === null || event.newValue === null);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    // Whatever was missed meanwhile, an empty store now can only mean everything was cleared.
    if (event.persisted) reloadFromStorage(store, true);
  };
  target.addEventListener('storage', onStorage);
  target.addEventListener('pageshow', onPageShow);
  return () => {
    target.removeEventListener('storage', onStorage);
    target.removeEventListener('pageshow', onPageShow);
  };
}

/** Starts the app's plan store watching other tabs. Call once, before the first render. */
export function startPlanStore(store: PlansStore = usePlansStore): () => void {
  return watchOtherTabs(store);
}
