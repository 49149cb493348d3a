/** Each answer as one line of plain English, for the check answers page. */
import { formatLongDate, parseIsoDate } from '../../domain/dates';
import { isOwnKey, ownValue } from '../../domain/own-value';
import type { PlanAnswers } from '../../domain/plan/answers';
import type { MrcpProgress, St4Route } from '../../domain/plan/types';
import { type MedicalSchoolRoute, courseLengths } from '../../domain/rules/medical-school';
import { type CoreRoute, coreTrainingLengths } from '../../domain/rules/specialty';
import type { QuestionId } from './flow';
import {
  DEGREE_CLASS_LABELS,
  NATION_LABELS,
  QUALIFICATION_LABELS,
  STAGE_LABELS,
  SUBJECT_LABELS,
  yearsLabel,
} from './labels';
import { schoolYearLabel } from '../../domain/plan/school-years';
import {
  gcseTopGradesTermsFor,
  topGradesSummary,
  topGradesTermsFor,
  usualSchoolQualification,
} from '../../domain/plan/nation-qualifications';

export const QUESTION_LABELS: Readonly<Record<QuestionId, string>> = {
  'where-are-you-now': 'Where you are now',
  'date-of-birth': 'Date of birth',
  nation: 'Where you live or plan to train',
  'school-qualifications': 'Qualifications after GCSEs',
  'school-grades': 'Subjects and grades',
  'gcse-grades': 'GCSE grades',
  'national-5-grades': 'National 5s',
  degree: 'Your degree',
  'medical-school-route': 'Route through medical school',
  'gap-years': 'Gap years before medical school',
  'time-before-core-training': 'Time between Foundation and core training',
  'core-route': 'Core training route',
  'st4-route': 'How you plan to reach ST4',
  mrcp: 'MRCP(UK)',
  'st4-start-year': 'When you want to start ST4',
};

const ST4_ROUTE_NAMES: Readonly<Record<St4Route, string>> = {
  'alternative-certificate': 'Straight to ST4 with an Alternative Certificate',
  'core-training': 'Core training (IMT or ACCS-IM) first',
};

const MRCP_NAMES: Readonly<Record<MrcpProgress, string>> = {
  full: 'The full diploma',
  'part-1': 'Part 1',
  none: 'Not passed yet',
};

const ROUTE_NAMES: Readonly<Record<MedicalSchoolRoute, string>> = {
  standard: 'Standard course',
  'integrated-degree': 'Course with an integrated degree',
  gateway: 'Course with a gateway year',
  'graduate-entry': 'Graduate entry',
};

const CORE_NAMES: Readonly<Record<CoreRoute, string>> = {
  imt: 'Internal Medicine Training (IMT)',
  'accs-im': 'Acute Care Common Stem, internal medicine (ACCS-IM)',
};

/**
 * A question's label in the nation's own words: in Scotland the qualifications after 16 come after
 * National 5s, not GCSEs.
 */
export function questionLabel(question: QuestionId, answers: PlanAnswers): string {
  if (
    question === 'school-qualifications' &&
    usualSchoolQualification(answers.nation) === 'scottish-highers'
  )
    return 'Qualifications after National 5s';
  return QUESTION_LABELS[question];
}

// Every label below is looked up by own property only: answers come from saved data, links and files.
function subjectName(subject: string): string {
  return ownValue(SUBJECT_LABELS, subject) ?? subject;
}

function gradesSummary(answers: PlanAnswers): string | null {
  const school = answers.qualifications?.schoolQualification;
  if (!school || school.kind === 'other') return null;
  const basis = answers.qualifications?.gradesAre === 'achieved' ? 'results' : 'predicted';
  if (school.kind === 'ib') {
    const higherLevel = school.higherLevel
      .map((row) => `${subjectName(row.subject)} ${row.grade}`)
      .join(', ');
    return `${school.points} points${higherLevel ? `; Higher Level: ${higherLevel}` : ''} (${basis})`;
  }
  if (school.subjects.length === 0) return null;
  return `${school.subjects.map((row) => `${subjectName(row.subject)} ${row.grade}`).join(', ')} (${basis})`;
}

/** The answer to a question in words, or null when it has not been answered. */
export function answerSummary(question: QuestionId, answers: PlanAnswers): string | null {
  switch (question) {
    case 'where-are-you-now': {
      const now = answers.now;
      if (!now) return null;
      const label = ownValue(STAGE_LABELS, now.stage) ?? now.stage;
      if (now.stage === 'school' && now.yearGroup !== undefined)
        return `${label}, ${schoolYearLabel(answers.nation, now.yearGroup)}`;
      if (now.stage === 'st' && now.year !== undefined) return `${label}, ST${now.year}`;
      return now.year === undefined ? label : `${label}, year ${now.year}`;
    }
    case 'date-of-birth': {
      const date = parseIsoDate(answers.dateOfBirth);
      return date ? formatLongDate(date) : null;
    }
    case 'nation':
      return answers.nation === undefined
        ? null
        : (ownValue(NATION_LABELS, answers.nation) ?? answers.nation);
    case 'school-qualifications': {
      const kind = answers.qualifications?.schoolQualification?.kind;
      return ownValue(QUALIFICATION_LABELS, kind) ?? null;
    }
    case 'school-grades':
      return gradesSummary(answers);
    case 'gcse-grades': {
      const gcse = answers.qualifications?.gcse;
      if (!gcse) return null;
      const given = [
        gcse.englishLanguage === undefined ? null : `English language ${gcse.englishLanguage}`,
        gcse.maths === undefined ? null : `maths ${gcse.maths}`,
        gcse.science === undefined ? null : `science ${gcse.science}`,
      ].filter((part): part is string => part !== null);
      const grades = given.length === 0 ? null : given.join(', ');
      const count =
        gcse.topGrades === undefined
          ? null
          : topGradesSummary(gcse.topGrades, gcseTopGradesTermsFor(answers.nation));
      if (grades === null && count === null) return 'Not known yet';
      return [grades, count].filter((part): part is string => part !== null).join('; ');
    }
    case 'national-5-grades': {
      const national5 = answers.qualifications?.national5;
      if (!national5) return null;
      return national5.topGrades === undefined
        ? 'Not known yet'
        : topGradesSummary(national5.topGrades, topGradesTermsFor('scotland'));
    }
    case 'degree': {
      const degree = answers.qualifications?.degree;
      const classification = ownValue(DEGREE_CLASS_LABELS, degree?.classification);
      if (!degree || classification === undefined) return null;
      const ends =
        answers.qualificationYear === undefined ? '' : `, ends ${answers.qualificationYear}`;
      return `${classification}, ${degree.science ? 'science or health subject' : 'not a science subject'}${ends}`;
    }
    case 'medical-school-route': {
      const route = answers.medicalSchoolRoute;
      if (!isOwnKey(ROUTE_NAMES, route)) return null;
      const degreeEnd =
        route === 'graduate-entry' &&
        answers.now?.stage === 'school' &&
        answers.qualificationYear !== undefined
          ? `, after a degree ending in ${answers.qualificationYear}`
          : '';
      const intercalated = answers.intercalate === true ? ', with an intercalated degree' : '';
      return `${ROUTE_NAMES[route]} (${courseLengths[route].value.years} years)${intercalated}${degreeEnd}`;
    }
    case 'gap-years':
      return answers.gapYearsBeforeMedicalSchool === undefined
        ? null
        : yearsLabel(answers.gapYearsBeforeMedicalSchool);
    case 'time-before-core-training':
      return answers.yearsBeforeCoreTraining === undefined
        ? null
        : yearsLabel(answers.yearsBeforeCoreTraining);
    case 'core-route': {
      const route = answers.coreRoute;
      return !isOwnKey(CORE_NAMES, route)
        ? null
        : `${CORE_NAMES[route]}, ${coreTrainingLengths[route].value.years} years`;
    }
    case 'st4-route':
      return ownValue(ST4_ROUTE_NAMES, answers.st4Route) ?? null;
    case 'mrcp':
      return ownValue(MRCP_NAMES, answers.mrcp) ?? null;
    case 'st4-start-year':
      return answers.plannedSt4Year === undefined ? null : `August ${answers.plannedSt4Year}`;
  }
}
