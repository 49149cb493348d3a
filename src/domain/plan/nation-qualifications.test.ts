import { describe, expect, it } from 'vitest';
import { findRule } from '../rules';
import {
  gcseGradeChoicesFor,
  gcseTopGradesTermsFor,
  nationOrDefault,
  readTopGradesCount,
  topGradesSummary,
  topGradesTermsFor,
  usualSchoolQualification,
} from './nation-qualifications';

describe('each nation’s qualifications', () => {
  it.each([
    [
      'england',
      'How many GCSEs do you have at grade 7, 8 or 9?',
      'GCSEs in England are graded 9 to 1. Count the results you have and the grades you are predicted.',
      'gcse-grades-england',
    ],
    [
      'wales',
      'How many GCSEs do you have at grade A or A*?',
      'GCSEs in Wales are graded A* to G. If you also have GCSEs graded 9 to 1, count grades 7, 8 and 9 too. Count the results you have and the grades you are predicted.',
      'gcse-grades-wales',
    ],
    [
      'northern-ireland',
      'How many GCSEs do you have at grade A or A*?',
      'CCEA GCSEs are graded A* to G. If you also have GCSEs graded 9 to 1, count grades 7, 8 and 9 too. Count the results you have and the grades you are predicted.',
      'gcse-grades-northern-ireland',
    ],
    [
      'scotland',
      'How many National 5s do you have at grade A?',
      'National 5s are graded A to D. Count the results you have and the grades you are predicted.',
      'national-5-grades',
    ],
  ])('%s asks in its own terms', (nation, question, hint, ruleId) => {
    const terms = topGradesTermsFor(nation);
    expect(terms.question).toBe(question);
    expect(terms.hint).toBe(hint);
    expect(terms.ruleId).toBe(ruleId);
    expect(findRule(ruleId)).toBeDefined();
  });

  it('uses England’s terms when the nation is not known', () => {
    expect(nationOrDefault(undefined)).toBe('england');
    expect(nationOrDefault('atlantis')).toBe('england');
    expect(topGradesTermsFor(undefined).grades).toBe('7, 8 or 9');
  });

  it('counts GCSEs held in Scotland in England’s numbered grades', () => {
    expect(gcseTopGradesTermsFor('scotland')).toMatchObject({
      plural: 'GCSEs',
      grades: '7, 8 or 9',
      ruleId: 'gcse-grades-england',
    });
    expect(gcseTopGradesTermsFor('wales').grades).toBe('A or A*');
  });

  it('takes Highers in Scotland and A-levels elsewhere', () => {
    expect(usualSchoolQualification('scotland')).toBe('scottish-highers');
    expect(usualSchoolQualification('northern-ireland')).toBe('a-levels');
    expect(usualSchoolQualification(undefined)).toBe('a-levels');
  });

  it('writes a count for the check answers page', () => {
    expect(topGradesSummary(8, topGradesTermsFor('wales'))).toBe('8 at grade A or A*');
  });
});

describe('reading a typed count of top grades', () => {
  const england = topGradesTermsFor('england');
  const scotland = topGradesTermsFor('scotland');

  it.each([
    ['', undefined],
    ['   ', undefined],
    ['0', 0],
    [' 7 ', 7],
    ['07', 7],
    ['20', 20],
  ])('reads %j as %s', (text, count) => {
    expect(readTopGradesCount(text, england)).toEqual({ ok: true, count });
  });

  it.each([
    ['21', 'The number of GCSEs at grade 7, 8 or 9 must be 20 or fewer'],
    ['-1', 'The number of GCSEs at grade 7, 8 or 9 must be 0 or more'],
    ['5.5', 'Enter the number of GCSEs at grade 7, 8 or 9 as a whole number, like 6'],
    ['six', 'Enter the number of GCSEs at grade 7, 8 or 9 as a whole number, like 6'],
    ['1e1', 'Enter the number of GCSEs at grade 7, 8 or 9 as a whole number, like 6'],
  ])('says how to put %j right', (text, message) => {
    expect(readTopGradesCount(text, england)).toEqual({ ok: false, message });
  });

  it('names the nation’s qualification in the message', () => {
    expect(readTopGradesCount('100', scotland)).toEqual({
      ok: false,
      message: 'The number of National 5s at grade A must be 20 or fewer',
    });
  });
});

describe('the GCSE grades offered in each nation', () => {
  const NUMBERS = [9, 8, 7, 6, 5, 4, 3, 2, 1];

  it.each(['england', 'scotland', undefined, 'atlantis'])(
    'offers 9 to 1 in %s (England’s grades elsewhere)',
    (nation) => {
      expect(gcseGradeChoicesFor(nation)).toEqual({
        intro: 'Results or predicted grades, from 9 (highest) to 1.',
        groups: [{ label: 'Grades 9 to 1', grades: NUMBERS }],
      });
    },
  );

  it('offers Wales its own A* to G first, then 9 to 1', () => {
    expect(gcseGradeChoicesFor('wales')).toEqual({
      intro:
        'Results or predicted grades. GCSEs in Wales are graded A* (highest) to G. If a GCSE is graded 9 to 1, choose its number.',
      groups: [
        { label: 'Grades A* to G', grades: ['A*', 'A', 'B', 'C', 'D', 'E', 'F', 'G'] },
        { label: 'Grades 9 to 1', grades: NUMBERS },
      ],
    });
  });

  it('offers Northern Ireland CCEA’s A* to G with C* first, then 9 to 1', () => {
    expect(gcseGradeChoicesFor('northern-ireland')).toEqual({
      intro:
        'Results or predicted grades. CCEA GCSEs are graded A* (highest) to G, with C* between B and C. If a GCSE is graded 9 to 1, choose its number.',
      groups: [
        { label: 'Grades A* to G', grades: ['A*', 'A', 'B', 'C*', 'C', 'D', 'E', 'F', 'G'] },
        { label: 'Grades 9 to 1', grades: NUMBERS },
      ],
    });
  });
});
