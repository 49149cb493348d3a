/**
 * The .ics writer against arbitrary names: whatever a plan or step is called (controls, bidirectional
 * overrides, lone surrogates, any code point), the file holds no control character but its CRLF line
 * ends, no lone surrogate, and no line over 75 octets (RFC 5545 §3.1, §3.3.11).
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { IsoDate } from '../dates';
import { writeICalendar } from './icalendar';
import { FUZZ_TIMEOUT } from '../../../tests/support/fuzz';

/** Any code point, half surrogates included, with the troublesome ones drawn often. */
const anyName = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\u0000',
      '\t',
      '\n',
      '\r',
      '\u001B',
      '\u007F',
      '\u0085',
      '\u009F',
      '\u202E',
      '\u2066',
      '\u200F',
      '\uD800',
      '\uDBFF',
      '\uDC00',
      '\uDFFF',
      ',',
      ';',
      '\\',
      'é',
      '📅',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 120,
});

const encoder = new TextEncoder();
// Any C0 or C1 control or DEL: none may be left once the CRLF line ends are taken out.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test.prop([anyName, anyName, anyName, anyName], { seed: 15_05, numRuns: 10_000 })(
  'writes a file with no control character but CRLF, no lone surrogate, lines of at most 75 octets',
  (name, uid, summary, description) => {
    const day = '2030-02-27' as IsoDate;
    const text = writeICalendar({
      name,
      madeOn: '2026-12-07' as IsoDate,
      events: [{ uid, summary, description, firstDay: day, lastDay: day }],
    });
    const lines = text.split('\r\n');
    // The file ends with a line end, so the last part is empty.
    expect(lines.pop()).toBe('');
    const longest = Math.max(...lines.map((line) => encoder.encode(line).length));
    expect(longest).toBeLessThanOrEqual(75);
    expect(lines.join('')).not.toMatch(CONTROL);
    expect(text).not.toMatch(LONE_SURROGATE);
  },
  FUZZ_TIMEOUT,
);
