import type { IsoDate } from '../../src/domain/dates';
import { buildTimeline } from '../../src/domain/timeline/build-timeline';
import type { Timeline } from '../../src/domain/timeline/types';

/** The timeline of answers the test knows to be complete; fails the test with the errors if not. */
export function timelineOf(answers: object, today: string): Timeline {
  const result = buildTimeline(answers, today as IsoDate);
  if (!result.ok) throw new Error(`Expected a timeline: ${JSON.stringify(result.errors)}`);
  return result.timeline;
}
