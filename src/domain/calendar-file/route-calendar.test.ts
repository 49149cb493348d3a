import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { F2_ANSWERS, YEAR_11_ANSWERS } from '../../../tests/support/plans';
import { timelineOf } from '../../../tests/support/timelines';
import { writeICalendar } from './icalendar';
import { ESTIMATE_NOTE, routeCalendar } from './route-calendar';

const options = { planName: 'Year 11 plan', planKey: 'plan-1' };

function eventFor(calendar: ReturnType<typeof routeCalendar>, uidStart: string) {
  const event = calendar.events.find((candidate) => candidate.uid.startsWith(`${uidStart}.`));
  if (!event) throw new Error(`no event for ${uidStart}`);
  return event;
}

describe('routeCalendar', () => {
  const year11 = routeCalendar(timelineOf(YEAR_11_ANSWERS, '2026-11-25'), options);

  it('has an event for every step still to come, in the route’s order', () => {
    const timeline = timelineOf(YEAR_11_ANSWERS, '2026-11-25');
    expect(year11.events.map((event) => event.uid)).toEqual(
      timeline.milestones.map((milestone) => `${milestone.id}.plan-1@pathway.planner`),
    );
    expect(year11.name).toBe('Pathway: Year 11 plan');
  });

  it('puts the UCAS deadline on its day, says it is an estimate, and cites its source with the date checked', () => {
    const ucas = eventFor(year11, 'ucas-deadline');
    // 15 October 2028 is a Sunday, so the estimate is the Monday after.
    expect(ucas).toMatchObject({
      summary: 'UCAS deadline for medicine (estimate)',
      firstDay: '2028-10-16',
      lastDay: '2028-10-16',
    });
    const lines = ucas.description.split('\n');
    expect(lines[0]).toBe('When: 16 October 2028. You will be 17.');
    expect(lines).toContain(ESTIMATE_NOTE);
    expect(ucas.description).toContain(
      'UCAS: Application deadlines, https://www.ucas.com/advisers/help-and-training/guides-resources-and-training/application-overview/application-deadlines (checked 24 November 2026, high confidence)',
    );
    // The moved date cites the rule that moved it too, a secondary source, with its confidence.
    expect(ucas.description).toContain('medium confidence');
    expect(ucas.description).toContain(
      'From your Pathway plan “Year 11 plan”, made on 25 November 2026.',
    );
  });

  it('spans the whole months of a step known only to the month, and says the day is not known', () => {
    const interviews = eventFor(year11, 'medical-school-interviews');
    expect(interviews).toMatchObject({ firstDay: '2028-11-01', lastDay: '2029-03-31' });
    expect(interviews.description).toMatch(
      /^When: November 2028 to March 2029 \(the exact day is not known yet\)\./,
    );
    const start = eventFor(year11, 'medical-school-start');
    expect(start).toMatchObject({ firstDay: '2029-09-01', lastDay: '2029-09-30' });
  });

  it('leaves out steps already over, and keeps a window that is open today', () => {
    const f2 = routeCalendar(timelineOf(F2_ANSWERS, '2026-11-25'), options);
    const ids = f2.events.map((event) => event.uid.split('.')[0]);
    expect(ids).not.toContain('f1-start');
    expect(ids).not.toContain('f2-start');
    expect(ids[0]).toBe('core-application-window');
    expect(ids.at(-1)).toBe('cct');
  });

  it('gives the same step of the same plan the same UID, and other plans other UIDs', () => {
    const again = routeCalendar(timelineOf(YEAR_11_ANSWERS, '2027-03-01'), options);
    expect(eventFor(again, 'cct').uid).toBe(eventFor(year11, 'cct').uid);
    const other = routeCalendar(timelineOf(YEAR_11_ANSWERS, '2026-11-25'), {
      ...options,
      planKey: 'plan-2',
    });
    expect(eventFor(other, 'cct').uid).not.toBe(eventFor(year11, 'cct').uid);
  });
});

/** Any day from now until after the Year 11 pupil's CCT. */
const anyToday = fc
  .integer({ min: 0, max: 365 * 18 })
  .map((days) => new Date(Date.UTC(2026, 10, 25) + days * 86_400_000).toISOString().slice(0, 10));

test.prop([anyToday])(
  'whatever the day, the file holds each step not yet over, each on days the step covers',
  (today) => {
    const timeline = timelineOf(YEAR_11_ANSWERS, today);
    const text = writeICalendar(routeCalendar(timeline, options));
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    const stillToCome = timeline.milestones.filter((milestone) => milestone.status !== 'done');
    expect(events).toHaveLength(stillToCome.length);
    stillToCome.forEach((milestone, index) => {
      const event = events[index];
      expect(event?.uid.split('.')[0]).toBe(milestone.id);
      const first = event?.startDate.toString() ?? '';
      const afterLast = event?.endDate.toString() ?? '';
      // The milestone's own dates lie inside the event, and the event ends after it starts.
      expect(first <= milestone.date).toBe(true);
      expect((milestone.endDate ?? milestone.date) < afterLast).toBe(true);
      expect(first < afterLast).toBe(true);
    });
  },
);
