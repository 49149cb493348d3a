import { describe, expect, it, vi } from 'vitest';
import { createStoreStorage } from './store-storage';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('createStoreStorage', () => {
  it('reads a key, or says it could not when the storage is refused or throws', () => {
    const storage = memoryStorage();
    storage.setItem('pathway-x', 'saved');
    expect(createStoreStorage(() => storage, vi.fn()).read('pathway-x')).toEqual({
      ok: true,
      storage,
      raw: 'saved',
    });
    const refused = createStoreStorage(() => {
      throw new Error('refused');
    }, vi.fn());
    expect(refused.storageOrNull()).toBeNull();
    expect(refused.read('pathway-x')).toEqual({ ok: false });
    const broken = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('broken');
      },
    };
    expect(createStoreStorage(() => broken, vi.fn()).read('pathway-x')).toEqual({ ok: false });
  });

  it('reports a save failure once until a save works, and not at all once known', () => {
    const onSaveFailed = vi.fn();
    const access = createStoreStorage(memoryStorage, onSaveFailed);
    access.reportSaveFailure();
    access.reportSaveFailure();
    expect(onSaveFailed).toHaveBeenCalledTimes(1);
    access.saveWorked();
    access.reportSaveFailure();
    expect(onSaveFailed).toHaveBeenCalledTimes(2);
    const quiet = vi.fn();
    const known = createStoreStorage(memoryStorage, quiet);
    known.saveFailureKnown();
    known.reportSaveFailure();
    expect(quiet).not.toHaveBeenCalled();
  });
});
