import { describe, expect, it } from 'vitest';
import type { PlanAnswers } from '../../domain/plan/answers';
import { firstUnanswered, nextStep, previousStep, questionsFor } from './flow';

describe('which questions are asked', () => {
  it.each<[string, PlanAnswers, string[]]>([
    [
      'a Year 11 pupil taking A-levels',
      {
        now: { stage: 'school', yearGroup: 11 },
        qualifications: { schoolQualification: { kind: 'a-levels', subjects: [] } },
      },
      [
        'where-are-you-now',
        'date-of-birth',
        'nation',
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
        'where-are-you-now',
        'date-of-birth',
        'nation',
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
        'where-are-you-now',
        'date-of-birth',
        'nation',
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
        'where-are-you-now',
        'date-of-birth',
        'nation',
        'medical-school-route',
        'time-before-core-training',
        'core-route',
      ],
    ],
    [
      'an F2 doctor is asked only a few questions',
      { now: { stage: 'f2' } },
      ['where-are-you-now', 'date-of-birth', 'nation', 'time-before-core-training', 'core-route'],
    ],
    [
      'an ST5 doctor is not asked about core training',
      { now: { stage: 'st', year: 5 } },
      ['where-are-you-now', 'date-of-birth', 'nation'],
    ],
  ])('%s', (_name, answers, expected) => {
    expect(questionsFor(answers)).toEqual(expected);
  });
});

describe('moving through the questions', () => {
  const f2: PlanAnswers = { now: { stage: 'f2' } };

  it('skips questions that do not apply when going forward and back', () => {
    expect(nextStep('nation', f2)).toBe('time-before-core-training');
    expect(previousStep('time-before-core-training', f2)).toBe('nation');
    expect(nextStep('core-route', f2)).toBe('check-answers');
    expect(previousStep('where-are-you-now', f2)).toBe('start');
  });

  it('sends someone back to the first question they have not answered', () => {
    expect(firstUnanswered({})).toBe('where-are-you-now');
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
