import { describe, expect, it } from 'vitest';
import { toggleReflection } from './reflections';

describe('toggleReflection', () => {
  it('adds a ticked skill and removes an unticked one', () => {
    expect(toggleReflection(undefined, 'communication', true)).toEqual(['communication']);
    expect(toggleReflection(['communication', 'resilience'], 'communication', false)).toEqual([
      'resilience',
    ]);
  });

  it('never lists a skill twice', () => {
    expect(toggleReflection(['communication'], 'communication', true)).toEqual(['communication']);
  });

  it('keeps ids it does not know, which may come from a newer version', () => {
    expect(toggleReflection(['from-a-newer-version'], 'resilience', true)).toEqual([
      'from-a-newer-version',
      'resilience',
    ]);
  });
});
