import { describe, expect, it, vi } from 'vitest';
import type { PlanAnswers } from './answers';
import {
  MAX_PLAN_FILE_BYTES,
  PLAN_FILE_MESSAGES,
  type PlanFileProblem,
  UNNAMED_PLAN_FILE,
  planFileSizeProblem,
  readPlanFile,
  writePlanFile,
} from './plan-file';
import { PLAN_FILE_VERSION } from './plan-file-schema';
import { readFixtures } from '../../../tests/fixtures/fixture-files';
import { YEAR_11_ANSWERS, periods } from '../../../tests/support/plans';

const YEAR_11: PlanAnswers = {
  ...YEAR_11_ANSWERS,
  qualifications: {
    schoolQualification: { kind: 'a-levels', subjects: [{ subject: 'chemistry', grade: 'A' }] },
    gradesAre: 'predicted',
    gcse: { englishLanguage: 7, maths: 'B' },
  },
  changes: periods({ kind: 'ltft', start: '2038-08-01', end: '2040-07-31', wte: 0.8 }),
};

/** A good file's fields, for the bad-file cases to change one at a time. */
function fileWith(overrides: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ ...JSON.parse(writePlanFile('Year 11 plan', YEAR_11)), ...overrides });
}

function planWith(overrides: Readonly<Record<string, unknown>>): string {
  return fileWith({ plan: { ...YEAR_11, ...overrides } });
}

describe('writePlanFile and readPlanFile', () => {
  it('bring back the plan’s name and answers unchanged', () => {
    expect(readPlanFile(writePlanFile('Year 11 plan', YEAR_11))).toEqual({
      ok: true,
      name: 'Year 11 plan',
      answers: YEAR_11,
    });
  });

  it('write the documented format: a format name, a version, the name and the answers', () => {
    const file = JSON.parse(writePlanFile('Year 11 plan', YEAR_11)) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'name', 'plan']);
    expect(file.format).toBe('pathway-plan');
    expect(file.version).toBe(PLAN_FILE_VERSION);
    expect(file.plan).toEqual(YEAR_11);
  });

  it('leave out the skills checklist, which is personal', () => {
    const text = writePlanFile('Plan 1', { ...YEAR_11, reflections: ['communication'] });
    expect(text).not.toContain('reflections');
    expect(readPlanFile(text)).toMatchObject({ ok: true, answers: YEAR_11 });
  });

  it('give a plan with no name a name', () => {
    expect(readPlanFile(fileWith({ name: '   ' }))).toMatchObject({ name: UNNAMED_PLAN_FILE });
  });

  it('read a plan with no answers yet', () => {
    expect(readPlanFile(writePlanFile('Plan 2', {}))).toEqual({
      ok: true,
      name: 'Plan 2',
      answers: {},
    });
  });

  it('read every timeline fixture’s plan that the engine accepts (the fixtures’ format)', () => {
    const accepted = readFixtures('timeline').filter((fixture) => {
      const content = fixture.content as { expected: { errors?: readonly string[] } };
      return (content.expected.errors ?? []).length === 0;
    });
    expect(accepted.length).toBeGreaterThan(100);
    for (const fixture of accepted) {
      const { plan } = (fixture.content as { input: { plan: object } }).input;
      const text = JSON.stringify({ format: 'pathway-plan', version: 1, name: 'Fixture', plan });
      expect(readPlanFile(text), fixture.path).toMatchObject({ ok: true });
    }
  });
});

describe('readPlanFile refuses a bad file with a plain-English reason', () => {
  const cases: readonly (readonly [string, string, PlanFileProblem])[] = [
    ['an empty file', '', 'empty'],
    ['a file cut short', writePlanFile('Plan 1', YEAR_11).slice(0, 80), 'not-a-plan-file'],
    ['text that is not JSON', 'Year 11 plan: CCT in 2043', 'not-a-plan-file'],
    ['JSON that is not an object', '[1, 2, 3]', 'not-a-plan-file'],
    ['JSON from something else', '{"name": "Year 11 plan"}', 'not-a-plan-file'],
    ['a timeline fixture itself', JSON.stringify({ input: { plan: YEAR_11 } }), 'not-a-plan-file'],
    ['a newer version', fileWith({ version: PLAN_FILE_VERSION + 1 }), 'newer-version'],
    ['a version that is not a number', fileWith({ version: '1' }), 'changed'],
    ['a version of 0', fileWith({ version: 0 }), 'changed'],
    ['no version', fileWith({ version: undefined }), 'changed'],
    ['a name that is not text', fileWith({ name: 42 }), 'changed'],
    ['a name over the length limit', fileWith({ name: 'a'.repeat(61) }), 'changed'],
    ['no answers', fileWith({ plan: undefined }), 'changed'],
    ['answers that are a list', fileWith({ plan: [] }), 'changed'],
    ['a field Pathway does not know', fileWith({ extra: true }), 'changed'],
    ['an answer Pathway does not know', planWith({ favouriteColour: 'blue' }), 'changed'],
    ['a date of birth that is not a date', planWith({ dateOfBirth: '14/03/2011' }), 'changed'],
    ['a date of birth that does not exist', planWith({ dateOfBirth: '2011-02-30' }), 'changed'],
    ['a nation Pathway does not know', planWith({ nation: 'atlantis' }), 'changed'],
    ['a stage Pathway does not know', planWith({ now: { stage: 'astronaut' } }), 'changed'],
    [
      'a year group that is text',
      planWith({ now: { stage: 'school', yearGroup: '11' } }),
      'changed',
    ],
    ['a gap year count of 1.5', planWith({ gapYearsBeforeMedicalSchool: 1.5 }), 'changed'],
    ['yes or no given as text', planWith({ intercalate: 'no' }), 'changed'],
    [
      'a grade that does not exist',
      planWith({ qualifications: { gcse: { maths: 10 } } }),
      'changed',
    ],
    [
      'a period of an unknown kind',
      planWith({ changes: [{ kind: 'holiday', start: '2038-08-01', end: null }] }),
      'changed',
    ],
    [
      'a part-time period with no WTE',
      planWith({ changes: [{ kind: 'ltft', start: '2038-08-01', end: null }] }),
      'changed',
    ],
    ['a skills checklist', planWith({ reflections: ['communication'] }), 'changed'],
    ['a file over the size limit', ' '.repeat(MAX_PLAN_FILE_BYTES + 1), 'too-large'],
  ];

  it.each(cases)('%s', (_, text, expected) => {
    expect(readPlanFile(text)).toEqual({
      ok: false,
      problem: expected,
      message: PLAN_FILE_MESSAGES[expected],
    });
  });
});

describe('a very large file', () => {
  it('is refused on its length alone, without encoding 10 MB to count its bytes', () => {
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    const reading = readPlanFile(' '.repeat(10_000_000));
    const calls = encode.mock.calls.length;
    vi.restoreAllMocks();
    expect(calls).toBe(0);
    expect(reading).toMatchObject({ ok: false, problem: 'too-large' });
  });
});

describe('planFileSizeProblem', () => {
  it.each([
    [0, 'empty'],
    [1, null],
    [MAX_PLAN_FILE_BYTES, null],
    [MAX_PLAN_FILE_BYTES + 1, 'too-large'],
    [50_000_000, 'too-large'],
  ] as const)('a file of %i bytes: %s', (bytes, expected) => {
    const found = planFileSizeProblem(bytes);
    expect(found === null ? null : !found.ok && found.problem).toBe(expected);
  });
});
