import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, isChangeKind } from './change-kinds';
import { PERIOD_KINDS } from './kinds';

describe('the kinds of period by name (read from saved data without the kinds table)', () => {
  it('names exactly the kinds the table describes, in the editor’s order', () => {
    // Saved data is checked against this list, and the pages look each kind up in the table.
    expect([...CHANGE_KINDS].sort()).toEqual(Object.keys(PERIOD_KINDS).sort());
  });

  it('accepts each kind and nothing else, not even names every object has', () => {
    for (const kind of CHANGE_KINDS) expect(isChangeKind(kind)).toBe(true);
    for (const value of ['toString', '__proto__', 'constructor', 'LTFT', '', null, 1, {}]) {
      expect(isChangeKind(value)).toBe(false);
    }
  });
});
