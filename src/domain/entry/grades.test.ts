import { describe, expect, it } from 'vitest';
import type { ALevelGrade, HigherGrade } from '../plan/qualifications';
import {
  aLevelRank,
  bestGrades,
  degreeRank,
  higherRank,
  listText,
  lowestGrade,
  orListText,
  reachesOffer,
  writeIbGrades,
  writeLetterGrades,
} from './grades';

function aLevels(written: string): ALevelGrade[] {
  return (written.match(/A\*|[A-E]/g) ?? []) as ALevelGrade[];
}

describe('reachesOffer (A-levels)', () => {
  it.each([
    ['AAA', 'AAA', true],
    ['A*A*A*', 'A*A*A', true],
    ['A*AA', 'A*A*A', false],
    ['A*AA', 'A*AA', true],
    ['AAA', 'A*AA', false],
    ['AAB', 'AAA', false],
    ['AAB', 'AAB', true],
    ['ABA', 'AAB', true],
    ['A*BB', 'AAB', false],
    ['A*AB', 'AAB', true],
    ['ABB', 'AAB', false],
    ['ABB', 'ABB', true],
    ['BBB', 'ABB', false],
    ['A*A*', 'AAA', false],
    ['', 'AAA', false],
  ])('%s against %s: %s', (grades, offer, expected) => {
    expect(reachesOffer(aLevels(grades), aLevels(offer), aLevelRank)).toBe(expected);
  });

  it('uses the best grades when there are more than the offer names', () => {
    expect(reachesOffer(aLevels('CAAA'), aLevels('AAA'), aLevelRank)).toBe(true);
  });
});

describe('reachesOffer (Highers)', () => {
  it.each([
    ['AAAAB', true],
    ['AAAAA', true],
    ['BAAAA', true],
    ['AAABB', false],
    ['AAAAC', false],
    ['AAAA', false],
    ['AAAABC', true],
  ])('%s against AAAAB: %s', (grades, expected) => {
    expect(
      reachesOffer(
        grades.split('') as HigherGrade[],
        ['A', 'A', 'A', 'A', 'B'] as HigherGrade[],
        higherRank,
      ),
    ).toBe(expected);
  });
});

describe('helpers', () => {
  it('bestGrades sorts best first and keeps the best n', () => {
    expect(bestGrades(aLevels('BA*CA'), 3, aLevelRank)).toEqual(['A*', 'A', 'B']);
  });

  it('lowestGrade is the least grade in an offer', () => {
    expect(lowestGrade(aLevels('A*AA'), aLevelRank)).toBe('A');
    expect(lowestGrade(['A', 'A', 'A', 'A', 'B'] as HigherGrade[], higherRank)).toBe('B');
    expect(lowestGrade([], aLevelRank)).toBeUndefined();
  });

  it('writes grades the way offers are written', () => {
    expect(writeLetterGrades(aLevels('AA*A'), aLevelRank)).toBe('A*AA');
    expect(writeIbGrades([6, 7, 7])).toBe('7, 7, 6');
  });

  it('ranks degree classes and cannot rank "other"', () => {
    expect(degreeRank('first')).toBeGreaterThan(degreeRank('upper-second') ?? Infinity);
    expect(degreeRank('upper-second')).toBeGreaterThan(degreeRank('lower-second') ?? Infinity);
    expect(degreeRank('lower-second')).toBeGreaterThan(degreeRank('third') ?? Infinity);
    expect(degreeRank('other')).toBeUndefined();
  });

  it('lists in plain English', () => {
    expect(listText([])).toBe('');
    expect(listText(['Aberdeen'])).toBe('Aberdeen');
    expect(listText(['Aberdeen', 'Cardiff', 'Edge Hill'])).toBe('Aberdeen, Cardiff and Edge Hill');
    expect(orListText(['biology', 'maths', 'physics'])).toBe('biology, maths or physics');
  });
});
