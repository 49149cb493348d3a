/**
 * The roles page's statements cite their sources directly; content.ts registers those sources
 * (rules/roles-topic.ts). This file imports neither the route topics nor the catalogue, so it checks
 * that every source the page can show is found from the roles content alone.
 */
import { expect, it } from 'vitest';
import { citedSourceIds } from '../../../tests/support/cited-sources';
import { findSource } from '../rules/registry';
import type { SourceId } from '../rules/sources';
import { rolesContent } from './content';

it('every source a statement on the roles page cites is found', () => {
  const cited = [...citedSourceIds(rolesContent)] as SourceId[];
  expect(cited.length).toBeGreaterThan(20);
  for (const id of cited) expect(findSource(id).url).not.toBe('');
});
