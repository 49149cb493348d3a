import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { fc, test } from '@fast-check/vitest';
import type { Qualifications } from '../plan/qualifications';
import {
  type QUALIFICATION_PART_SCHEMAS,
  qualificationsSchema,
  readQualifications,
} from './read-qualifications';

const FULL: Qualifications = {
  gcse: { englishLanguage: 7, maths: 6, science: 6, topGrades: 8 },
  national5: { topGrades: 3 },
  schoolQualification: {
    kind: 'a-levels',
    subjects: [
      { subject: 'chemistry', grade: 'A' },
      { subject: 'biology', grade: 'A*' },
      { subject: 'maths', grade: 'B' },
    ],
  },
  gradesAre: 'predicted',
  degree: { classification: 'upper-second', science: true },
};

function expectPlainMessage(message: string): void {
  expect(message.trim()).toBe(message);
  expect(message).toMatch(/^[A-Z]/);
  expect(message).not.toMatch(/[.!]$/);
  // A name the person typed is quoted back as typed (“NaN” is a fine name); only our own words are checked.
  const ownWords = message.replace(/“[^”]*”/g, '“…”');
  expect(ownWords).not.toMatch(/undefined|null|NaN|\[object/);
}

describe('readQualifications', () => {
  it('reads well-formed qualifications whole, with nothing unreadable', () => {
    expect(readQualifications(FULL)).toEqual({ qualifications: FULL, unreadable: [] });
    expect(qualificationsSchema.safeParse(FULL).success).toBe(true);
  });

  it.each([
    ['Highers', { kind: 'scottish-highers', subjects: [{ subject: 'chemistry', grade: 'A' }] }],
    ['the IB', { kind: 'ib', points: 38, higherLevel: [{ subject: 'chemistry', grade: 7 }] }],
    ['another qualification', { kind: 'other' }],
  ])('reads %s', (_label, schoolQualification) => {
    const input = { schoolQualification };
    expect(readQualifications(input)).toEqual({ qualifications: input, unreadable: [] });
    expect(qualificationsSchema.safeParse(input).success).toBe(true);
  });

  it('reads GCSE letter grades (Wales and CCEA, with C*) beside 9 to 1 grades, and no other letter', () => {
    const input = { gcse: { englishLanguage: 'B', maths: 'C*', science: 6 } };
    expect(readQualifications(input)).toEqual({ qualifications: input, unreadable: [] });
    expect(qualificationsSchema.safeParse(input).success).toBe(true);
    const reading = readQualifications({
      gcse: { englishLanguage: 'A**', maths: 'b', science: '6' },
    });
    expect(reading.qualifications).toEqual({ gcse: {} });
    expect(reading.unreadable).toHaveLength(3);
    for (const message of reading.unreadable) expectPlainMessage(message);
  });

  it('reads a count of top grades of 0 to 20, and leaves out any other, saying why', () => {
    expect(readQualifications({ gcse: { topGrades: 0 }, national5: { topGrades: 20 } })).toEqual({
      qualifications: { gcse: { topGrades: 0 }, national5: { topGrades: 20 } },
      unreadable: [],
    });
    const reading = readQualifications({
      gcse: { maths: 7, topGrades: 21 },
      national5: { topGrades: 2.5, grade: 'A' },
    });
    expect(reading.qualifications).toEqual({ gcse: { maths: 7 }, national5: {} });
    expect(reading.unreadable).toEqual([
      'How many GCSEs you have at the top grades could not be read (it should be a whole number from 0 to 20), so it is left out',
      'We did not recognise “grade” in your National 5s, so it is left out',
      'How many National 5s you have at grade A could not be read (it should be a whole number from 0 to 20), so it is left out',
    ]);
    for (const message of reading.unreadable) expectPlainMessage(message);
    expect(readQualifications({ national5: 'six' }).unreadable).toEqual([
      'Your National 5s could not be read, so they are left out',
    ]);
  });

  it.each([[undefined], [null], [{}]])('treats %j as nothing given', (input) => {
    expect(readQualifications(input)).toEqual({ qualifications: {}, unreadable: [] });
  });

  it('treats null parts as not given rather than unreadable', () => {
    const reading = readQualifications({
      gcse: { englishLanguage: null, maths: 6 },
      schoolQualification: null,
      gradesAre: null,
      degree: { classification: 'first', science: null },
    });
    expect(reading.unreadable).toEqual([]);
    expect(reading.qualifications).toEqual({
      gcse: { maths: 6 },
      degree: { classification: 'first' },
    });
  });

  it.each([['AAA'], [42], [true], [['chemistry']]])('cannot read %j at all', (input) => {
    const reading = readQualifications(input);
    expect(reading.qualifications).toEqual({});
    expect(reading.unreadable).toHaveLength(1);
  });

  it('leaves out each bad part, says why, and keeps the rest', () => {
    const reading = readQualifications({
      gcse: { englishLanguage: 7, maths: 'six', science: 10, art: 9 },
      schoolQualification: {
        kind: 'a-levels',
        subjects: [
          { subject: 'chemistry', grade: 'A' },
          { subject: 'alchemy', grade: 'A' },
          { subject: 'biology', grade: 'A++' },
          'physics',
          { subject: 'maths', grade: 'A' },
        ],
      },
      gradesAre: 'hoped-for',
      degree: { classification: '2:1', science: 'yes' },
      favouriteColour: 'green',
    });
    expect(reading.qualifications).toEqual({
      gcse: { englishLanguage: 7 },
      schoolQualification: {
        kind: 'a-levels',
        subjects: [
          { subject: 'chemistry', grade: 'A' },
          { subject: 'maths', grade: 'A' },
        ],
      },
      degree: {},
    });
    expect(reading.unreadable).toEqual([
      'We did not recognise “favouriteColour” in your qualifications, so it is left out',
      'We did not recognise “art” in your GCSEs, so it is left out',
      'Your GCSE maths grade could not be read (it should be a grade from 9 to 1, or a letter from A* to G), so it is left out',
      'Your GCSE science grade could not be read (it should be a grade from 9 to 1, or a letter from A* to G), so it is left out',
      'A-level 2 could not be read (it needs a subject from the list and a grade from A* to E), so it is left out',
      'A-level 3 could not be read (it needs a subject from the list and a grade from A* to E), so it is left out',
      'A-level 4 could not be read (it needs a subject from the list and a grade from A* to E), so it is left out',
      'Whether your grades are predicted or achieved could not be read, so it is left out',
      'Your degree classification could not be read, so it is left out',
      'Whether your degree is in a science could not be read, so it is left out',
    ]);
  });

  it('cannot read a school qualification of an unknown kind', () => {
    const reading = readQualifications({ schoolQualification: { kind: 'btec', grade: 'D*D*D*' } });
    expect(reading.qualifications).toEqual({});
    expect(reading.unreadable).toHaveLength(1);
  });

  it('reads IB Higher Level subjects even when the points cannot be read', () => {
    const reading = readQualifications({
      schoolQualification: {
        kind: 'ib',
        points: 46,
        higherLevel: [
          { subject: 'chemistry', grade: 6 },
          { subject: 'biology', grade: 8 },
        ],
      },
    });
    expect(reading.qualifications).toEqual({
      schoolQualification: { kind: 'ib', higherLevel: [{ subject: 'chemistry', grade: 6 }] },
    });
    expect(reading.unreadable).toHaveLength(2);
  });

  it('reports a subject list that is not a list', () => {
    const reading = readQualifications({
      schoolQualification: { kind: 'scottish-highers', subjects: 'AAAAB' },
    });
    expect(reading.qualifications).toEqual({
      schoolQualification: { kind: 'scottish-highers', subjects: [] },
    });
    expect(reading.unreadable).toEqual(['Your Highers could not be read, so they are left out']);
  });

  it('does not repeat a long or strange key name back', () => {
    const reading = readQualifications({ ['x'.repeat(80)]: 1, '<script>': 2 });
    expect(reading.unreadable).toEqual([
      `We did not recognise “${'x'.repeat(30)}…” in your qualifications, so it is left out`,
      'We did not recognise an answer in your qualifications, so it is left out',
    ]);
  });

  it('reads holes in a sparse subject list as unreadable subjects', () => {
    const subjects: unknown[] = [];
    subjects[2] = { subject: 'chemistry', grade: 'A' };
    const reading = readQualifications({ schoolQualification: { kind: 'a-levels', subjects } });
    expect(reading.qualifications.schoolQualification).toEqual({
      kind: 'a-levels',
      subjects: [{ subject: 'chemistry', grade: 'A' }],
    });
    expect(reading.unreadable).toHaveLength(2);
  });

  test.prop([
    fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  ])('never throws, and every message is plain', (input) => {
    const reading = readQualifications(input);
    for (const message of reading.unreadable) expectPlainMessage(message);
    // Whatever was read is well-formed.
    const school = reading.qualifications.schoolQualification;
    if (school?.kind === 'ib' && school.points !== undefined)
      expect(Number.isInteger(school.points)).toBe(true);
  });
});

// Checked by the typecheck (npm run typecheck), not when the test runs: qualificationsSchema is typed
// against Qualifications, which catches a schema giving what the type does not allow; this catches the
// other way, an answer added to Qualifications that the schemas would leave out of every saved plan.
describe('QUALIFICATION_PART_SCHEMAS', () => {
  type Parts = typeof QUALIFICATION_PART_SCHEMAS;
  type Read<Part extends keyof Parts> = z.output<Parts[Part]>;
  type Typed<Part extends keyof Parts> = NonNullable<Qualifications[Part]>;

  it('has a schema for every part of Qualifications, with every field of each', () => {
    expectTypeOf<keyof Parts>().toEqualTypeOf<keyof Qualifications>();
    expectTypeOf<keyof Read<'gcse'>>().toEqualTypeOf<keyof Typed<'gcse'>>();
    expectTypeOf<keyof Read<'national5'>>().toEqualTypeOf<keyof Typed<'national5'>>();
    expectTypeOf<keyof Read<'degree'>>().toEqualTypeOf<keyof Typed<'degree'>>();
    expectTypeOf<Read<'gradesAre'>>().toEqualTypeOf<Typed<'gradesAre'>>();
    expectTypeOf<Read<'schoolQualification'>['kind']>().toEqualTypeOf<
      Typed<'schoolQualification'>['kind']
    >();
  });
});
