/**
 * Pages that show sources from rule ids load only the topics they show (route-topics.ts, and pay with
 * the pay engine), not the whole catalogue. This file imports no catalogue (index.ts), so it checks
 * that what a route and the pay page cite is findable from those alone. (pay-topic.test.ts checks pay
 * without the route topics, roles-topic.test.ts the roles page's statements.)
 */
import { describe, expect, it } from 'vitest';
import { F2_ANSWERS, YEAR_11_ANSWERS } from '../../../tests/support/plans';
import { timelineOf } from '../../../tests/support/timelines';
import type { IsoDate } from '../dates';
import { citedSourceIds } from '../../../tests/support/cited-sources';
import { otherRoutes } from '../roles/other-routes';
import { conflicts } from './conflicts';
import { findRule, findSource, rulesIn, sourcesOfRules } from './registry';
import { ROUTE_TOPICS } from './route-topics';
import type { SourceId } from './sources';

const TODAY = '2026-11-25' as IsoDate;

describe('rules findable by id without the whole catalogue', () => {
  it.each([
    ['a Year 11 pupil', YEAR_11_ANSWERS],
    ['an F2 doctor', F2_ANSWERS],
  ])('every rule %s’s route cites is found from the route topics', (_label, answers) => {
    const { milestones, stages, notices } = timelineOf(answers, TODAY);
    const cited = [...milestones, ...stages, ...notices].flatMap((item) => item.ruleIds);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((id) => findRule(id) === undefined)).toEqual([]);
  });

  it('pay rules are found once the pay engine has loaded, and every figure on its pay cites one', async () => {
    const { enhancementsNotIncluded } = await import('./pay');
    expect(findRule(enhancementsNotIncluded.id)).toBeUndefined();
    const { payForTimeline } = await import('../pay');
    expect(findRule(enhancementsNotIncluded.id)).toBe(enhancementsNotIncluded);
    const result = payForTimeline(timelineOf(F2_ANSWERS, TODAY));
    expect(result.ruleIds.filter((id) => findRule(id) === undefined)).toEqual([]);
    expect(sourcesOfRules(result.ruleIds).length).toBeGreaterThan(0);
  });

  it('every source a route page can show is found from the route topics: its rules, conflicts and other routes in', () => {
    const cited = [
      ...citedSourceIds([ROUTE_TOPICS.flatMap((topic) => rulesIn(topic)), conflicts, otherRoutes]),
    ];
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter((id) => !isFound(id as SourceId))).toEqual([]);
  });
});

function isFound(id: SourceId): boolean {
  try {
    return findSource(id).url.length > 0;
  } catch {
    return false;
  }
}
