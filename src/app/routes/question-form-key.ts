import { useState } from 'react';
import type { PlanAnswers } from '../../domain/plan/answers';
import type { QuestionId } from '../../features/plan-questions/flow';

/** The saved answers each question's form is filled from and saves. */
const QUESTION_ANSWERS: Readonly<Record<QuestionId, readonly (keyof PlanAnswers)[]>> = {
  'where-are-you-now': ['now'],
  'date-of-birth': ['dateOfBirth'],
  nation: ['nation'],
  'school-qualifications': ['qualifications'],
  'gcse-grades': ['qualifications'],
  'national-5-grades': ['qualifications'],
  'school-grades': ['qualifications'],
  degree: ['qualificationYear', 'qualifications'],
  'medical-school-route': ['medicalSchoolRoute', 'intercalate', 'qualificationYear'],
  'gap-years': ['gapYearsBeforeMedicalSchool'],
  'time-before-core-training': ['yearsBeforeCoreTraining'],
  'core-route': ['coreRoute'],
  'st4-route': ['st4Route'],
  mrcp: ['mrcp'],
  'st4-start-year': ['plannedSt4Year'],
};

type FormState = {
  readonly form: string;
  readonly saved: string;
  readonly version: number;
  /** Whether the person has changed anything in this form since it was filled. */
  readonly touched: boolean;
};

/**
 * The key for a question's form, and a handler for any change made in it. The form is made afresh
 * (filled from the saved answers) for another plan or question, and when another tab saves a new
 * answer to this question while nothing has been changed here yet. Any other save, in this tab or
 * another, keeps the form and whatever the person has chosen but not yet submitted; the other-tab
 * notice names the answer that changed.
 */
export function useQuestionFormKey(
  planId: string,
  /** From the address, so any text: one that names no question has no answers. */
  questionId: string,
  answers: PlanAnswers,
): { readonly key: string; readonly onFormChange: () => void } {
  const form = `${planId}-${questionId}`;
  const fields = Object.hasOwn(QUESTION_ANSWERS, questionId)
    ? QUESTION_ANSWERS[questionId as QuestionId]
    : [];
  const saved = JSON.stringify(fields.map((field) => answers[field]));
  const [state, setState] = useState<FormState>({ form, saved, version: 0, touched: false });
  let current = state;
  if (state.form !== form) {
    current = { form, saved, version: state.version + 1, touched: false };
    setState(current);
  } else if (state.saved !== saved) {
    current = { ...state, saved, version: state.touched ? state.version : state.version + 1 };
    setState(current);
  }
  return {
    key: `${form}-${current.version}`,
    onFormChange: () => {
      if (!current.touched) setState((latest) => ({ ...latest, touched: true }));
    },
  };
}
