import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { type AllDayEvent, escapeText, foldLine, writeICalendar } from './icalendar';
import { d } from '../../../tests/support/dates';

const utf8Octets = (line: string) => new TextEncoder().encode(line).length;

// Calendar apps read X-WR-CALNAME as text, escapes and all; ical.js leaves unknown X- properties raw.
ICAL.design.defaultSet.property['x-wr-calname'] = { defaultType: 'text' };

/** Reads a file with ical.js, the parser Thunderbird uses, as a calendar app would. */
function readEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        allDay: event.startDate.isDate && event.endDate.isDate,
        transparency: component.getFirstPropertyValue('transp'),
      };
    }),
  };
}

const ucasDeadline: AllDayEvent = {
  uid: 'ucas-deadline.plan-1@pathway.planner',
  summary: 'UCAS deadline for medicine',
  description:
    'When: 15 October 2028.\nApply through UCAS; choose up to 4 medicine courses, and 1 other.',
  firstDay: d('2028-10-15'),
  lastDay: d('2028-10-15'),
};

describe('writeICalendar', () => {
  it('writes all-day events that a calendar parser reads back as written, ending the day after their last day', () => {
    const interviews: AllDayEvent = {
      uid: 'interviews.plan-1@pathway.planner',
      summary: 'Medical school interviews (estimate)',
      description: 'When: November 2028 to March 2029.',
      firstDay: d('2028-11-01'),
      lastDay: d('2029-03-31'),
    };
    const text = writeICalendar({
      name: 'Pathway: Year 11 plan',
      madeOn: d('2026-12-07'),
      events: [ucasDeadline, interviews],
    });
    expect(readEvents(text)).toEqual({
      name: 'Pathway: Year 11 plan',
      events: [
        {
          uid: ucasDeadline.uid,
          summary: ucasDeadline.summary,
          description: ucasDeadline.description,
          start: '2028-10-15',
          end: '2028-10-16',
          allDay: true,
          transparency: 'TRANSPARENT',
        },
        {
          uid: interviews.uid,
          summary: interviews.summary,
          description: interviews.description,
          start: '2028-11-01',
          end: '2029-04-01',
          allDay: true,
          transparency: 'TRANSPARENT',
        },
      ],
    });
  });

  it('has the parts RFC 5545 requires: version, product id, a time stamp on each event, CRLF line ends', () => {
    const text = writeICalendar({ name: 'Plan', madeOn: d('2026-12-07'), events: [ucasDeadline] });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('\r\nDTSTAMP:20261207T000000Z\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes an empty calendar when nothing is still to come', () => {
    const text = writeICalendar({ name: 'Plan', madeOn: d('2026-12-07'), events: [] });
    expect(readEvents(text)).toEqual({ name: 'Plan', events: [] });
  });
});

describe('escapeText', () => {
  it.each([
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['windows\r\nline', 'windows\\nline'],
    ['old mac\rline', 'old mac\\nline'],
    ['controls\u0000\u0007\u007F\u0085 and a tab\tgo', 'controls and a tab go'],
    ['\u202Eoverride, isolate\u2066 and mark\u200F', 'override\\, isolate and mark'],
    ['half \uD83D of an emoji', 'half \uFFFD of an emoji'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a character that takes several bytes', () => {
    const folded = foldLine(`${'x'.repeat(74)}é`);
    expect(folded).toBe(`${'x'.repeat(74)}\r\n é`);
  });
});

/** Text people type into plan names, with the characters iCalendar treats specially. */
const awkwardText = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', ';', ':', '\\', '\n', 'é', '’', '📅', '"'),
  maxLength: 300,
});

test.prop([awkwardText, awkwardText, fc.integer({ min: 0, max: 400 })])(
  'any summary and description survive the round trip, in lines of at most 75 octets',
  (summary, description, lengthInDays) => {
    const firstDay = d('2030-02-27');
    const text = writeICalendar({
      name: summary,
      madeOn: d('2026-12-07'),
      events: [
        {
          uid: 'x@pathway.planner',
          summary,
          description,
          firstDay,
          lastDay: addDays(firstDay, lengthInDays),
        },
      ],
    });
    for (const line of text.split('\r\n')) expect(utf8Octets(line)).toBeLessThanOrEqual(75);
    const { name, events } = readEvents(text);
    expect(name).toBe(summary);
    expect(events[0]?.summary).toBe(summary);
    expect(events[0]?.description).toBe(description);
    expect(events[0]?.end).toBe(addDays(firstDay, lengthInDays + 1));
  },
);
