import type { QuestionId } from '../features/plan-questions/flow';

/** Every route's path in one typed table, so links and the router cannot drift apart. */
export const paths = {
  start: '/',
  question: (question: QuestionId, returnToCheck = false) =>
    `/questions/${question}${returnToCheck ? '?return=check' : ''}`,
  checkAnswers: '/check-answers',
  yourRoute: '/your-route',
  plans: '/plans',
  renamePlan: (planId: string) => `/plans/${encodeURIComponent(planId)}/rename`,
  deletePlan: (planId: string) => `/plans/${encodeURIComponent(planId)}/delete`,
  clearEverything: '/plans/clear-everything',
  sources: '/sources',
} as const;

/** Where a flow step lives: a question, or the check answers page. */
export function stepPath(step: QuestionId | 'check-answers', returnToCheck = false): string {
  return step === 'check-answers' ? paths.checkAnswers : paths.question(step, returnToCheck);
}
