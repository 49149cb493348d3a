/**
 * Which questions a person is asked, in what order. Questions that do not apply to someone's stage are
 * skipped: an F2 doctor is not asked about GCSEs or medical school.
 */
import type { PlanAnswers } from '../../domain/plan/answers';
import { PLAN_DEFAULTS } from '../../domain/plan/defaults';

export const QUESTION_IDS = [
  'nation',
  'where-are-you-now',
  'date-of-birth',
  'school-qualifications',
  'school-grades',
  'gcse-grades',
  'national-5-grades',
  'degree',
  'medical-school-route',
  'gap-years',
  'time-before-core-training',
  'st4-route',
  'core-route',
  'mrcp',
  'st4-start-year',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Where a new plan starts: the nation, so school years are asked in its own numbering. */
export const FIRST_QUESTION: QuestionId = 'nation';

const BEFORE_MEDICAL_SCHOOL = ['school', 'gap-year', 'graduate'];
const BEFORE_CORE_TRAINING = [...BEFORE_MEDICAL_SCHOOL, 'medical-school', 'f1', 'f2'];

export function isQuestionId(value: string | undefined): value is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(value ?? '');
}

/** Whether a question is asked, given the answers so far. */
export function applies(question: QuestionId, answers: PlanAnswers): boolean {
  const stage = answers.now?.stage;
  const beforeMedicalSchool = stage !== undefined && BEFORE_MEDICAL_SCHOOL.includes(stage);
  switch (question) {
    case 'where-are-you-now':
    case 'date-of-birth':
    case 'nation':
      return true;
    case 'school-qualifications':
      return beforeMedicalSchool;
    case 'school-grades': {
      const kind = answers.qualifications?.schoolQualification?.kind;
      return beforeMedicalSchool && kind !== undefined && kind !== 'other';
    }
    // Pupils in Scotland take National 5s rather than GCSEs.
    case 'gcse-grades':
      return (stage === 'school' || stage === 'gap-year') && answers.nation !== 'scotland';
    case 'national-5-grades':
      return (stage === 'school' || stage === 'gap-year') && answers.nation === 'scotland';
    case 'degree':
      return stage === 'graduate';
    case 'medical-school-route':
      return beforeMedicalSchool || stage === 'medical-school';
    case 'gap-years':
      return beforeMedicalSchool;
    case 'time-before-core-training':
      return stage === undefined || BEFORE_CORE_TRAINING.includes(stage);
    // A doctor in another post chooses core training (then its route) or the Alternative Certificate.
    case 'st4-route':
      return stage === 'other-post';
    case 'core-route':
      return (
        stage === undefined ||
        BEFORE_CORE_TRAINING.includes(stage) ||
        (stage === 'other-post' && answers.st4Route === 'core-training')
      );
    case 'mrcp':
    case 'st4-start-year':
      return stage === 'other-post' && answers.st4Route === 'alternative-certificate';
  }
}

/** Whether the person has answered a question (a question left at its default counts once seen). */
export function isAnswered(question: QuestionId, answers: PlanAnswers): boolean {
  switch (question) {
    case 'where-are-you-now':
      return answers.now !== undefined;
    case 'date-of-birth':
      return answers.dateOfBirth !== undefined;
    case 'nation':
      return answers.nation !== undefined;
    case 'school-qualifications':
      return answers.qualifications?.schoolQualification !== undefined;
    case 'school-grades': {
      const school = answers.qualifications?.schoolQualification;
      return (
        school !== undefined &&
        (school.kind === 'other' || school.kind === 'ib' || school.subjects.length > 0)
      );
    }
    case 'gcse-grades':
      return answers.qualifications?.gcse !== undefined;
    case 'national-5-grades':
      return answers.qualifications?.national5 !== undefined;
    case 'degree':
      return answers.qualifications?.degree !== undefined;
    case 'medical-school-route':
      return answers.medicalSchoolRoute !== undefined;
    case 'gap-years':
      return answers.gapYearsBeforeMedicalSchool !== undefined;
    case 'time-before-core-training':
      return answers.yearsBeforeCoreTraining !== undefined;
    case 'core-route':
      return answers.coreRoute !== undefined;
    case 'st4-route':
      return answers.st4Route !== undefined;
    case 'mrcp':
      return answers.mrcp !== undefined;
    case 'st4-start-year':
      return answers.plannedSt4Year !== undefined;
  }
}

/** The questions this person is asked, in order. */
export function questionsFor(answers: PlanAnswers): QuestionId[] {
  return QUESTION_IDS.filter((question) => applies(question, answers));
}

/** Where "Continue" goes after a question: the next one that applies, or the check answers page. */
export function nextStep(current: QuestionId, answers: PlanAnswers): QuestionId | 'check-answers' {
  const questions = questionsFor(answers);
  const after = QUESTION_IDS.slice(QUESTION_IDS.indexOf(current) + 1);
  return after.find((question) => questions.includes(question)) ?? 'check-answers';
}

/** Where the back link goes: the previous question that applies, or the start page. */
export function previousStep(current: QuestionId, answers: PlanAnswers): QuestionId | 'start' {
  const questions = questionsFor(answers);
  const before = QUESTION_IDS.slice(0, QUESTION_IDS.indexOf(current)).reverse();
  return before.find((question) => questions.includes(question)) ?? 'start';
}

/** The first question still to answer, or the check answers page when all are done. */
export function firstUnanswered(answers: PlanAnswers): QuestionId | 'check-answers' {
  return (
    questionsFor(answers).find((question) => !isAnswered(question, answers)) ?? 'check-answers'
  );
}

/** Where a question sits in this person's questions: "Question 3 of 10". Null if it is not asked. */
export function questionPosition(
  question: QuestionId,
  answers: PlanAnswers,
): { readonly number: number; readonly total: number } | null {
  const questions = questionsFor(answers);
  const index = questions.indexOf(question);
  return index === -1 ? null : { number: index + 1, total: questions.length };
}

/**
 * The answer the route engine takes for each question with a default (PLAN_DEFAULTS), so the route can
 * say what it assumed for questions not answered yet. Questions without a default are not here.
 */
const DEFAULT_ANSWERS: Partial<Readonly<Record<QuestionId, Partial<PlanAnswers>>>> = {
  nation: { nation: PLAN_DEFAULTS.nation },
  'medical-school-route': { medicalSchoolRoute: PLAN_DEFAULTS.medicalSchoolRoute },
  'gap-years': { gapYearsBeforeMedicalSchool: PLAN_DEFAULTS.gapYearsBeforeMedicalSchool },
  'time-before-core-training': { yearsBeforeCoreTraining: PLAN_DEFAULTS.yearsBeforeCoreTraining },
  'st4-route': { st4Route: PLAN_DEFAULTS.st4Route },
  'core-route': { coreRoute: PLAN_DEFAULTS.coreRoute },
  mrcp: { mrcp: PLAN_DEFAULTS.mrcp },
};

export type AssumedAnswer = {
  readonly question: QuestionId;
  /** The answer the route uses until the person gives their own. */
  readonly assumed: Partial<PlanAnswers>;
};

/**
 * The questions this person is asked but has not answered, whose default the route is using, in the
 * order they are asked. Answering them all (or reaching check answers) leaves none.
 */
export function assumedAnswers(answers: PlanAnswers): AssumedAnswer[] {
  return questionsFor(answers).flatMap((question) => {
    const assumed = DEFAULT_ANSWERS[question];
    return assumed === undefined || isAnswered(question, answers) ? [] : [{ question, assumed }];
  });
}
