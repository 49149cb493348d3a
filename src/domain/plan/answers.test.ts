import { describe, expect, it } from 'vitest';
import { readPlanAnswers } from './answers';

const FULL_ANSWERS = {
  dateOfBirth: '2011-03-14',
  nation: 'england',
  now: { stage: 'school', yearGroup: 11 },
  medicalSchoolRoute: 'standard',
  intercalate: false,
  gapYearsBeforeMedicalSchool: 0,
  yearsBeforeCoreTraining: 1,
  coreRoute: 'imt',
  qualificationYear: 2030,
  appliedInCurrentRound: false,
  qualifications: {
    gcse: { englishLanguage: 7, maths: 6, science: 6 },
    gradesAre: 'predicted',
  },
};

describe('readPlanAnswers', () => {
  it('reads every answer of the right type unchanged', () => {
    expect(readPlanAnswers(FULL_ANSWERS)).toEqual({ answers: FULL_ANSWERS, unreadable: [] });
  });

  it('reads the Alternative Certificate answers of a doctor in another post, and names wrong ones', () => {
    const answers = {
      dateOfBirth: '1996-05-10',
      now: { stage: 'other-post' },
      st4Route: 'alternative-certificate',
      mrcp: 'part-1',
      plannedSt4Year: 2028,
    };
    expect(readPlanAnswers(answers)).toEqual({ answers, unreadable: [] });
    expect(readPlanAnswers({ ...answers, mrcp: true, plannedSt4Year: 'next year' })).toEqual({
      answers: {
        dateOfBirth: '1996-05-10',
        now: { stage: 'other-post' },
        st4Route: 'alternative-certificate',
      },
      unreadable: ['how much of MRCP(UK) you have passed', 'when you want to start ST4'],
    });
  });

  it('reads an empty object, null and undefined as no answers yet', () => {
    for (const input of [{}, null, undefined]) {
      expect(readPlanAnswers(input)).toEqual({ answers: {}, unreadable: [] });
    }
  });

  it('leaves out unanswered questions rather than keeping them as undefined', () => {
    const { answers } = readPlanAnswers({ dateOfBirth: '2011-03-14', nation: null });
    expect(Object.keys(answers)).toEqual(['dateOfBirth']);
  });

  it('drops answers of the wrong type and names each one in plain English, in question order', () => {
    const result = readPlanAnswers({
      ...FULL_ANSWERS,
      coreRoute: 3,
      dateOfBirth: 20110314,
      intercalate: 'yes',
      gapYearsBeforeMedicalSchool: '2',
      qualifications: ['A*', 'A'],
    });
    expect(result.unreadable).toEqual([
      'the date of birth',
      'whether you plan an intercalated year',
      'the gap years before medical school',
      'the core training route',
      'your qualifications',
    ]);
    expect(result.answers).toEqual({
      nation: 'england',
      now: { stage: 'school', yearGroup: 11 },
      medicalSchoolRoute: 'standard',
      yearsBeforeCoreTraining: 1,
      qualificationYear: 2030,
      appliedInCurrentRound: false,
    });
  });

  it('drops "where you are now" when it has no stage, and only the year when the year is wrong', () => {
    expect(readPlanAnswers({ now: 'school' })).toEqual({
      answers: {},
      unreadable: ['where you are now'],
    });
    expect(readPlanAnswers({ now: { yearGroup: 11 } })).toEqual({
      answers: {},
      unreadable: ['where you are now'],
    });
    expect(readPlanAnswers({ now: { stage: 'imt', year: 'two' } })).toEqual({
      answers: { now: { stage: 'imt' } },
      unreadable: ['which year you are in'],
    });
    expect(readPlanAnswers({ now: { stage: 'school', yearGroup: [11] } })).toEqual({
      answers: { now: { stage: 'school' } },
      unreadable: ['your school year group'],
    });
  });

  it('leaves out fields it does not know without comment, at the top level and inside "now"', () => {
    expect(
      readPlanAnswers({
        dateOfBirth: '2011-03-14',
        favouriteColour: 'green',
        now: { stage: 'f1', ward: 'respiratory' },
      }),
    ).toEqual({ answers: { dateOfBirth: '2011-03-14', now: { stage: 'f1' } }, unreadable: [] });
  });

  it('drops a choice that is not one of the known options, a fraction and a date that does not exist', () => {
    const { answers, unreadable } = readPlanAnswers({
      dateOfBirth: '2011-02-30',
      nation: 'atlantis',
      medicalSchoolRoute: 'toString',
      coreRoute: 'constructor',
      st4Route: 'hasOwnProperty',
      mrcp: 'part-3',
      gapYearsBeforeMedicalSchool: 2.5,
      qualificationYear: 1e21,
      plannedSt4Year: 2028.5,
      now: { stage: '__proto__' },
    });
    expect(answers).toEqual({});
    expect(unreadable).toEqual([
      'the date of birth',
      'where you live',
      'where you are now',
      'the route through medical school',
      'the gap years before medical school',
      'the core training route',
      'how you plan to reach ST4',
      'how much of MRCP(UK) you have passed',
      'when you want to start ST4',
      'the year you finish your first degree',
    ]);
  });

  it('never takes a choice from the object prototype, whatever the key', () => {
    for (const key of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf']) {
      const reading = readPlanAnswers(
        JSON.parse(`{"nation":"${key}","now":{"stage":"${key}"},"coreRoute":"${key}"}`),
      );
      expect(reading).toEqual({
        answers: {},
        unreadable: ['where you live', 'where you are now', 'the core training route'],
      });
    }
  });

  it('reads only own fields, so a `__proto__` key cannot supply answers', () => {
    const reading = readPlanAnswers(JSON.parse('{"__proto__":{"nation":"wales"},"mrcp":"full"}'));
    expect(reading).toEqual({ answers: { mrcp: 'full' }, unreadable: [] });
  });

  it('keeps a year in a stage and counts of years only as whole numbers in range', () => {
    expect(readPlanAnswers({ now: { stage: 'st', year: 1e9 } })).toEqual({
      answers: { now: { stage: 'st' } },
      unreadable: ['which year you are in'],
    });
    expect(readPlanAnswers({ yearsBeforeCoreTraining: -1 }).unreadable).toEqual([
      'the years between Foundation and core training',
    ]);
    // In range for the reader; validatePlan says whether the year exists in the nation.
    expect(readPlanAnswers({ now: { stage: 'school', yearGroup: 14 } }).unreadable).toEqual([]);
  });

  it('does not accept numbers JSON cannot hold', () => {
    expect(readPlanAnswers({ qualificationYear: Number.POSITIVE_INFINITY }).unreadable).toEqual([
      'the year you finish your first degree',
    ]);
    expect(readPlanAnswers({ yearsBeforeCoreTraining: Number.NaN }).unreadable).toEqual([
      'the years between Foundation and core training',
    ]);
  });

  it('reads nothing from input that is not an object, and says so', () => {
    for (const input of ['2011-03-14', 42, true, [FULL_ANSWERS]]) {
      expect(readPlanAnswers(input)).toEqual({ answers: {}, unreadable: ['the answers'] });
    }
  });

  it('keeps each part of the qualifications that has exactly its shape, and names the others', () => {
    const gcse = { englishLanguage: 7, maths: 'C*', topGrades: 8 };
    const cases: [unknown, string][] = [
      [{ kind: 'a-levels' }, 'your A-levels'],
      [{ kind: 'a-levels', subjects: [{ subject: null, grade: 'A' }] }, 'your A-levels'],
      [{ kind: 'scottish-highers', subjects: [{ subject: 'maths', grade: 'A*' }] }, 'your Highers'],
      [
        { kind: 'ib', points: 38, higherLevel: { subject: 'chemistry', grade: 7 } },
        'your IB Diploma',
      ],
      [{ kind: 'ib', points: 'forty', higherLevel: [] }, 'your IB Diploma'],
      [{ kind: '__proto__' }, 'your qualifications after GCSEs'],
    ];
    for (const [schoolQualification, name] of cases) {
      expect(readPlanAnswers({ qualifications: { gcse, schoolQualification } })).toEqual({
        answers: { qualifications: { gcse } },
        unreadable: [name],
      });
    }
    expect(
      readPlanAnswers({
        qualifications: { gcse: { maths: 10 }, national5: [], gradesAre: 'hoped', degree: {} },
      }),
    ).toEqual({
      answers: { qualifications: {} },
      unreadable: [
        'your GCSE grades',
        'your National 5s',
        'whether your grades are results or predictions',
        'your degree',
      ],
    });
  });

  it('keeps whole qualifications of every kind unchanged', () => {
    const qualifications = {
      gcse: { englishLanguage: 'A*', maths: 6, science: 'C' },
      national5: { topGrades: 5 },
      schoolQualification: {
        kind: 'ib',
        points: 40,
        higherLevel: [{ subject: 'chemistry', grade: 7 }],
      },
      gradesAre: 'achieved',
      degree: { classification: 'upper-second', science: true },
    };
    expect(readPlanAnswers({ qualifications })).toEqual({
      answers: { qualifications },
      unreadable: [],
    });
  });

  it('never throws, whatever it is given', () => {
    const hostile = Object.create(null) as Record<string, unknown>;
    hostile.dateOfBirth = Symbol('birthday');
    const inputs: unknown[] = [hostile, () => 1, new Date(0), Symbol('x'), 10n, new Map()];
    for (const input of inputs) expect(() => readPlanAnswers(input)).not.toThrow();
    expect(readPlanAnswers(hostile).unreadable).toEqual(['the date of birth']);
  });
});

describe('part-time periods in saved answers', () => {
  it('types each period and gives it an id, leaving the rules for the timeline engine to check', () => {
    const changes = [
      { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.1 },
      { id: 'leave', kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31', extra: 1 },
    ];
    expect(readPlanAnswers({ changes })).toEqual({
      answers: {
        changes: [
          // A WTE of 0.1 is below the limit, but a number: the engine says what is wrong with it.
          { id: 'p1', kind: 'ltft', start: '2027-08-04', end: null, wte: 0.1 },
          { id: 'leave', kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
        ],
      },
      unreadable: [],
    });
  });

  it('leaves out and names each entry that is not a period, keeping the rest', () => {
    expect(
      readPlanAnswers({
        changes: [
          { kind: 'oope', start: '2027-08-04', end: '2028-08-01' },
          { kind: 'holiday', start: '2027-08-04' },
          { kind: 'ltft', start: '2027-02-30', wte: 0.8 },
        ],
      }),
    ).toEqual({
      answers: { changes: [{ id: 'p1', kind: 'oope', start: '2027-08-04', end: '2028-08-01' }] },
      unreadable: ['2 part-time periods or time out that Pathway cannot read'],
    });
  });

  it('leaves out and names periods that are not a list of objects', () => {
    expect(readPlanAnswers({ changes: 'sixty percent' })).toEqual({
      answers: {},
      unreadable: ['your part-time periods and time out'],
    });
  });
});

describe('the skills checklist in saved answers', () => {
  it('keeps the ticked skill ids, including ones this version does not know', () => {
    const reflections = ['communication', 'from-a-newer-version'];
    expect(readPlanAnswers({ reflections })).toEqual({ answers: { reflections }, unreadable: [] });
  });

  it('reads a list leniently: text entries once each, anything else left out without comment', () => {
    expect(
      readPlanAnswers({
        reflections: ['resilience', 3, null, 'resilience', { id: 'x' }, 'compassion'],
      }),
    ).toEqual({ answers: { reflections: ['resilience', 'compassion'] }, unreadable: [] });
  });

  it('leaves out and names a checklist that is not a list', () => {
    expect(readPlanAnswers({ dateOfBirth: '2011-03-14', reflections: 'communication' })).toEqual({
      answers: { dateOfBirth: '2011-03-14' },
      unreadable: ['your skills checklist'],
    });
  });
});
