import { describe, expect, it } from 'vitest';
import { GCSE_GRADES, GCSE_LETTER_GRADES } from '../plan/qualifications';
import { NATIONS } from '../plan/types';
import { findRule } from '../rules';
import {
  gcseLetterGradesNorthernIreland,
  gcseLetterGradesWales,
} from '../rules/entry-requirements';
import { lineUpText, readGcseGrade, schoolsWritingItAs, standingAgainst } from './gcse-grades';

describe('GCSE grades lined up with 9 to 1', () => {
  it.each(NATIONS)('reads a 9 to 1 grade as itself in %s, with nothing to explain', (nation) => {
    for (const grade of GCSE_GRADES) {
      const reading = readGcseGrade(grade, nation);
      expect(reading).toEqual({
        written: String(grade),
        from: grade,
        to: grade,
        onNumberBoundaries: true,
      });
      expect(lineUpText(reading)).toBeUndefined();
    }
  });

  it.each([
    ['A*', 7, 9, 'in line with grade 7 or above'],
    ['A', 7, 9, 'in line with grade 7 or above'],
    ['B', 5, 6, 'between grades 5 and 6'],
    ['C', 4, 5, 'between grades 4 and 5'],
    ['D', 1, 3, 'in line with grade 3 or below'],
    ['G', 1, 3, 'in line with grade 3 or below'],
  ] as const)('reads a Welsh %s as %i to %i: "%s"', (letter, from, to, words) => {
    const reading = readGcseGrade(letter, 'wales');
    expect(reading).toMatchObject({ written: letter, from, to, ruleId: gcseLetterGradesWales.id });
    expect(lineUpText(reading)).toBe(words);
  });

  it.each([
    ['A*', 9, 9, 'in line with grade 9'],
    ['A', 7, 8, 'in line with grade 7 or 8'],
    ['B', 6, 6, 'in line with grade 6'],
    ['C*', 5, 5, 'in line with grade 5'],
    ['C', 4, 4, 'in line with grade 4'],
    ['E', 1, 3, 'in line with grade 3 or below'],
  ] as const)('reads a CCEA %s as %i to %i: "%s"', (letter, from, to, words) => {
    const reading = readGcseGrade(letter, 'northern-ireland');
    expect(reading).toMatchObject({
      written: letter,
      from,
      to,
      ruleId: gcseLetterGradesNorthernIreland.id,
    });
    expect(lineUpText(reading)).toBe(words);
  });

  it('reads a C* on CCEA’s scale wherever the plan is, since only CCEA awards it', () => {
    expect(readGcseGrade('C*', 'wales')).toMatchObject({
      from: 5,
      to: 5,
      ruleId: gcseLetterGradesNorthernIreland.id,
    });
    expect(readGcseGrade('C*', 'england').ruleId).toBe(gcseLetterGradesNorthernIreland.id);
  });

  it('reads other letter grades outside Northern Ireland on the A* to G scale Ofqual lined up', () => {
    for (const nation of ['england', 'scotland'] as const)
      expect(readGcseGrade('B', nation)).toMatchObject({
        from: 5,
        to: 6,
        ruleId: gcseLetterGradesWales.id,
      });
  });

  it('lines up every letter, higher letters never lower, each rule with a source', () => {
    for (const rule of [gcseLetterGradesWales, gcseLetterGradesNorthernIreland]) {
      expect(findRule(rule.id)).toBe(rule);
      const letters = rule.value.grades.map((match) => match.letter);
      expect(letters).toEqual(
        GCSE_LETTER_GRADES.filter(
          (letter) => rule === gcseLetterGradesNorthernIreland || letter !== 'C*',
        ),
      );
      rule.value.grades.forEach((match, index) => {
        expect(match.from).toBeLessThanOrEqual(match.to);
        const lower = rule.value.grades[index + 1];
        if (lower) {
          expect(lower.from).toBeLessThanOrEqual(match.from);
          expect(lower.to).toBeLessThanOrEqual(match.to);
        }
      });
    }
  });

  it('says whether a grade is at or above, below or either side of a 9 to 1 grade', () => {
    expect(standingAgainst(readGcseGrade(6, 'wales'), 6)).toBe('at-or-above');
    expect(standingAgainst(readGcseGrade(5, 'wales'), 6)).toBe('below');
    expect(standingAgainst(readGcseGrade('B', 'wales'), 5)).toBe('at-or-above');
    expect(standingAgainst(readGcseGrade('B', 'wales'), 6)).toBe('either-side');
    expect(standingAgainst(readGcseGrade('C', 'wales'), 5)).toBe('either-side');
    expect(standingAgainst(readGcseGrade('C', 'wales'), 6)).toBe('below');
    expect(standingAgainst(readGcseGrade('B', 'northern-ireland'), 6)).toBe('at-or-above');
    expect(standingAgainst(readGcseGrade('C*', 'northern-ireland'), 6)).toBe('below');
  });

  it('names the schools that write a grade with the letter beside it (6/B, 7/A), and none for a number', () => {
    expect(schoolsWritingItAs(readGcseGrade('B', 'wales'), 6)).toEqual(['Keele', 'Nottingham']);
    expect(schoolsWritingItAs(readGcseGrade('A', 'wales'), 7)).toEqual([
      'Keele',
      'St Andrews',
      'Nottingham',
    ]);
    expect(schoolsWritingItAs(readGcseGrade('C', 'wales'), 5)).toEqual([]);
    expect(schoolsWritingItAs(readGcseGrade(6, 'wales'), 6)).toEqual([]);
  });
});
