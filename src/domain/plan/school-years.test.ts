import { describe, expect, it } from 'vitest';
import { schoolYearInNation, schoolYearLabel, usualSchoolYear } from './school-years';
import { d } from '../../../tests/support/dates';

const TODAY = d('2026-12-07');

describe('usualSchoolYear', () => {
  it.each([
    // England and Wales: a year group runs from 1 September to 31 August.
    ['england', '2010-09-01', 11],
    ['england', '2011-08-31', 11],
    ['england', '2011-09-01', 10],
    ['wales', '2008-12-25', 13],
    // Northern Ireland: from 2 July to 1 July; GCSEs in Year 12.
    ['northern-ireland', '2010-07-02', 12],
    ['northern-ireland', '2011-07-01', 12],
    ['northern-ireland', '2011-07-02', 11],
    ['northern-ireland', '2008-09-30', 14],
    // Scotland: from 1 March to the end of February; S5 born March 2010 to February 2011.
    ['scotland', '2010-03-01', 5],
    ['scotland', '2011-02-28', 5],
    ['scotland', '2011-03-01', 4],
    ['scotland', '2009-06-15', 6],
  ])('%s, born %s: usually %s', (nation, born, year) => {
    expect(usualSchoolYear(nation, d(born), TODAY)).toBe(year);
  });
});

describe('school years across nations', () => {
  it('writes each nation’s years its own way', () => {
    expect(schoolYearLabel('england', 11)).toBe('Year 11');
    expect(schoolYearLabel('northern-ireland', 12)).toBe('Year 12');
    expect(schoolYearLabel('scotland', 4)).toBe('S4');
  });

  it('keeps the same point in school when the nation changes', () => {
    expect(schoolYearInNation('england', 'scotland', 13)).toBe(6);
    expect(schoolYearInNation('england', 'northern-ireland', 11)).toBe(12);
    expect(schoolYearInNation('scotland', 'wales', 4)).toBe(11);
  });
});
