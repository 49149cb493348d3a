import { describe, expect, it } from 'vitest';
import { readDateParts } from './date-parts';

describe('reading the three boxes of a date input', () => {
  it.each([
    [{ day: '14', month: '3', year: '2011' }, '2011-03-14'],
    [{ day: '01', month: '09', year: '2020' }, '2020-09-01'],
    [{ day: ' 7 ', month: 'Mar', year: '2011' }, '2011-03-07'],
    [{ day: '29', month: 'february', year: '2008' }, '2008-02-29'],
    [{ day: '31', month: 'December', year: '1999' }, '1999-12-31'],
  ])('reads %j as %s', (parts, expected) => {
    expect(readDateParts(parts, 'Date of birth')).toEqual({ ok: true, date: expected });
  });

  it.each([
    [{ day: '', month: '', year: '' }, 'Enter date of birth', ['day', 'month', 'year']],
    [{ day: '', month: '3', year: '2011' }, 'Date of birth must include a day', ['day']],
    [
      { day: '14', month: '', year: '' },
      'Date of birth must include a month and year',
      ['month', 'year'],
    ],
    [
      { day: '', month: '', year: '2011' },
      'Date of birth must include a day and month',
      ['day', 'month'],
    ],
    [{ day: '14', month: '3', year: '11' }, 'Year must include 4 numbers', ['year']],
    [
      { day: '30', month: '2', year: '2010' },
      'Date of birth must be a real date',
      ['day', 'month', 'year'],
    ],
    [
      { day: '29', month: '2', year: '2011' },
      'Date of birth must be a real date',
      ['day', 'month', 'year'],
    ],
    [{ day: '14', month: '13', year: '2011' }, 'Date of birth must be a real date', ['month']],
    [{ day: '14', month: 'Smarch', year: '2011' }, 'Date of birth must be a real date', ['month']],
    [{ day: 'x', month: '3', year: '2011' }, 'Date of birth must be a real date', ['day']],
    [
      { day: '0', month: '3', year: '2011' },
      'Date of birth must be a real date',
      ['day', 'month', 'year'],
    ],
  ])('rejects %j with "%s" on the parts that are wrong', (parts, message, wrongParts) => {
    expect(readDateParts(parts, 'Date of birth')).toEqual({
      ok: false,
      message,
      parts: wrongParts,
    });
  });
});
