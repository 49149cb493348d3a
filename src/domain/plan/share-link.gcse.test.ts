/**
 * Share links and GCSE grades (issue 12): links made before letter grades were offered carry 9 to 1
 * grades for pupils in every nation, and still read with them; links with letter grades keep them.
 */
import { describe, expect, it } from 'vitest';
import type { PlanAnswers } from './answers';
import { decodeSharedPlan, encodeSharedPlan } from './share-link';
import { shareLinkCheck } from '../../../tests/support/share-link-check';

/** A link's text, as an older Pathway wrote it, for this JSON. */
function linkFor(version: 'v1' | 'v2', json: string): string {
  const bytes = new TextEncoder().encode(json);
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${version}.${payload}.${shareLinkCheck(payload)}`;
}

describe('share links with GCSE grades', () => {
  it.each([
    ['v1', 'wales'],
    ['v2', 'wales'],
    ['v1', 'northern-ireland'],
    ['v2', 'northern-ireland'],
  ] as const)('reads a %s link with 9 to 1 grades for a pupil in %s', (version, nation) => {
    const gcse = { englishLanguage: 7, maths: 6, science: 5, topGrades: 4 };
    const reading = decodeSharedPlan(
      linkFor(
        version,
        JSON.stringify({
          n: 'Old link',
          a: { nation, now: { stage: 'school', yearGroup: 12 }, qualifications: { gcse } },
        }),
      ),
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.unreadable).toEqual([]);
    expect(reading.answers.qualifications).toEqual({ gcse });
  });

  it('writes and reads letter grades, C* and 9 to 1 grades beside them, unchanged', () => {
    const answers: PlanAnswers = {
      nation: 'northern-ireland',
      now: { stage: 'school', yearGroup: 12 },
      qualifications: { gcse: { englishLanguage: 'A', maths: 'C*', science: 6, topGrades: 5 } },
    };
    const reading = decodeSharedPlan(encodeSharedPlan('Letter grades', answers));
    expect(reading).toEqual({
      ok: true,
      name: 'Letter grades',
      answers,
      unreadable: [],
    });
  });
});
