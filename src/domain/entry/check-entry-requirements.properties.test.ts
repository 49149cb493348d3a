/**
 * Properties of checkEntryRequirements: it never throws whatever it is given, its items are always
 * well-formed, and raising any one grade never turns an item that meets the typical requirement into
 * one that falls below it.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  A_LEVEL_GRADES,
  GCSE_GRADES,
  GCSE_LETTER_GRADES,
  HIGHER_GRADES,
  IB_MAX_POINTS,
  IB_SUBJECT_GRADES,
  MAX_TOP_GRADES,
  type Qualifications,
} from '../plan/qualifications';
import { NATIONS, NOW_STAGES } from '../plan/types';
import { findRule } from '../rules';
import { MEDICAL_SCHOOL_ROUTES } from '../rules/medical-school';
import { checkEntryRequirements } from './check-entry-requirements';
import { typedQualifications } from '../../../tests/support/answer-arbitraries';
import { ENTRY_ITEM_IDS, ENTRY_STATUSES, type EntryCheckResult, type EntryContext } from './types';

const BANNED = /guarantee|will get in|will get a place|will be offered/i;

function expectWellFormed(result: EntryCheckResult): void {
  const ids = result.items.map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.at(-1)).toBe('where-to-check');
  for (const item of result.items) {
    expect(ENTRY_ITEM_IDS).toContain(item.id);
    expect(ENTRY_STATUSES).toContain(item.status);
    expect(item.title).not.toMatch(/[.!]$/);
    expect(item.summary).toMatch(/^[A-Z].*\.$/s);
    for (const text of [item.title, item.summary, item.detail ?? '']) {
      expect(text).not.toMatch(BANNED);
      expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    }
    for (const ruleId of item.ruleIds) expect(findRule(ruleId)).toBeDefined();
    if (item.prominent) expect(['contextual-offers', 'gateway-courses']).toContain(item.id);
  }
  for (const message of result.unreadable) {
    expect(typeof message).toBe('string');
    expect(message).toMatch(/^[A-Z]/);
  }
}

// ---------------------------------------------------------------------------------------------
// Valid qualifications

// The qualifications are tests/support/answer-arbitraries.ts's typedQualifications.

const contextArb: fc.Arbitrary<EntryContext> = fc.record(
  {
    stage: fc.constantFrom(...NOW_STAGES),
    medicalSchoolRoute: fc.constantFrom(...MEDICAL_SCHOOL_ROUTES),
    nation: fc.constantFrom(...NATIONS),
  },
  { requiredKeys: ['stage', 'medicalSchoolRoute'] },
);

// ---------------------------------------------------------------------------------------------
// Raising one grade

/** Every higher value of a grade, from a list ordered best first. */
function higherThan<Grade>(ordered: readonly Grade[], grade: Grade): Grade[] {
  return ordered.slice(0, Math.max(0, ordered.indexOf(grade)));
}

const DEGREE_ORDER = ['first', 'upper-second', 'lower-second', 'third'] as const;

/** Every copy of `q` with exactly one grade raised (to each higher value). */
function raisedCopies(q: Qualifications): Qualifications[] {
  const copies: Qualifications[] = [];
  for (const key of ['englishLanguage', 'maths', 'science'] as const) {
    const grade = q.gcse?.[key];
    if (grade === undefined) continue;
    // Raised on its own scale: a number to a higher number, a letter to a higher letter.
    const higherGrades =
      typeof grade === 'number'
        ? higherThan(GCSE_GRADES, grade)
        : higherThan(GCSE_LETTER_GRADES, grade);
    for (const higher of higherGrades) copies.push({ ...q, gcse: { ...q.gcse, [key]: higher } });
  }
  const topGrades = q.gcse?.topGrades;
  if (topGrades !== undefined)
    for (let more = topGrades + 1; more <= MAX_TOP_GRADES; more += 1)
      copies.push({ ...q, gcse: { ...q.gcse, topGrades: more } });
  const national5 = q.national5?.topGrades;
  if (national5 !== undefined)
    for (let more = national5 + 1; more <= MAX_TOP_GRADES; more += 1)
      copies.push({ ...q, national5: { topGrades: more } });
  const school = q.schoolQualification;
  if (school?.kind === 'a-levels')
    school.subjects.forEach((subject, index) => {
      for (const higher of higherThan(A_LEVEL_GRADES, subject.grade)) {
        const subjects = school.subjects.map((other, at) =>
          at === index ? { ...other, grade: higher } : other,
        );
        copies.push({ ...q, schoolQualification: { ...school, subjects } });
      }
    });
  if (school?.kind === 'scottish-highers')
    school.subjects.forEach((subject, index) => {
      for (const higher of higherThan(HIGHER_GRADES, subject.grade)) {
        const subjects = school.subjects.map((other, at) =>
          at === index ? { ...other, grade: higher } : other,
        );
        copies.push({ ...q, schoolQualification: { ...school, subjects } });
      }
    });
  if (school?.kind === 'ib') {
    for (let points = school.points + 1; points <= IB_MAX_POINTS; points += 1)
      copies.push({ ...q, schoolQualification: { ...school, points } });
    school.higherLevel.forEach((subject, index) => {
      for (const higher of higherThan(IB_SUBJECT_GRADES, subject.grade)) {
        const higherLevel = school.higherLevel.map((other, at) =>
          at === index ? { ...other, grade: higher } : other,
        );
        copies.push({ ...q, schoolQualification: { ...school, higherLevel } });
      }
    });
  }
  const degree = q.degree;
  if (degree && degree.classification !== 'other')
    for (const higher of higherThan(DEGREE_ORDER, degree.classification))
      copies.push({ ...q, degree: { ...degree, classification: higher } });
  return copies;
}

describe('checkEntryRequirements properties', () => {
  test.prop([
    fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
    fc.oneof(
      contextArb,
      fc.anything({ withNullPrototype: true, withBoxedValues: true }) as fc.Arbitrary<EntryContext>,
    ),
  ])('never throws on anything, and always returns well-formed items', (input, context) => {
    expectWellFormed(checkEntryRequirements(input, context));
  });

  test.prop([typedQualifications, contextArb])(
    'reads valid qualifications without leaving anything out',
    (qualifications, context) => {
      const result = checkEntryRequirements(qualifications, context);
      expect(result.unreadable).toEqual([]);
      expectWellFormed(result);
    },
  );

  test.prop([typedQualifications, contextArb])(
    'raising any one grade never turns "meets" into "below"',
    (qualifications, context) => {
      const before = checkEntryRequirements(qualifications, context);
      const meets = before.items.filter((item) => item.status === 'meets').map((item) => item.id);
      for (const raised of raisedCopies(qualifications)) {
        const after = checkEntryRequirements(raised, context);
        for (const id of meets) {
          const item = after.items.find((candidate) => candidate.id === id);
          expect(item?.status, `${id} after raising a grade in ${JSON.stringify(raised)}`).not.toBe(
            'below',
          );
        }
      }
    },
  );

  test.prop([typedQualifications, contextArb])(
    'the same qualifications and context always give the same result',
    (qualifications, context) => {
      expect(checkEntryRequirements(qualifications, context)).toEqual(
        checkEntryRequirements(structuredClone(qualifications), { ...context }),
      );
    },
  );
});
