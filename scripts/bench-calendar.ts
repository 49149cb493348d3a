/**
 * Times the route page's calendar file for a Year 11 pupil (23 events): what every render of the route
 * page does (count the steps still to come; target 0.2 ms like every recomputation), and what a click on
 * "Download the dates" does (make the events and write the iCalendar text). The click is a one-off
 * response to a person, not a recomputation, so its target is 1 ms: still a small part of one frame.
 * Run with `npx tsx scripts/bench-calendar.ts`; the exit code is 1 if either is over its target.
 */
import { writeICalendar } from '../src/domain/calendar-file/icalendar';
import { routeCalendar, stepsStillToCome } from '../src/domain/calendar-file/route-calendar';
import type { IsoDate } from '../src/domain/dates';
import { buildTimeline } from '../src/domain/timeline/build-timeline';
import { YEAR_11_ANSWERS } from '../tests/support/plans';
import { describeTiming, footer, timePerCall, withinTarget } from './bench-timing';

const result = buildTimeline(YEAR_11_ANSWERS, '2026-11-25' as IsoDate);
if (!result.ok) throw new Error('the plan was rejected');
const { timeline } = result;

function calendarText() {
  return writeICalendar(routeCalendar(timeline, { planName: 'Year 11 plan', planKey: 'plan-1' }));
}

const CLICK_TARGET_MS = 1;

const render = timePerCall(() => stepsStillToCome(timeline).length);
const text = calendarText();
const click = timePerCall(calendarText);
console.log(
  `Route page render, steps still to come (${stepsStillToCome(timeline).length}):\n  ${describeTiming(render)}`,
);
console.log(
  `Download click, calendar file of ${text.length} characters:\n  ${describeTiming(click, CLICK_TARGET_MS)}`,
);
console.log(`\n${footer()}`);
process.exitCode = withinTarget(render) && withinTarget(click, CLICK_TARGET_MS) ? 0 : 1;
