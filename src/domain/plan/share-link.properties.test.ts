/**
 * Properties of share links: whatever answers Pathway can read come back from a link unchanged (but
 * for the skills checklist, which never goes into one), and no text at all makes decoding throw.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readPlanAnswers } from './answers';
import { cutPlanName } from './plan-name';
import {
  MAX_SHARED_PLAN_LENGTH,
  decodeSharedPlan,
  encodeSharedPlan,
  shareableAnswers,
} from './share-link';
import { typedAnswers } from '../../../tests/support/answer-arbitraries';

/** Any text, lone surrogates included (JSON escapes them, so they survive too). */
const anyText = fc.string({ unit: 'binary', maxLength: 30 });
/**
 * Values as saved answers hold them: they have been through JSON (localStorage), so -0, which
 * fc.jsonValue can give and JSON writes as 0, never appears (a CI run found one).
 */
const savedJsonValue = fc
  .jsonValue({ maxDepth: 2 })
  .map((value): unknown => JSON.parse(JSON.stringify(value)));
const anyJsonObject = fc.dictionary(anyText, savedJsonValue, { maxKeys: 4 });

/** A name as the app would save it: cleaned, trimmed, not empty, within the limit. */
const savedName = anyText.map(cutPlanName).filter((name) => name !== '');

describe('share links', () => {
  test.prop([savedName, typedAnswers])(
    'give back the name and every answer but the skills checklist, unchanged',
    (name, given) => {
      // A plan's answers are always what readPlanAnswers gave back when it was saved or loaded.
      const readable = readPlanAnswers(given);
      expect(readable.unreadable).toEqual([]);
      const text = encodeSharedPlan(name, readable.answers);
      fc.pre(text.length <= MAX_SHARED_PLAN_LENGTH);
      expect(decodeSharedPlan(text)).toEqual({
        ok: true,
        name,
        answers: shareableAnswers(readable.answers),
        unreadable: [],
      });
      expect(decodeSharedPlan(`#${text}`)).toEqual(decodeSharedPlan(text));
    },
  );

  test.prop([savedName, anyJsonObject])(
    'carry whatever readPlanAnswers reads from untrusted answers, unchanged',
    (name, untrusted) => {
      const { answers: readable } = readPlanAnswers(untrusted);
      const text = encodeSharedPlan(name, readable);
      fc.pre(text.length <= MAX_SHARED_PLAN_LENGTH);
      const decoded = decodeSharedPlan(text);
      expect(decoded).toEqual({
        ok: true,
        name,
        answers: shareableAnswers(readable),
        unreadable: [],
      });
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })])(
    'never throw, whatever the text',
    (text) => {
      const decoded = decodeSharedPlan(text);
      if (!decoded.ok) expect(decoded.message).not.toBe('');
    },
  );

  test.prop([savedName, typedAnswers, fc.nat(), fc.nat({ max: 64 })])(
    'changed in any one character, say the link is broken',
    (name, given, position, replacement) => {
      const text = encodeSharedPlan(name, readPlanAnswers(given).answers);
      const at = position % text.length;
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
      const character = alphabet.charAt(replacement);
      fc.pre(character !== text[at]);
      const changed = `${text.slice(0, at)}${character}${text.slice(at + 1)}`;
      const decoded = decodeSharedPlan(changed);
      expect(decoded.ok).toBe(false);
    },
  );
});
