import { describe, expect, it } from 'vitest';
import { baseFromHistory, createRevisionHistory, readRevisions } from './save-revisions';

describe('readRevisions', () => {
  it('reads a save’s revision and the one it was made from', () => {
    expect(readRevisions('{"state":{},"version":3,"revision":"r2","basedOn":"r1"}')).toEqual({
      revision: 'r2',
      basedOn: 'r1',
    });
    expect(readRevisions(null)).toEqual({ revision: null, basedOn: null });
  });

  it('names text saved without a revision by a hash of it, the same for the same text', () => {
    const old = '{"state":{},"version":2}';
    expect(readRevisions(old).revision).toMatch(/^text-[0-9a-f]+$/);
    expect(readRevisions(old)).toEqual(readRevisions(old));
    expect(readRevisions(old).revision).not.toBe(
      readRevisions('{"state":{},"version":3}').revision,
    );
    expect(readRevisions('not json').revision).toMatch(/^text-/);
  });
});

describe('baseFromHistory', () => {
  const history = createRevisionHistory<string>(2);
  history.remember('r1', 'first');
  history.remember('r2', 'second');

  it('takes a save already folded in as its own base, else the save it was made from', () => {
    expect(baseFromHistory(history, { revision: 'r2', basedOn: 'r1' }, 'last')).toBe('second');
    expect(baseFromHistory(history, { revision: 'r3', basedOn: 'r1' }, 'last')).toBe('first');
    expect(baseFromHistory(history, { revision: 'r3', basedOn: 'r0' }, 'last')).toBe('last');
  });

  it('never takes text saved without a revision as already folded in (it may be written again)', () => {
    history.remember('text-1', 'old text');
    expect(baseFromHistory(history, { revision: 'text-1', basedOn: null }, 'last')).toBe('last');
  });

  it('keeps only the newest few', () => {
    const few = createRevisionHistory<string>(2);
    few.remember('r1', 'first');
    few.remember('r2', 'second');
    few.remember('r3', 'third');
    expect([few.get('r1'), few.get('r2'), few.get('r3')]).toEqual([undefined, 'second', 'third']);
  });
});
