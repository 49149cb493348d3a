/**
 * Text from somewhere Pathway does not control (a name typed, saved, in a link or a file), made safe to
 * store, show and write to a file: no control characters (RFC 5545 forbids them in a calendar file, and
 * they show as nothing or as boxes), no bidirectional overrides, isolates or marks (which can make a
 * name read differently from what it holds, or reorder the text around it), and no lone surrogates
 * (half of a character, which a file's UTF-8 cannot hold), each replaced with U+FFFD.
 */

/** Line and tab characters: in a one-line name they become a space, so words stay apart. */
const SPACING = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** C0 and C1 controls and DEL, and the bidirectional embeddings, overrides, isolates and marks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STRIPPED = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text as one clean line (it is not trimmed: callers trim and cut to their own limit). */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(SPACING, ' ').replace(STRIPPED, '');
}

/** As STRIPPED, but keeping line feeds, which text of several lines may hold (tabs are made spaces). */
const STRIPPED_KEEPING_LINES =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text of several lines, cleaned as cleanText does but keeping its line breaks (each `\r\n` or `\r`
 * made a `\n`): for a calendar event's description, where RFC 5545 writes a line break as `\n`. A tab
 * becomes a space, so the text holds no control character at all but line feeds.
 */
export function cleanMultilineText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(STRIPPED_KEEPING_LINES, '');
}
