/**
 * Looks a key up in a table of labels or names by the table's own properties only. A key from saved
 * data, a link or a file may be `__proto__`, `toString` or `constructor`, which `table[key]` or
 * `key in table` would find on Object.prototype (a function or an object, which breaks a page).
 */
export function ownValue<Value>(
  table: Readonly<Record<string, Value>>,
  key: unknown,
): Value | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether the key is one of the table's own keys, so `table[key]` is safe to read. */
export function isOwnKey<Key extends string>(
  table: Readonly<Record<Key, unknown>>,
  key: unknown,
): key is Key {
  return typeof key === 'string' && Object.hasOwn(table, key);
}
