import type { QuestionId } from '../features/plan-questions/flow';
import type { RolesSectionId } from '../features/roles/sections';

/** Which saved data could not be read: plans, or part-time answers and scenarios. */
export type UnreadableData = 'plans' | 'part-time';

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
  /** Asks before discarding saved data that could not be read or copied (storage full). */
  discardUnreadable: (data: UnreadableData) => `/plans/clear-everything?discard=${data}`,
  /** A session for someone else: kept in this tab only and cleared when it ends. */
  startSession: '/session/start',
  /** Two saved plans side by side; without ids, the open plan and the next one. */
  compare: (first?: string, second?: string) =>
    first === undefined || second === undefined
      ? '/plans/compare'
      : `/plans/compare?${new URLSearchParams({ first, second }).toString()}`,
  sources: '/sources',
  partTime: '/part-time',
  pay: '/pay',
  roles: '/roles',
  /** A plan sent as a link; the plan itself follows in the fragment (`/shared#v3.…`). */
  shared: '/shared',
  /** A section of the roles page, such as where you could work. */
  rolesSection: (section: RolesSectionId) => `/roles#${section}`,
  accessibility: '/accessibility',
  privacy: '/privacy',
} as const;

export {
  type PartTimeContext,
  type PeriodListRef,
  partTimePaths,
} from '../features/part-time/paths';

/** Where a flow step lives: a question, or the check answers page. */
export function stepPath(step: QuestionId | 'check-answers', returnToCheck = false): string {
  return step === 'check-answers' ? paths.checkAnswers : paths.question(step, returnToCheck);
}
