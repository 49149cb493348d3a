/**
 * The two-tab merges (plans-merge.ts, part-time-merge.ts) are loaded the first time a store asks to
 * save or hears that another tab saved, not with every page (issue 14): a page is shown and usable
 * without them. Until they are here, a store reads and saves as usual; only folding in another tab's
 * save waits for them (persistence.ts, part-time-store.ts, cross-tab.ts).
 */
import type * as MergesCode from './save-merges-code';

export type SaveMerges = typeof MergesCode;

let loaded: SaveMerges | null = null;
let loading: Promise<SaveMerges> | null = null;

/** The merges if they have loaded, else null. */
export function loadedMerges(): SaveMerges | null {
  return loaded;
}

/** Loads the merges once; after a failed load (offline, say) the next call tries again. */
export function loadMerges(): Promise<SaveMerges> {
  loading ??= import('./save-merges-code').then(
    (merges) => (loaded = merges),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Starts loading the merges, so they are likely here before anything needs them. */
export function startLoadingMerges(): void {
  // A failed load is reported by whatever needs the merges, when it asks again.
  if (!loaded) loadMerges().catch(() => undefined);
}

/**
 * Runs `use` with the merges: at once if they are here, else once they have loaded. If they cannot
 * be loaded, `failed` runs instead.
 */
export function withMerges(use: (merges: SaveMerges) => void, failed: () => void): void {
  if (loaded) use(loaded);
  else loadMerges().then(use, failed);
}
