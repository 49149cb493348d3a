/**
 * A small iCalendar (RFC 5545) writer for all-day events, which is all Pathway puts in a calendar file.
 * Written here rather than taken from a library: `ics` brings yup for validation (zod already does
 * that job here) and ical.js is a whole parser (about 20 kB brotli) for some 60 lines of output rules.
 * The tests read what this writes back with ical.js, so the file is checked by an independent parser.
 */
import { type IsoDate, addDays } from '../dates';
import { cleanMultilineText } from '../plan/clean-text';

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

/**
 * Folds a content line into lines of at most 75 octets, each continuation starting with a space
 * (RFC 5545 §3.1). Splits only between characters, never inside one character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  // Most lines are short and printable ASCII: nothing to fold.
  if (line.length <= MAX_LINE_OCTETS && /^[ -~]*$/.test(line)) return line;
  const parts: string[] = [];
  let partStart = 0;
  let octets = 0;
  let index = 0;
  while (index < line.length) {
    const code = line.charCodeAt(index);
    // A surrogate pair is one character of 4 bytes; never split it.
    const isPair = code >= 0xd800 && code <= 0xdbff && index + 1 < line.length;
    const units = isPair ? 2 : 1;
    const size = isPair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(line.slice(partStart, index));
      partStart = index;
      octets = 1; // the space that starts the continuation line
    }
    octets += size;
    index += units;
  }
  parts.push(line.slice(partStart));
  return parts.join('\r\n ');
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  ';': '\\;',
  ',': '\\,',
  '\n': '\\n',
};

/**
 * A TEXT value (RFC 5545 §3.3.11): cleaned first, since the RFC allows no control character but a tab
 * (line breaks are written `\n`) and UTF-8 cannot hold a lone surrogate, then with backslashes,
 * semicolons, commas and line breaks escaped.
 */
export function escapeText(text: string): string {
  return cleanMultilineText(text).replace(
    /[\\;,\n]/g,
    (special) => TEXT_ESCAPES[special] ?? special,
  );
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
