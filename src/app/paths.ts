import type { ChangeKind, DirectQuestion } from '../domain/cct';
import type { QuestionId } from '../features/plan-questions/flow';
import type { RolesSectionId } from '../features/roles/sections';

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
  /** Two saved plans side by side; without ids, the open plan and the next one. */
  compare: (first?: string, second?: string) =>
    first === undefined || second === undefined
      ? '/plans/compare'
      : `/plans/compare?${new URLSearchParams({ first, second }).toString()}`,
  sources: '/sources',
  partTime: '/part-time',
  pay: '/pay',
  roles: '/roles',
  /** A plan sent as a link; the plan itself follows in the fragment (`/shared#v1.…`). */
  shared: '/shared',
  /** A section of the roles page, such as where you could work. */
  rolesSection: (section: RolesSectionId) => `/roles#${section}`,
} as const;

/** Whose periods: a saved plan's or the direct calculator's, and which scenario (null: their own). */
export type PartTimeContext = 'plan' | 'calculator';
export type PeriodListRef = {
  readonly context: PartTimeContext;
  readonly scenarioId: string | null;
};

function listPath({ context, scenarioId }: PeriodListRef): string {
  const base = `/part-time/${context}`;
  return scenarioId === null ? base : `${base}/scenarios/${encodeURIComponent(scenarioId)}`;
}

/** The part-time pages: the two ways in, the direct calculator's questions, lists of periods. */
export const partTimePaths = {
  start: paths.partTime,
  question: (question: DirectQuestion) => `/part-time/calculator/${question}`,
  list: listPath,
  /** The first step of adding a period: its kind. */
  addPeriod: (list: PeriodListRef) => `${listPath(list)}/periods/new`,
  newPeriod: (list: PeriodListRef, kind: ChangeKind) => `${listPath(list)}/periods/new/${kind}`,
  /** A saved period; `kind` when it is being changed to another kind. */
  period: (list: PeriodListRef, index: number, kind?: ChangeKind) =>
    `${listPath(list)}/periods/${index}${kind ? `?kind=${kind}` : ''}`,
  periodKind: (list: PeriodListRef, index: number) =>
    `${listPath(list)}/periods/${index}/change-kind`,
  removePeriod: (list: PeriodListRef, index: number) => `${listPath(list)}/periods/${index}/remove`,
  newScenario: (context: PartTimeContext) => `/part-time/${context}/scenarios/new`,
  renameScenario: (context: PartTimeContext, scenarioId: string) =>
    `${listPath({ context, scenarioId })}/rename`,
  deleteScenario: (context: PartTimeContext, scenarioId: string) =>
    `${listPath({ context, scenarioId })}/delete`,
} as const;

/** Where a flow step lives: a question, or the check answers page. */
export function stepPath(step: QuestionId | 'check-answers', returnToCheck = false): string {
  return step === 'check-answers' ? paths.checkAnswers : paths.question(step, returnToCheck);
}
