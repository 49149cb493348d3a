/** The part-time pages' addresses: the two ways in, the direct calculator's questions, lists of periods. */
import type { ChangeKind, DirectQuestion } from '../../domain/cct';
import type { PeriodId } from '../../domain/cct/period';

/** Where the part-time pages start; also the app's header link. */
export const PART_TIME_START = '/part-time';

/** Whose periods: a saved plan's or the direct calculator's, and which scenario (null: their own). */
export type PartTimeContext = 'plan' | 'calculator';
export type PeriodListRef = {
  readonly context: PartTimeContext;
  readonly scenarioId: string | null;
};

function listPath({ context, scenarioId }: PeriodListRef): string {
  const base = `${PART_TIME_START}/${context}`;
  return scenarioId === null ? base : `${base}/scenarios/${encodeURIComponent(scenarioId)}`;
}

function periodPath(list: PeriodListRef, id: PeriodId): string {
  return `${listPath(list)}/periods/${encodeURIComponent(id)}`;
}

/**
 * Periods are addressed by their id, not their place in the list, so a page left open while another
 * tab removes a period never changes the wrong one.
 */
export const partTimePaths = {
  start: PART_TIME_START,
  question: (question: DirectQuestion) => `${PART_TIME_START}/calculator/${question}`,
  list: listPath,
  /** The first step of adding a period: its kind. */
  addPeriod: (list: PeriodListRef) => `${listPath(list)}/periods/new`,
  newPeriod: (list: PeriodListRef, kind: ChangeKind) => `${listPath(list)}/periods/new/${kind}`,
  /** A saved period; `kind` when it is being changed to another kind. */
  period: (list: PeriodListRef, id: PeriodId, kind?: ChangeKind) =>
    `${periodPath(list, id)}${kind ? `?kind=${kind}` : ''}`,
  periodKind: (list: PeriodListRef, id: PeriodId) => `${periodPath(list, id)}/change-kind`,
  removePeriod: (list: PeriodListRef, id: PeriodId) => `${periodPath(list, id)}/remove`,
  newScenario: (context: PartTimeContext) => `${PART_TIME_START}/${context}/scenarios/new`,
  renameScenario: (context: PartTimeContext, scenarioId: string) =>
    `${listPath({ context, scenarioId })}/rename`,
  deleteScenario: (context: PartTimeContext, scenarioId: string) =>
    `${listPath({ context, scenarioId })}/delete`,
} as const;
