/**
 * localStorage as Chromium gives it to two tabs: each tab reads its own copy, and another tab's write
 * reaches it a moment later (so even under a lock across tabs a read may miss the last write).
 */
export class LaggingStorage {
  private readonly saved = new Map<string, string>();
  private readonly copies = [new Map<string, string>(), new Map<string, string>()];
  private readonly inFlight: { to: number; key: string }[] = [];

  /** The view tab `tab` (0 or 1) has of the storage. */
  viewFor(tab: number): Storage {
    const copy = this.copies[tab] ?? new Map<string, string>();
    const writes = (key: string) => {
      this.inFlight.push({ to: 1 - tab, key });
    };
    const store: Storage = {
      get length() {
        return copy.size;
      },
      clear: () => copy.clear(),
      getItem: (key) => copy.get(key) ?? null,
      key: (index) => [...copy.keys()][index] ?? null,
      removeItem: (key) => {
        copy.delete(key);
        this.saved.delete(key);
        writes(key);
      },
      setItem: (key, value) => {
        copy.set(key, value);
        this.saved.set(key, value);
        writes(key);
      },
    };
    return store;
  }

  /** What is really saved (the last write to arrive). */
  getItem(key: string): string | null {
    return this.saved.get(key) ?? null;
  }

  /** Brings each tab's copy up to date and returns the storage events each tab now gets. */
  deliver(): { to: number; key: string; newValue: string | null }[] {
    const events = this.inFlight.splice(0).map(({ to, key }) => ({
      to,
      key,
      newValue: this.saved.get(key) ?? null,
    }));
    for (const copy of this.copies) {
      copy.clear();
      for (const [key, value] of this.saved) copy.set(key, value);
    }
    return events;
  }
}
