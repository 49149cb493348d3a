import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { IsoDate } from '../dates';
import { buildTimeline } from '../timeline/build-timeline';
import type { PlanError } from './types';
import { type PlanValidation, validatePlan, validateToday } from './validate';
import { YEAR_11_ANSWERS } from '../../../tests/support/plans';

const TODAY = '2026-11-25' as IsoDate;

/** A complete, valid plan: a Year 11 pupil in the 2026 academic year (the contract's example). */
const VALID = YEAR_11_ANSWERS;

function errorsOf(result: PlanValidation): readonly PlanError[] {
  return result.ok ? [] : result.errors;
}

/** NHS content style: a sentence-case message that says what to do, with no full stop at the end. */
function expectNhsStyleMessage(error: PlanError): void {
  expect(error.message.trim(), `message for ${error.field}`).toBe(error.message);
  expect(error.message.length, `message for ${error.field}`).toBeGreaterThan(10);
  expect(error.message, `message for ${error.field}`).toMatch(/^[A-Z]/);
  expect(error.message, `message for ${error.field}`).not.toMatch(/[.!]$/);
  // Plain English: no code names (camelCase), no leaked JavaScript values.
  expect(error.message, `message for ${error.field}`).not.toMatch(/\b[a-z]+[A-Z]\w*/);
  expect(error.message, `message for ${error.field}`).not.toMatch(/undefined|null|NaN|\[object/);
}

function expectRejectedOn(input: unknown, field: string, today: IsoDate = TODAY): void {
  const result = validatePlan(input, today);
  expect(result.ok, `expected an error on ${field}`).toBe(false);
  const errors = errorsOf(result);
  expect(errors.map((error) => error.field)).toEqual([field]);
  for (const error of errors) expectNhsStyleMessage(error);
}

describe('validatePlan: invalid fields', () => {
  it.each([
    ['no date of birth', { dateOfBirth: undefined }, 'dateOfBirth'],
    ['an empty date of birth', { dateOfBirth: '' }, 'dateOfBirth'],
    ['an impossible date of birth (30 February)', { dateOfBirth: '2011-02-30' }, 'dateOfBirth'],
    ['29 February in a common year', { dateOfBirth: '2011-02-29' }, 'dateOfBirth'],
    ['a date of birth written the UK way', { dateOfBirth: '14/03/2011' }, 'dateOfBirth'],
    ['a date of birth as a number', { dateOfBirth: 20110314 }, 'dateOfBirth'],
    ['a date of birth tomorrow', { dateOfBirth: '2026-11-26' }, 'dateOfBirth'],
    ['a date of birth far in the future', { dateOfBirth: '2040-01-01' }, 'dateOfBirth'],
    ['someone a day short of 13', { dateOfBirth: '2013-11-26' }, 'dateOfBirth'],
    ['someone born today', { dateOfBirth: '2026-11-25' }, 'dateOfBirth'],
    ['someone aged 71', { dateOfBirth: '1955-11-25' }, 'dateOfBirth'],
    ['an unknown nation', { nation: 'france' }, 'nation'],
    ['a nation in the wrong case', { nation: 'England' }, 'nation'],
    ['a nation that is not a string', { nation: 1 }, 'nation'],
    ['an unknown stage', { now: { stage: 'registrar' } }, 'now.stage'],
    ['a stage that is not a string', { now: { stage: 3 } }, 'now.stage'],
    ['Year 8', { now: { stage: 'school', yearGroup: 8 } }, 'now.yearGroup'],
    ['Year 14', { now: { stage: 'school', yearGroup: 14 } }, 'now.yearGroup'],
    ['a fractional year group', { now: { stage: 'school', yearGroup: 12.5 } }, 'now.yearGroup'],
    ['a year group as a string', { now: { stage: 'school', yearGroup: '12' } }, 'now.yearGroup'],
    ['a school pupil with no year group', { now: { stage: 'school' } }, 'now.yearGroup'],
    [
      'medical school year 6 of a standard course',
      { now: { stage: 'medical-school', year: 6 } },
      'now.year',
    ],
    ['medical school year 0', { now: { stage: 'medical-school', year: 0 } }, 'now.year'],
    [
      'medical school year 7 of a standard course with intercalation',
      { now: { stage: 'medical-school', year: 7 }, intercalate: true },
      'now.year',
    ],
    [
      'medical school year 5 of a graduate-entry course',
      { now: { stage: 'medical-school', year: 5 }, medicalSchoolRoute: 'graduate-entry' },
      'now.year',
    ],
    [
      'medical school year 7 of an integrated-degree course',
      { now: { stage: 'medical-school', year: 7 }, medicalSchoolRoute: 'integrated-degree' },
      'now.year',
    ],
    [
      'medical school year 7 of a gateway course',
      { now: { stage: 'medical-school', year: 7 }, medicalSchoolRoute: 'gateway' },
      'now.year',
    ],
    ['a medical student with no year', { now: { stage: 'medical-school' } }, 'now.year'],
    ['IMT year 4', { dateOfBirth: '1996-05-01', now: { stage: 'imt', year: 4 } }, 'now.year'],
    ['IMT year 0', { dateOfBirth: '1996-05-01', now: { stage: 'imt', year: 0 } }, 'now.year'],
    [
      'IMT year as a string',
      { dateOfBirth: '1996-05-01', now: { stage: 'imt', year: '2' } },
      'now.year',
    ],
    ['ACCS year 5', { dateOfBirth: '1996-05-01', now: { stage: 'accs', year: 5 } }, 'now.year'],
    ['ACCS year 0', { dateOfBirth: '1996-05-01', now: { stage: 'accs', year: 0 } }, 'now.year'],
    ['ST3', { dateOfBirth: '1994-05-01', now: { stage: 'st', year: 3 } }, 'now.year'],
    ['ST8', { dateOfBirth: '1994-05-01', now: { stage: 'st', year: 8 } }, 'now.year'],
    [
      'a specialty trainee with no year',
      { dateOfBirth: '1994-05-01', now: { stage: 'st' } },
      'now.year',
    ],
    ['an unknown medical school route', { medicalSchoolRoute: 'fast-track' }, 'medicalSchoolRoute'],
    ['intercalate as a string', { intercalate: 'yes' }, 'intercalate'],
    ['intercalate as the string "false"', { intercalate: 'false' }, 'intercalate'],
    ['intercalate as a number', { intercalate: 1 }, 'intercalate'],
    ['negative gap years', { gapYearsBeforeMedicalSchool: -1 }, 'gapYearsBeforeMedicalSchool'],
    ['fractional gap years', { gapYearsBeforeMedicalSchool: 1.5 }, 'gapYearsBeforeMedicalSchool'],
    ['gap years as a string', { gapYearsBeforeMedicalSchool: '2' }, 'gapYearsBeforeMedicalSchool'],
    ['11 gap years', { gapYearsBeforeMedicalSchool: 11 }, 'gapYearsBeforeMedicalSchool'],
    [
      'gap years that are not a number',
      { gapYearsBeforeMedicalSchool: Number.NaN },
      'gapYearsBeforeMedicalSchool',
    ],
    ['negative F3 years', { yearsBeforeCoreTraining: -1 }, 'yearsBeforeCoreTraining'],
    ['fractional F3 years', { yearsBeforeCoreTraining: 0.5 }, 'yearsBeforeCoreTraining'],
    ['F3 years as a string', { yearsBeforeCoreTraining: '1' }, 'yearsBeforeCoreTraining'],
    ['11 F3 years', { yearsBeforeCoreTraining: 11 }, 'yearsBeforeCoreTraining'],
    [
      'infinite F3 years',
      { yearsBeforeCoreTraining: Number.POSITIVE_INFINITY },
      'yearsBeforeCoreTraining',
    ],
    ['an unknown core route', { coreRoute: 'cmt' }, 'coreRoute'],
    [
      'a school pupil choosing graduate entry without a qualification year',
      { medicalSchoolRoute: 'graduate-entry' },
      'qualificationYear',
    ],
    [
      'a school pupil finishing a degree the year they leave school',
      { medicalSchoolRoute: 'graduate-entry', qualificationYear: 2029 },
      'qualificationYear',
    ],
    [
      'a qualification year as a string',
      { medicalSchoolRoute: 'graduate-entry', qualificationYear: '2032' },
      'qualificationYear',
    ],
    [
      'applied in the current round as a string',
      { appliedInCurrentRound: 'true' },
      'appliedInCurrentRound',
    ],
    ['an unknown route to ST4', { st4Route: 'cesr' }, 'st4Route'],
    ['MRCP(UK) progress as a boolean', { mrcp: true }, 'mrcp'],
    ['an unknown MRCP(UK) progress', { mrcp: 'part-2' }, 'mrcp'],
    ...[
      ['in an August already past', 2026],
      ['more than 11 years on', 2038],
      ['fractional', 2028.5],
      ['written as a string', '2028'],
    ].map(([label, year]): [string, Record<string, unknown>, string] => [
      `an Alternative Certificate ST4 year ${String(label)}`,
      {
        dateOfBirth: '1996-05-01',
        now: { stage: 'other-post' },
        st4Route: 'alternative-certificate',
        plannedSt4Year: year,
      },
      'plannedSt4Year',
    ]),
  ])('%s is an error on that field', (_label, change, field) => {
    expectRejectedOn({ ...VALID, ...change }, field);
  });

  it('a plan with no stage names where you are now', () => {
    const result = validatePlan({ dateOfBirth: VALID.dateOfBirth }, TODAY);
    expect(result.ok).toBe(false);
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toMatch(/^now(\.stage)?$/);
    for (const error of errors) expectNhsStyleMessage(error);
  });

  it.each([
    ['a string', 'school'],
    ['null', null],
    ['an array', ['school', 11]],
  ])('a stage given as %s names where you are now', (_label, now) => {
    const errors = errorsOf(validatePlan({ ...VALID, now }, TODAY));
    expect(errors.map((error) => error.field)).toHaveLength(1);
    expect(errors[0]?.field).toMatch(/^now(\.stage)?$/);
  });

  it.each([
    ['the day before turning 71 (28 February 2027, born 29 February 1956)', '2027-02-28', true],
    ['on turning 71 (1 March 2027, born 29 February 1956)', '2027-03-01', false],
  ])('the oldest limit counts a 29 February birthday on 1 March: %s', (_label, today, accepted) => {
    const result = validatePlan(
      { ...VALID, dateOfBirth: '1956-02-29', now: { stage: 'consultant' } },
      today as IsoDate,
    );
    expect(result.ok).toBe(accepted);
    if (!accepted) expect(errorsOf(result).map((error) => error.field)).toEqual(['dateOfBirth']);
  });
});

describe('validatePlan: accepted plans', () => {
  it.each([
    [
      'someone who turns 13 today',
      { dateOfBirth: '2013-11-25', now: { stage: 'school', yearGroup: 9 } },
    ],
    ['someone who turns 70 today', { dateOfBirth: '1956-11-25', now: { stage: 'consultant' } }],
    ['Year 9', { dateOfBirth: '2012-10-01', now: { stage: 'school', yearGroup: 9 } }],
    ['Year 13', { dateOfBirth: '2008-10-01', now: { stage: 'school', yearGroup: 13 } }],
    ['a gap year', { dateOfBirth: '2008-07-19', now: { stage: 'gap-year' } }],
    [
      'a graduate with no qualification year',
      { dateOfBirth: '2004-08-09', now: { stage: 'graduate' } },
    ],
    [
      'medical school year 1',
      { dateOfBirth: '2008-01-01', now: { stage: 'medical-school', year: 1 } },
    ],
    [
      'medical school year 5 of a standard course',
      { dateOfBirth: '2004-01-01', now: { stage: 'medical-school', year: 5 } },
    ],
    [
      'medical school year 6 of a standard course with intercalation',
      { dateOfBirth: '2003-01-01', now: { stage: 'medical-school', year: 6 }, intercalate: true },
    ],
    [
      'medical school year 6 of an integrated-degree course',
      {
        dateOfBirth: '2003-01-01',
        now: { stage: 'medical-school', year: 6 },
        medicalSchoolRoute: 'integrated-degree',
      },
    ],
    [
      'medical school year 7 of an integrated-degree course with intercalation',
      {
        dateOfBirth: '2002-01-01',
        now: { stage: 'medical-school', year: 7 },
        medicalSchoolRoute: 'integrated-degree',
        intercalate: true,
      },
    ],
    [
      'medical school year 6 of a gateway course',
      {
        dateOfBirth: '2003-01-01',
        now: { stage: 'medical-school', year: 6 },
        medicalSchoolRoute: 'gateway',
      },
    ],
    [
      'medical school year 4 of a graduate-entry course',
      {
        dateOfBirth: '2000-01-01',
        now: { stage: 'medical-school', year: 4 },
        medicalSchoolRoute: 'graduate-entry',
      },
    ],
    ['F1', { dateOfBirth: '2002-01-01', now: { stage: 'f1' } }],
    ['F2', { dateOfBirth: '2001-01-01', now: { stage: 'f2' } }],
    ['IMT year 1', { dateOfBirth: '1999-01-01', now: { stage: 'imt', year: 1 } }],
    ['IMT year 3', { dateOfBirth: '1997-01-01', now: { stage: 'imt', year: 3 } }],
    ['ACCS year 1', { dateOfBirth: '1999-01-01', now: { stage: 'accs', year: 1 } }],
    ['ACCS year 4', { dateOfBirth: '1996-01-01', now: { stage: 'accs', year: 4 } }],
    ['ST4', { dateOfBirth: '1995-01-01', now: { stage: 'st', year: 4 } }],
    ['ST7', { dateOfBirth: '1992-01-01', now: { stage: 'st', year: 7 } }],
    ['10 gap years', { gapYearsBeforeMedicalSchool: 10 }],
    ['10 F3 years', { yearsBeforeCoreTraining: 10 }],
    ['Scotland, S4', { nation: 'scotland', now: { stage: 'school', yearGroup: 4 } }],
    [
      'Northern Ireland, Year 12',
      { nation: 'northern-ireland', now: { stage: 'school', yearGroup: 12 } },
    ],
    ['Wales', { nation: 'wales' }],
    ['Northern Ireland', { nation: 'northern-ireland' }],
    ['ACCS-IM', { coreRoute: 'accs-im' }],
    [
      'a school pupil planning graduate entry with a qualification year',
      { medicalSchoolRoute: 'graduate-entry', qualificationYear: 2032 },
    ],
  ])('%s', (_label, change) => {
    const input = { ...VALID, ...change };
    const result = validatePlan(input, TODAY);
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan).toMatchObject(input);
  });

  it('applies the documented defaults when optional fields are left out', () => {
    const result = validatePlan(
      { dateOfBirth: '2011-03-14', now: { stage: 'school', yearGroup: 11 } },
      TODAY,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan).toEqual({
      dateOfBirth: '2011-03-14',
      nation: 'england',
      now: { stage: 'school', yearGroup: 11 },
      medicalSchoolRoute: 'standard',
      intercalate: false,
      gapYearsBeforeMedicalSchool: 0,
      yearsBeforeCoreTraining: 0,
      coreRoute: 'imt',
      st4Route: 'core-training',
      mrcp: 'none',
      appliedInCurrentRound: false,
      changes: [],
    });
  });

  it('a doctor in another post may choose the Alternative Certificate, with an ST4 year and MRCP(UK)', () => {
    const input = {
      dateOfBirth: '1996-05-01',
      now: { stage: 'other-post' },
      st4Route: 'alternative-certificate',
      mrcp: 'part-1',
      plannedSt4Year: 2029,
    };
    const result = validatePlan(input, TODAY);
    expect(errorsOf(result)).toEqual([]);
    if (result.ok) expect(result.plan).toMatchObject(input);
  });

  it('the ST4 year is read only on the Alternative Certificate route, so an answer left from it blocks no other route', () => {
    for (const change of [
      { now: { stage: 'other-post' }, st4Route: 'core-training' },
      { now: { stage: 'f2' }, st4Route: 'alternative-certificate' },
    ]) {
      const result = validatePlan(
        { dateOfBirth: '1996-05-01', plannedSt4Year: 1999, ...change },
        TODAY,
      );
      expect(errorsOf(result)).toEqual([]);
      if (result.ok) expect(result.plan.plannedSt4Year).toBeUndefined();
    }
  });

  it.each([
    ['nation', 'england'],
    ['medicalSchoolRoute', 'standard'],
    ['intercalate', false],
    ['gapYearsBeforeMedicalSchool', 0],
    ['yearsBeforeCoreTraining', 0],
    ['coreRoute', 'imt'],
    ['st4Route', 'core-training'],
    ['mrcp', 'none'],
    ['appliedInCurrentRound', false],
  ] as const)('%s defaults to %j', (field, expected) => {
    const input: Record<string, unknown> = {
      ...VALID,
      nation: 'wales',
      medicalSchoolRoute: 'gateway',
      intercalate: true,
      gapYearsBeforeMedicalSchool: 2,
      yearsBeforeCoreTraining: 1,
      coreRoute: 'accs-im',
      st4Route: 'alternative-certificate',
      mrcp: 'full',
      appliedInCurrentRound: true,
    };
    delete input[field];
    const result = validatePlan(input, TODAY);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan[field]).toBe(expected);
  });

  it('a graduate with no qualification year gets the same timeline as one who finished this academic year', () => {
    const graduate = {
      dateOfBirth: '2004-08-09',
      now: { stage: 'graduate' },
      medicalSchoolRoute: 'graduate-entry',
    };
    const withoutYear = buildTimeline(graduate, TODAY);
    // 25 November 2026 is in the academic year that began on 1 September 2026.
    const withYear = buildTimeline({ ...graduate, qualificationYear: 2026 }, TODAY);
    expect(withoutYear.ok && withYear.ok).toBe(true);
    if (!withoutYear.ok || !withYear.ok) return;
    expect(withoutYear.timeline.milestones).toEqual(withYear.timeline.milestones);
    expect(withoutYear.timeline.stages).toEqual(withYear.timeline.stages);
  });
});

describe('validatePlan: junk input', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'my plan'],
    ['a JSON string of a valid plan', JSON.stringify(VALID)],
    ['an array', [VALID]],
    ['an empty array', []],
    ['a number', 42],
    ['a boolean', true],
    ['an empty object', {}],
  ])('%s returns errors instead of throwing', (_label, input) => {
    let result: PlanValidation | undefined;
    expect(() => {
      result = validatePlan(input, TODAY);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    const errors = result ? errorsOf(result) : [];
    const fields = errors.map((error) => error.field);
    expect(fields).toContain('dateOfBirth');
    expect(fields.some((field) => field === 'now' || field === 'now.stage')).toBe(true);
    for (const error of errors) expectNhsStyleMessage(error);
  });

  it('numbers written as strings are errors on each of those fields', () => {
    const result = validatePlan(
      {
        ...VALID,
        now: { stage: 'school', yearGroup: '11' },
        gapYearsBeforeMedicalSchool: '1',
        yearsBeforeCoreTraining: '0',
      },
      TODAY,
    );
    expect(result.ok).toBe(false);
    expect(new Set(errorsOf(result).map((error) => error.field))).toEqual(
      new Set(['now.yearGroup', 'gapYearsBeforeMedicalSchool', 'yearsBeforeCoreTraining']),
    );
  });

  it('reports every error in the plan at once, one for each field', () => {
    const result = validatePlan(
      {
        dateOfBirth: '2011-02-30',
        nation: 'france',
        now: { stage: 'imt', year: 4 },
        medicalSchoolRoute: 'fast-track',
        intercalate: 'yes',
        gapYearsBeforeMedicalSchool: -1,
        yearsBeforeCoreTraining: 1.5,
        coreRoute: 'cmt',
        appliedInCurrentRound: 'no',
      },
      TODAY,
    );
    expect(result.ok).toBe(false);
    const errors = errorsOf(result);
    const fields = errors.map((error) => error.field);
    expect(new Set(fields)).toEqual(
      new Set([
        'dateOfBirth',
        'nation',
        'now.year',
        'medicalSchoolRoute',
        'intercalate',
        'gapYearsBeforeMedicalSchool',
        'yearsBeforeCoreTraining',
        'coreRoute',
        'appliedInCurrentRound',
      ]),
    );
    expect(fields).toHaveLength(new Set(fields).size);
    for (const error of errors) expectNhsStyleMessage(error);
  });

  test.prop([
    fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  ])('never throws and always explains its errors', (input) => {
    const result = validatePlan(input, TODAY);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) expectNhsStyleMessage(error);
    }
  });
});

describe("today's date", () => {
  it.each([['2026-02-30'], ['2026-13-01'], ['25/11/2026'], [''], [null], [20261125]])(
    '%j is rejected on the field today',
    (today) => {
      const check = validateToday(today);
      expect(check.ok).toBe(false);
      if (!check.ok) {
        expect(check.error.field).toBe('today');
        expectNhsStyleMessage(check.error);
      }
      const result = buildTimeline(VALID, today);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((error) => error.field)).toEqual(['today']);
    },
  );

  it('a real date is accepted', () => {
    expect(validateToday('2026-11-25')).toEqual({ ok: true, today: '2026-11-25' });
  });
});
