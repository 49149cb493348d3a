import { describe, expect, it } from 'vitest';
import type { PlanAnswers } from '../../domain/plan/answers';
import {
  assumedAnswers,
  firstUnanswered,
  nextStep,
  previousStep,
  questionPosition,
  questionsFor,
} from './flow';

describe('which questions are asked', () => {
  it.each<[string, PlanAnswers, string[]]>([
    [
      'a Year 11 pupil taking A-levels',
      {
        now: { stage: 'school', yearGroup: 11 },
        qualifications: { schoolQualification: { kind: 'a-levels', subjects: [] } },
      },
      [
        'nation',
        'where-are-you-now',
        'date-of-birth',
        'school-qualifications',
        'school-grades',
        'gcse-grades',
        'medical-school-route',
        'gap-years',
        'time-before-core-training',
        'core-route',
      ],
    ],
    [
      'a pupil with another qualification is not asked for grades it cannot compare',
      {
        now: { stage: 'school', yearGroup: 12 },
        qualifications: { schoolQualification: { kind: 'other' } },
      },
      [
        'nation',
        'where-are-you-now',
        'date-of-birth',
        'school-qualifications',
        'gcse-grades',
        'medical-school-route',
        'gap-years',
        'time-before-core-training',
        'core-route',
      ],
    ],
    [
      'a graduate choosing graduate entry is asked about the degree, not GCSEs or intercalation',
      { now: { stage: 'graduate' }, medicalSchoolRoute: 'graduate-entry' },
      [
        'nation',
        'where-are-you-now',
        'date-of-birth',
        'school-qualifications',
        'degree',
        'medical-school-route',
        'gap-years',
        'time-before-core-training',
        'core-route',
      ],
    ],
    [
      'a medical student is asked about the course, not school or gap years',
      { now: { stage: 'medical-school', year: 3 }, medicalSchoolRoute: 'integrated-degree' },
      [
        'nation',
        'where-are-you-now',
        'date-of-birth',
        'medical-school-route',
        'time-before-core-training',
        'core-route',
      ],
    ],
    [
      'a pupil in Scotland is asked about National 5s, not GCSEs',
      {
        nation: 'scotland',
        now: { stage: 'school', yearGroup: 5 },
        qualifications: { schoolQualification: { kind: 'scottish-highers', subjects: [] } },
      },
      [
        'nation',
        'where-are-you-now',
        'date-of-birth',
        'school-qualifications',
        'school-grades',
        'national-5-grades',
        'medical-school-route',
        'gap-years',
        'time-before-core-training',
        'core-route',
      ],
    ],
    [
      'an F2 doctor is asked only a few questions',
      { now: { stage: 'f2' } },
      ['nation', 'where-are-you-now', 'date-of-birth', 'time-before-core-training', 'core-route'],
    ],
    [
      'an ST5 doctor is not asked about core training',
      { now: { stage: 'st', year: 5 } },
      ['nation', 'where-are-you-now', 'date-of-birth'],
    ],
  ])('%s', (_name, answers, expected) => {
    expect(questionsFor(answers)).toEqual(expected);
  });
});

describe('moving through the questions', () => {
  const f2: PlanAnswers = { now: { stage: 'f2' } };

  it('asks the nation first, and skips questions that do not apply going forward and back', () => {
    expect(nextStep('date-of-birth', f2)).toBe('time-before-core-training');
    expect(previousStep('time-before-core-training', f2)).toBe('date-of-birth');
    expect(nextStep('core-route', f2)).toBe('check-answers');
    expect(previousStep('where-are-you-now', f2)).toBe('nation');
    expect(previousStep('nation', f2)).toBe('start');
  });

  it('sends someone back to the first question they have not answered', () => {
    expect(firstUnanswered({})).toBe('nation');
    expect(firstUnanswered({ nation: 'scotland' })).toBe('where-are-you-now');
    expect(firstUnanswered({ now: { stage: 'f2' }, dateOfBirth: '1999-01-01' })).toBe('nation');
    expect(
      firstUnanswered({
        now: { stage: 'st', year: 5 },
        dateOfBirth: '1993-06-02',
        nation: 'wales',
      }),
    ).toBe('check-answers');
  });
});

describe('where a question sits in the person’s questions', () => {
  it('counts the questions anyone is asked before saying where they are', () => {
    expect(questionPosition('nation', {})).toEqual({ number: 1, total: 5 });
    expect(questionPosition('core-route', {})).toEqual({ number: 5, total: 5 });
  });

  it('counts again as answers change the questions that apply', () => {
    const pupil: PlanAnswers = { now: { stage: 'school', yearGroup: 11 } };
    // A pupil in England is asked about school qualifications, GCSEs, the medical school route and
    // gap years too; their grades only once they say which qualifications they take.
    expect(questionPosition('date-of-birth', pupil)).toEqual({ number: 3, total: 9 });
    expect(
      questionPosition('date-of-birth', {
        ...pupil,
        qualifications: { schoolQualification: { kind: 'a-levels', subjects: [] } },
      }),
    ).toEqual({ number: 3, total: 10 });
    expect(questionPosition('date-of-birth', { now: { stage: 'f2' } })).toEqual({
      number: 3,
      total: 5,
    });
  });

  it('gives no position for a question this person is not asked', () => {
    expect(questionPosition('gcse-grades', { now: { stage: 'f2' } })).toBeNull();
  });
});

describe('answers the route assumes', () => {
  it('names each question not answered yet that has a default, in the order asked', () => {
    const answers: PlanAnswers = {
      nation: 'wales',
      now: { stage: 'school', yearGroup: 11 },
      dateOfBirth: '2011-03-14',
    };
    expect(assumedAnswers(answers)).toEqual([
      { question: 'medical-school-route', assumed: { medicalSchoolRoute: 'standard' } },
      { question: 'gap-years', assumed: { gapYearsBeforeMedicalSchool: 0 } },
      { question: 'time-before-core-training', assumed: { yearsBeforeCoreTraining: 0 } },
      { question: 'core-route', assumed: { coreRoute: 'imt' } },
    ]);
  });

  it('assumes nothing once every question is answered', () => {
    const answers: PlanAnswers = {
      nation: 'england',
      now: { stage: 'f2' },
      dateOfBirth: '2000-06-01',
      yearsBeforeCoreTraining: 1,
      coreRoute: 'accs-im',
    };
    expect(firstUnanswered(answers)).toBe('check-answers');
    expect(assumedAnswers(answers)).toEqual([]);
  });

  it('assumes only for questions this person is asked', () => {
    const doctor: PlanAnswers = {
      now: { stage: 'other-post' },
      st4Route: 'alternative-certificate',
    };
    expect(assumedAnswers(doctor).map((item) => item.question)).toEqual(['nation', 'mrcp']);
  });
});
