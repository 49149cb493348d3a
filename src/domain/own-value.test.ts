import { describe, expect, it } from 'vitest';
import { isOwnKey, ownValue } from './own-value';

const LABELS: Readonly<Record<string, string>> = { england: 'England', wales: 'Wales' };
const PROTOTYPE_KEYS = [
  '__proto__',
  'toString',
  'constructor',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
];

describe('ownValue', () => {
  it('finds the table’s own labels', () => {
    expect(ownValue(LABELS, 'wales')).toBe('Wales');
    expect(isOwnKey(LABELS, 'england')).toBe(true);
  });

  it('never resolves a key to a value from the object prototype', () => {
    for (const key of PROTOTYPE_KEYS) {
      // The plain lookup it replaces finds something for every one of these keys.
      expect(LABELS[key]).not.toBeUndefined();
      expect(ownValue(LABELS, key)).toBeUndefined();
      expect(isOwnKey(LABELS, key)).toBe(false);
    }
  });

  it('finds nothing for keys that are not text', () => {
    for (const key of [undefined, null, 1, {}, ['wales'], Symbol('wales')]) {
      expect(ownValue(LABELS, key)).toBeUndefined();
      expect(isOwnKey(LABELS, key)).toBe(false);
    }
  });
});
