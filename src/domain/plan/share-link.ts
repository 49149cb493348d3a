/**
 * A plan written as text for a link, so a careers adviser can send a plan to a student (or a student to
 * themselves) without anything being saved on a shared computer. The app puts this text in the link's
 * fragment (after `#`), which browsers never send to a server.
 *
 * The text is `v2.`, the base64url form of the UTF-8 JSON `{"n": name, "a": answers}`, a `.` and a
 * check (8 hex digits of the FNV-1a hash of the base64url text), so a link cut short or with a character
 * changed (by an email program, say, or by hand) is refused rather than read as a different plan. The
 * check is not a secret and proves nothing about who made a link. The
 * skills checklist (`reflections`) is personal, so it is never written into a link and is ignored if a
 * link has one. A link's text is untrusted: it may be cut short, changed by hand or made by another
 * version, so `decodeSharedPlan` checks everything, reads the answers leniently through
 * `readPlanAnswers` and never throws.
 */
import { ANSWER_NAMES, type PlanAnswers, readPlanAnswers } from './answers';
import { cutPlanName } from './plan-name';
import { answersWithNationSchoolYear } from './school-year-numbering';

/**
 * v3's check covers its version too, so a link cannot be changed into an older version's (v2 and v1
 * checked the payload alone: changing `v2.` to `v1.` gave a valid link read with the older school-year
 * numbering). v2 links (the same answers) and v1 links (England and Wales numbering for everyone, turned
 * into the nation's own) are still read.
 */
export const SHARED_PLAN_VERSION = 'v3';
const SECOND_VERSION_PREFIX = 'v2.';
const FIRST_VERSION_PREFIX = 'v1.';
/** The longest link text (after the `#`) Pathway writes or reads. A year 11 plan takes about 600. */
export const MAX_SHARED_PLAN_LENGTH = 8000;
/**
 * Room for a leading `#` and the spaces or line breaks a link may gain when copied. The raw text is
 * checked against the limit plus this before anything reads it, so a huge link is refused in constant
 * time rather than trimmed first.
 */
const LINK_SLACK = 64;
/** The name a plan gets when its link has an empty one. */
export const UNNAMED_SHARED_PLAN = 'Shared plan';

export type SharedPlanReading =
  | {
      readonly ok: true;
      readonly name: string;
      readonly answers: PlanAnswers;
      /** Each answer that could not be read, in plain English ("the date of birth"). */
      readonly unreadable: string[];
    }
  | { readonly ok: false; readonly message: string };

export const BROKEN_LINK_MESSAGE =
  'This link is not complete or has been changed. Ask the person who sent it to send it again.';
export const TOO_LONG_MESSAGE =
  'This link is too long to be a plan from Pathway. Ask the person who sent it to send it again.';
export const OTHER_VERSION_MESSAGE =
  'This link was made by a different version of Pathway, so it cannot be opened here. Ask the person who sent it to send it again from this version.';

const PREFIX = `${SHARED_PLAN_VERSION}.`;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const ANY_VERSION = /^v\d+\./;

/** The answers that go into a link: everything but the skills checklist, which is personal. */
export function shareableAnswers(answers: PlanAnswers): PlanAnswers {
  return Object.fromEntries(
    Object.entries(answers).filter(([field]) => field !== 'reflections'),
  ) as PlanAnswers;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes, or null if the text is not base64url. */
function fromBase64Url(text: string): Uint8Array | null {
  // Four characters carry three bytes; a group of one character cannot carry any.
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    // A plain loop: Uint8Array.from with a mapping function is some 20 times slower.
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

/**
 * The text for a link to this plan (without the `#`). It may be longer than
 * `MAX_SHARED_PLAN_LENGTH` for a very large plan, which `decodeSharedPlan` would refuse: check.
 */
export function encodeSharedPlan(name: string, answers: PlanAnswers): string {
  const json = JSON.stringify({ n: name, a: shareableAnswers(answers) });
  const payload = toBase64Url(new TextEncoder().encode(json));
  return `${PREFIX}${payload}.${check(`${PREFIX}${payload}`)}`;
}

/** 32-bit FNV-1a: changing any one character always changes it. */
function check(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a plan from a link's text (with or without its leading `#`). Never throws. */
export function decodeSharedPlan(text: string): SharedPlanReading {
  if (text.length > MAX_SHARED_PLAN_LENGTH + LINK_SLACK)
    return { ok: false, message: TOO_LONG_MESSAGE };
  const trimmed = text.trim().replace(/^#/, '');
  if (trimmed.length > MAX_SHARED_PLAN_LENGTH) return { ok: false, message: TOO_LONG_MESSAGE };
  const firstVersion = trimmed.startsWith(FIRST_VERSION_PREFIX);
  const olderVersion = firstVersion || trimmed.startsWith(SECOND_VERSION_PREFIX);
  if (!trimmed.startsWith(PREFIX) && !olderVersion) {
    return {
      ok: false,
      message: ANY_VERSION.test(trimmed) ? OTHER_VERSION_MESSAGE : BROKEN_LINK_MESSAGE,
    };
  }
  // Every prefix is three characters long ('v1.', 'v2.', 'v3.').
  const [payload, givenCheck, ...rest] = trimmed.slice(PREFIX.length).split('.');
  const checked = olderVersion ? payload : `${PREFIX}${payload}`;
  if (payload === undefined || givenCheck !== check(checked ?? '') || rest.length > 0) {
    return { ok: false, message: BROKEN_LINK_MESSAGE };
  }
  const bytes = fromBase64Url(payload);
  if (bytes === null) return { ok: false, message: BROKEN_LINK_MESSAGE };

  let parsed: unknown;
  try {
    // `fatal` turns bytes that are not UTF-8 (a changed character) into an error, not "�".
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, message: BROKEN_LINK_MESSAGE };
  }
  if (!isPlainObject(parsed) || typeof parsed.n !== 'string' || !isPlainObject(parsed.a)) {
    return { ok: false, message: BROKEN_LINK_MESSAGE };
  }

  const reading = readPlanAnswers(firstVersion ? answersWithNationSchoolYear(parsed.a) : parsed.a);
  return {
    ok: true,
    name: cutPlanName(parsed.n) || UNNAMED_SHARED_PLAN,
    answers: shareableAnswers(reading.answers),
    // A checklist in a hand-made link is ignored, so it is not named as unreadable either.
    unreadable: reading.unreadable.filter((answer) => answer !== ANSWER_NAMES.reflections),
  };
}
