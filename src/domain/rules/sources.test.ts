/** The catalogue is the source files together: each source is in exactly one of them. */
import { expect, it } from 'vitest';
import { SOURCE_FILES, sources } from './sources';

it('puts each source in one file only, and every one in the catalogue', () => {
  const ids = SOURCE_FILES.flatMap((file) => Object.keys(file));
  expect(ids.length).toBe(new Set(ids).size);
  expect(ids.sort()).toEqual(Object.keys(sources).sort());
});
