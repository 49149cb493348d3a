/**
 * A Storage that holds at most `quota` characters (keys and values), as a browser's storage does, so
 * tests can fill it: a write that would go over throws QuotaExceededError, and removing keys frees room.
 */
export class QuotaStorage implements Storage {
  readonly #items = new Map<string, string>();
  quota: number;

  constructor(quota = Number.POSITIVE_INFINITY) {
    this.quota = quota;
  }

  get length(): number {
    return this.#items.size;
  }

  /** Characters in use now. */
  get used(): number {
    let total = 0;
    for (const [key, value] of this.#items) total += key.length + value.length;
    return total;
  }

  /** Leaves no room for anything more: the next write that adds a character fails. */
  fill(): void {
    this.quota = this.used;
  }

  clear(): void {
    this.#items.clear();
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  setItem(key: string, value: string): void {
    const before = this.#items.get(key);
    const after = this.used - (before === undefined ? 0 : key.length + before.length);
    if (after + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.#items.set(key, value);
  }

  /** Every key and value, to compare before and after. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.#items);
  }
}
