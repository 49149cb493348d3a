/**
 * The pay page loads pay's rules and sources with the pay engine and not a route's (issue 14): this
 * file imports neither the route topics nor the catalogue, so it checks that pay's own are enough.
 */
import { describe, expect, it } from 'vitest';
import { citedSourceIds } from '../../../tests/support/cited-sources';
import * as pay from './pay';
import './pay-topic';
import { findSource, rulesIn } from './registry';
import type { SourceId } from './sources';

describe('pay topic', () => {
  it('registers every source a pay rule cites', () => {
    const cited = [...citedSourceIds(rulesIn(pay))] as SourceId[];
    expect(cited.length).toBeGreaterThan(40);
    for (const id of cited) expect(findSource(id).url).not.toBe('');
  });

  it('does not register the sources only a route cites', () => {
    expect(() => findSource('ucas-deadlines')).toThrow(/not loaded/);
  });
});
