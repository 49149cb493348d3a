import { describe, expect, it } from 'vitest';
import type { PlanAnswers } from '../../domain/plan/answers';
import { answerSummary, questionLabel } from './answer-summary';

const answers: PlanAnswers = {
  now: { stage: 'school', yearGroup: 11 },
  dateOfBirth: '2011-03-14',
  nation: 'northern-ireland',
  medicalSchoolRoute: 'gateway',
  intercalate: true,
  gapYearsBeforeMedicalSchool: 1,
  yearsBeforeCoreTraining: 0,
  coreRoute: 'accs-im',
  qualifications: {
    gcse: { englishLanguage: 7, maths: 6 },
    schoolQualification: {
      kind: 'a-levels',
      subjects: [
        { subject: 'chemistry', grade: 'A*' },
        { subject: 'biology', grade: 'A' },
      ],
    },
    gradesAre: 'predicted',
  },
};

describe('answers in words', () => {
  it.each([
    ['where-are-you-now', 'At school, Year 11'],
    ['date-of-birth', '14 March 2011'],
    ['nation', 'Northern Ireland'],
    ['school-qualifications', 'A-levels'],
    ['school-grades', 'Chemistry A*, Biology A (predicted)'],
    ['gcse-grades', 'English language 7, maths 6'],
    ['medical-school-route', 'Course with a gateway year (6 years), with an intercalated degree'],
    ['gap-years', '1 year'],
    ['time-before-core-training', 'None'],
    ['core-route', 'Acute Care Common Stem, internal medicine (ACCS-IM), 4 years'],
  ] as const)('%s reads "%s"', (question, expected) => {
    expect(answerSummary(question, answers)).toBe(expected);
  });

  it('gives the count of top GCSE grades in the nation’s own grades, and National 5s at A', () => {
    const gcse = { englishLanguage: 7, maths: 6, topGrades: 8 } as const;
    expect(answerSummary('gcse-grades', { ...answers, qualifications: { gcse } })).toBe(
      'English language 7, maths 6; 8 at grade A or A*',
    );
    expect(
      answerSummary('gcse-grades', {
        nation: 'england',
        qualifications: { gcse: { topGrades: 0 } },
      }),
    ).toBe('0 at grade 7, 8 or 9');
    expect(answerSummary('gcse-grades', { qualifications: { gcse: {} } })).toBe('Not known yet');
    expect(
      answerSummary('national-5-grades', { qualifications: { national5: { topGrades: 6 } } }),
    ).toBe('6 at grade A');
    expect(answerSummary('national-5-grades', { qualifications: { national5: {} } })).toBe(
      'Not known yet',
    );
    expect(answerSummary('national-5-grades', {})).toBeNull();
  });

  it('gives letter GCSE grades as written, beside 9 to 1 grades', () => {
    expect(
      answerSummary('gcse-grades', {
        nation: 'northern-ireland',
        qualifications: { gcse: { englishLanguage: 'A', maths: 'C*', science: 6, topGrades: 5 } },
      }),
    ).toBe('English language A, maths C*, science 6; 5 at grade A or A*');
  });

  it('labels the qualifications after 16 in the nation’s words: after National 5s in Scotland', () => {
    expect(questionLabel('school-qualifications', { nation: 'scotland' })).toBe(
      'Qualifications after National 5s',
    );
    for (const nation of ['england', 'wales', 'northern-ireland', undefined] as const)
      expect(questionLabel('school-qualifications', { nation })).toBe('Qualifications after GCSEs');
    expect(questionLabel('gcse-grades', { nation: 'scotland' })).toBe('GCSE grades');
  });

  it('says nothing for questions not yet answered', () => {
    expect(answerSummary('date-of-birth', {})).toBeNull();
    expect(answerSummary('degree', {})).toBeNull();
    // Cast: readPlanAnswers never gives an unknown route, but the summary must not trust that.
    const unknownRoute = { coreRoute: 'not-a-route' } as unknown as PlanAnswers;
    expect(answerSummary('core-route', unknownRoute)).toBeNull();
  });

  it('describes an ST doctor by their ST year and a degree with its end year', () => {
    expect(answerSummary('where-are-you-now', { now: { stage: 'st', year: 6 } })).toBe(
      'Specialty training in palliative medicine, ST6',
    );
    expect(
      answerSummary('degree', {
        qualificationYear: 2027,
        qualifications: { degree: { classification: 'upper-second', science: true } },
      }),
    ).toBe('Upper second (2:1), science or health subject, ends 2027');
  });
});

describe('answers with keys from the object prototype', () => {
  // Cast: readPlanAnswers never gives these, but a summary must not trust that its input was read.
  const hostile = (answers: unknown) => answers as PlanAnswers;

  it('shows each as text or nothing, never a value found on Object.prototype', () => {
    for (const key of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      const answers = hostile({
        now: { stage: key },
        nation: key,
        medicalSchoolRoute: key,
        coreRoute: key,
        st4Route: key,
        mrcp: key,
        qualifications: {
          schoolQualification: { kind: 'a-levels', subjects: [{ subject: key, grade: 'A' }] },
          degree: { classification: key, science: true },
        },
      });
      expect(answerSummary('where-are-you-now', answers)).toBe(key);
      expect(answerSummary('nation', answers)).toBe(key);
      expect(answerSummary('school-grades', answers)).toBe(`${key} A (predicted)`);
      for (const question of [
        'medical-school-route',
        'core-route',
        'st4-route',
        'mrcp',
        'degree',
      ] as const)
        expect(answerSummary(question, answers)).toBeNull();
    }
  });
});
