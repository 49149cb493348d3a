/** The timeline's last checks (issue 15): a route past 2200 is refused; an impossible value is caught. */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates';
import { buildTimeline } from './build-timeline';
import { timelineHasImpossibleValue } from './result-guard';
import type { Timeline } from './types';
import { YEAR_11_ANSWERS } from '../../../tests/support/plans';

function built(answers: unknown, today: string): Timeline {
  const result = buildTimeline(answers, today);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join(' '));
  return result.timeline;
}

describe('the timeline’s last checks', () => {
  it('refuses a route that would run past 2200, on today’s date', () => {
    const result = buildTimeline({ ...YEAR_11_ANSWERS, dateOfBirth: '2180-03-14' }, '2195-11-25');
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['today']);
  });

  it('finds an impossible date or age in a timeline', () => {
    const timeline = built(YEAR_11_ANSWERS, '2026-11-25');
    expect(timelineHasImpossibleValue(timeline)).toBe(false);
    const [first, ...rest] = timeline.milestones;
    if (first === undefined) throw new Error('no milestones');
    expect(
      timelineHasImpossibleValue({
        ...timeline,
        milestones: [{ ...first, date: 'NaN-NaN-NaN' as IsoDate }, ...rest],
      }),
    ).toBe(true);
    expect(
      timelineHasImpossibleValue({ ...timeline, milestones: [{ ...first, age: NaN }, ...rest] }),
    ).toBe(true);
    expect(
      timelineHasImpossibleValue({
        ...timeline,
        summary: { ...timeline.summary, cct: '2201-08-04' as IsoDate },
      }),
    ).toBe(true);
  });
});
