import { expect } from 'vitest';
import { QuotaStorage } from './quota-storage';

/** What a store loaded from storage reports, and a change the person makes afterwards. */
export type LoadedStore = {
  readonly loadProblem: { readonly recoveryKey: string; readonly heldKey?: string } | null;
  readonly change: () => void;
};

/**
 * Loads `raw`, saved under `key`, into a store (made by `load`) on a device with room, or with none
 * when `full`: on load nothing saved changes but the added copy, which holds `raw` exactly; with no
 * room, the data is held in place and a change made afterwards leaves `raw` as it was.
 */
export function expectKeptByStore(
  key: string,
  raw: string,
  full: boolean,
  load: (storage: Storage) => LoadedStore,
): void {
  const storage = new QuotaStorage();
  storage.setItem(key, raw);
  if (full) storage.fill();
  const before = storage.snapshot();
  const { loadProblem, change } = load(storage);
  const after = storage.snapshot();
  if (loadProblem === null) {
    expect(after).toEqual(before);
    return;
  }
  if (full) {
    expect(loadProblem.heldKey).toBe(key);
    expect(after).toEqual(before);
    change();
    expect(storage.getItem(key)).toBe(raw);
    return;
  }
  expect(after[loadProblem.recoveryKey]).toBe(raw);
  expect({ ...after, [loadProblem.recoveryKey]: undefined }).toEqual({
    ...before,
    [loadProblem.recoveryKey]: undefined,
  });
}
