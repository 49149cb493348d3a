import { describe, expect, it, vi } from 'vitest';
import type { PlanAnswers } from './answers';
import {
  BROKEN_LINK_MESSAGE,
  MAX_SHARED_PLAN_LENGTH,
  OTHER_VERSION_MESSAGE,
  TOO_LONG_MESSAGE,
  UNNAMED_SHARED_PLAN,
  decodeSharedPlan,
  encodeSharedPlan,
} from './share-link';
import { periods } from '../../../tests/support/plans';
import { shareLinkCheck } from '../../../tests/support/share-link-check';

const YEAR_11: PlanAnswers = {
  now: { stage: 'school', yearGroup: 11 },
  dateOfBirth: '2011-03-14',
  nation: 'england',
  medicalSchoolRoute: 'standard',
  intercalate: false,
  gapYearsBeforeMedicalSchool: 0,
  yearsBeforeCoreTraining: 0,
  coreRoute: 'imt',
  changes: periods({ kind: 'ltft', start: '2038-08-01', end: '2040-07-31', wte: 0.8 }),
  reflections: ['communication'],
};

/** A link's text for these bytes (given as a binary string), with a correct check. */
function linkForBinary(binary: string): string {
  const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `v1.${payload}.${shareLinkCheck(payload)}`;
}

/** A link's text for this JSON, however it was made, with a correct check. */
function linkFor(json: string): string {
  const bytes = new TextEncoder().encode(json);
  return linkForBinary(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}

describe('encodeSharedPlan', () => {
  it('writes a versioned base64url text with no characters a link would need to escape', () => {
    const text = encodeSharedPlan('Ayesha’s plan 🩺', YEAR_11);
    expect(text).toMatch(/^v3\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(text.length).toBeLessThan(1000);
  });

  it('leaves out the skills checklist, which is personal, and keeps part-time periods', () => {
    const decoded = decodeSharedPlan(encodeSharedPlan('Plan 1', YEAR_11));
    expect(decoded.ok && decoded.answers).not.toHaveProperty('reflections');
    expect(decoded.ok && decoded.answers.changes).toEqual(YEAR_11.changes);
  });
});

describe('decodeSharedPlan', () => {
  const good = encodeSharedPlan('Standard route', YEAR_11);

  it('reads a link back, with or without its #', () => {
    const shared = Object.fromEntries(
      Object.entries(YEAR_11).filter(([field]) => field !== 'reflections'),
    );
    const expected = { ok: true, name: 'Standard route', answers: shared, unreadable: [] };
    expect(decodeSharedPlan(good)).toEqual(expected);
    expect(decodeSharedPlan(`#${good}`)).toEqual(expected);
  });

  it.each([
    ['nothing at all', '', BROKEN_LINK_MESSAGE],
    ['only the version', 'v1.', BROKEN_LINK_MESSAGE],
    ['cut short', good.slice(0, Math.floor(good.length / 2)), BROKEN_LINK_MESSAGE],
    ['cut short by one character', good.slice(0, -1), BROKEN_LINK_MESSAGE],
    [
      'one character changed',
      `${good.slice(0, 10)}${good[10] === 'A' ? 'B' : 'A'}${good.slice(11)}`,
      BROKEN_LINK_MESSAGE,
    ],
    [
      'a character base64url never uses',
      `v1.eyJu!.${shareLinkCheck('eyJu!')}`,
      BROKEN_LINK_MESSAGE,
    ],
    ['plain base64 padding', `v1.e30=.${shareLinkCheck('e30=')}`, BROKEN_LINK_MESSAGE],
    [
      'its check changed',
      `${good.slice(0, -1)}${good.endsWith('0') ? '1' : '0'}`,
      BROKEN_LINK_MESSAGE,
    ],
    ['no check', good.slice(0, good.lastIndexOf('.')), BROKEN_LINK_MESSAGE],
    ['something after the check', `${good}.00000000`, BROKEN_LINK_MESSAGE],
    ['another version', `v9.${good.slice(3)}`, OTHER_VERSION_MESSAGE],
    ['no version', good.slice(3), BROKEN_LINK_MESSAGE],
    ['some other text', 'hello', BROKEN_LINK_MESSAGE],
    ['far too long', `v1.${'A'.repeat(MAX_SHARED_PLAN_LENGTH)}`, TOO_LONG_MESSAGE],
    ['base64 of something that is not JSON', linkFor('not json'), BROKEN_LINK_MESSAGE],
    ['bytes that are not UTF-8', linkForBinary('\u00ff\u00fe{}'), BROKEN_LINK_MESSAGE],
    ['JSON that is a list', linkFor('[1,2]'), BROKEN_LINK_MESSAGE],
    ['JSON that is a string', linkFor('"plan"'), BROKEN_LINK_MESSAGE],
    ['JSON null', linkFor('null'), BROKEN_LINK_MESSAGE],
    ['no answers', linkFor('{"n":"Plan 1"}'), BROKEN_LINK_MESSAGE],
    ['answers that are a list', linkFor('{"n":"Plan 1","a":[]}'), BROKEN_LINK_MESSAGE],
    ['answers that are text', linkFor('{"n":"Plan 1","a":"x"}'), BROKEN_LINK_MESSAGE],
    ['a name that is a number', linkFor('{"n":7,"a":{}}'), BROKEN_LINK_MESSAGE],
    ['no name', linkFor('{"a":{}}'), BROKEN_LINK_MESSAGE],
  ])('says in plain English that a link with %s cannot be opened', (_case, text, message) => {
    expect(decodeSharedPlan(text)).toEqual({ ok: false, message });
  });

  it('carries the Alternative Certificate answers; a link without them, as every earlier link, reads as before', () => {
    const answers: PlanAnswers = {
      dateOfBirth: '1996-05-10',
      nation: 'england',
      now: { stage: 'other-post' },
      st4Route: 'alternative-certificate',
      mrcp: 'none',
      plannedSt4Year: 2028,
    };
    expect(decodeSharedPlan(encodeSharedPlan('GP trainee', answers))).toEqual({
      ok: true,
      name: 'GP trainee',
      answers,
      unreadable: [],
    });
    // A link made before these questions existed has none of them: the plan takes the defaults.
    const older = decodeSharedPlan(encodeSharedPlan('Year 11', YEAR_11));
    expect(older.ok && Object.keys(older.answers)).not.toContain('st4Route');
  });

  it('checks the length before anything else, so a huge link is not decoded', () => {
    // Cast: no real answer is this long, so the huge value is made by hand.
    const hugeAnswers = { ...YEAR_11, nation: 'x'.repeat(10_000) } as unknown as PlanAnswers;
    const huge = encodeSharedPlan('Plan 1', hugeAnswers);
    expect(huge.length).toBeGreaterThan(MAX_SHARED_PLAN_LENGTH);
    expect(decodeSharedPlan(huge)).toEqual({ ok: false, message: TOO_LONG_MESSAGE });
  });

  it('refuses a 10 MB link on its length alone, before trimming or matching it', () => {
    const huge = [`${' '.repeat(10_000_000)}v2.x.y`, `#v2.${'A'.repeat(10_000_000)}`];
    const trim = vi.spyOn(String.prototype, 'trim');
    const replace = vi.spyOn(String.prototype, 'replace');
    const readings = huge.map(decodeSharedPlan);
    // Counted before any assertion runs, since expect itself may trim or replace text.
    const calls = trim.mock.calls.length + replace.mock.calls.length;
    vi.restoreAllMocks();
    expect(calls).toBe(0);
    for (const reading of readings)
      expect(reading).toEqual({ ok: false, message: TOO_LONG_MESSAGE });
  });

  it('still reads a link with a leading # and the spaces or line breaks copying may add', () => {
    const link = encodeSharedPlan('Plan 1', YEAR_11);
    expect(decodeSharedPlan(`\n  #${link} \r\n`)).toMatchObject({ ok: true, name: 'Plan 1' });
  });

  it('keeps the answers it can read and names the ones it cannot, in question order', () => {
    const text = linkFor(
      JSON.stringify({
        n: 'Changed by hand',
        a: {
          dateOfBirth: 20110314,
          nation: 'england',
          now: { stage: 'school', yearGroup: 'eleven' },
          intercalate: 'no',
          coreRoute: 'imt',
          changes: 'ltft',
          somethingNew: true,
        },
      }),
    );
    expect(decodeSharedPlan(text)).toEqual({
      ok: true,
      name: 'Changed by hand',
      answers: { nation: 'england', now: { stage: 'school' }, coreRoute: 'imt' },
      unreadable: [
        'the date of birth',
        'your school year group',
        'whether you plan an intercalated year',
        'your part-time periods and time out',
      ],
    });
  });

  it('ignores a skills checklist in a link made by hand, readable or not', () => {
    for (const reflections of [['communication'], 'communication']) {
      const decoded = decodeSharedPlan(linkFor(JSON.stringify({ n: 'P', a: { reflections } })));
      expect(decoded).toEqual({ ok: true, name: 'P', answers: {}, unreadable: [] });
    }
  });

  it('trims the name, cuts it to 60 characters and names an empty one', () => {
    const long = `  ${'a'.repeat(59)}🩺 and more  `;
    const read = (name: string) => {
      const decoded = decodeSharedPlan(linkFor(JSON.stringify({ n: name, a: {} })));
      return decoded.ok ? decoded.name : null;
    };
    expect(read('  Plan 1 ')).toBe('Plan 1');
    // The emoji is two code units; cutting between them would leave half a character.
    expect(read(long)).toBe('a'.repeat(59));
    expect(read('   ')).toBe(UNNAMED_SHARED_PLAN);
  });

  it('reads a v1 link (England numbering for everyone) in the nation’s own school years', () => {
    const pupil = (nation: string, yearGroup: number) =>
      JSON.stringify({ n: 'P', a: { nation, now: { stage: 'school', yearGroup } } });
    const yearOf = (text: string) => {
      const decoded = decodeSharedPlan(text);
      return decoded.ok ? decoded.answers.now?.yearGroup : null;
    };
    // v1 links: the same point in school, in the nation's own numbering.
    expect(yearOf(linkFor(pupil('northern-ireland', 11)))).toBe(12);
    expect(yearOf(linkFor(pupil('scotland', 13)))).toBe(6);
    expect(yearOf(linkFor(pupil('wales', 11)))).toBe(11);
    // A link of today's version is read as written.
    const current = encodeSharedPlan('P', {
      nation: 'northern-ireland',
      now: { stage: 'school', yearGroup: 12 },
    });
    expect(yearOf(current)).toBe(12);
  });

  it('reads a v2 link (checked on its payload alone) as written', () => {
    const json = JSON.stringify({
      n: 'P',
      a: { nation: 'northern-ireland', now: { stage: 'school', yearGroup: 12 } },
    });
    const v2 = linkFor(json).replace(/^v1\./, 'v2.');
    const decoded = decodeSharedPlan(v2);
    expect(decoded.ok && decoded.answers.now?.yearGroup).toBe(12);
  });

  it('says a link is broken when its version is changed to an older one', () => {
    // Read as v1, a Northern Ireland Year 12 would silently become Year 13.
    const link = encodeSharedPlan('P', {
      nation: 'northern-ireland',
      now: { stage: 'school', yearGroup: 12 },
    });
    for (const older of ['v1.', 'v2.']) {
      expect(decodeSharedPlan(link.replace(/^v3\./, older))).toEqual({
        ok: false,
        message: BROKEN_LINK_MESSAGE,
      });
    }
  });
});
