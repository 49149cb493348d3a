/**
 * A small iCalendar (RFC 5545) writer for all-day events, which is all Pathway puts in a calendar file.
 * Written here rather than taken from a library: `ics` brings yup for validation (zod already does
 * that job here) and ical.js is a whole parser (about 20 kB brotli) for some 60 lines of output rules.
 * The tests read what this writes back with ical.js, so the file is checked by an independent parser.
 */
import { type IsoDate, addDays } from '../dates';

export type AllDayEvent = {
  /** Stays the same for the same step of the same plan, so importing again can update, not repeat. */
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly firstDay: IsoDate;
  /** The last day the event covers (inclusive). */
  readonly lastDay: IsoDate;
};

export type CalendarFile = {
  /** The calendar's name, shown by apps that import it as a calendar of its own. */
  readonly name: string;
  /** When the file was made; every event's DTSTAMP. */
  readonly madeOn: IsoDate;
  readonly events: readonly AllDayEvent[];
};

/** RFC 5545 §3.1: content lines are at most 75 octets long, not counting the line break. */
const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line into lines of at most 75 octets, each continuation starting with a space
 * (RFC 5545 §3.1). Splits only between characters, never inside one character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A DATE value: 20281015. */
function dateValue(date: IsoDate): string {
  return date.replace(/-/g, '');
}

function eventLines(event: AllDayEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(event.firstDay)}`,
    // DTEND is the day after the last day: an all-day event's end is exclusive (RFC 5545 §3.6.1).
    `DTEND;VALUE=DATE:${dateValue(addDays(event.lastDay, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // Shown as free time: a month-long "some time in August" must not block a whole month.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole file: CRLF line breaks, folded lines, one VEVENT per event. */
export function writeICalendar(calendar: CalendarFile): string {
  const stamp = `${dateValue(calendar.madeOn)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pathway//Palliative medicine route planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
