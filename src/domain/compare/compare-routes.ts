/**
 * Two routes side by side: the key steps of two plans' timelines lined up, each with its date, age and
 * whether it is an estimate, and how far apart the two dates are. Pure: it reads two built timelines and
 * works nothing out again but the differences between their dates.
 */
import { type DateDifference, dateDifference } from '../cct/difference';
import type { IsoDate } from '../dates';
import type { Milestone, MilestoneId, Timeline } from '../timeline/types';

/** The steps a comparison shows, in route order: the ones people plan a life around. */
export const COMPARED_MILESTONES = [
  'ucas-deadline',
  'medical-school-start',
  'medical-school-graduation',
  'f1-start',
  'full-gmc-registration',
  'core-training-start',
  'st4-start',
  'cct',
] as const satisfies readonly MilestoneId[];

export type ComparedDate = Pick<
  Milestone,
  'date' | 'endDate' | 'precision' | 'basis' | 'age' | 'status'
>;

export type ComparisonRow = {
  readonly id: MilestoneId;
  readonly title: string;
  /** `null` where that plan has no such step (already past it, or a route without it). */
  readonly first: ComparedDate | null;
  readonly second: ComparedDate | null;
  /** From the first plan's date to the second's; `null` unless both plans have the step. */
  readonly difference: DateDifference | null;
};

export type RouteComparison = {
  readonly rows: readonly ComparisonRow[];
  /** The CCT dates (null for someone already a consultant) and how far apart they are. */
  readonly cct: {
    readonly first: IsoDate | null;
    readonly second: IsoDate | null;
    readonly difference: DateDifference | null;
  };
};

/**
 * Row titles where the two plans' own titles may differ: core training is IMT in one plan and ACCS-IM
 * in another, and the row is the same step.
 */
const SHARED_TITLES: Partial<Readonly<Record<MilestoneId, string>>> = {
  'core-training-start': 'Start core training',
};

function compared(milestone: Milestone | undefined): ComparedDate | null {
  if (!milestone) return null;
  const { date, endDate, precision, basis, age, status } = milestone;
  return { date, precision, basis, age, status, ...(endDate === undefined ? {} : { endDate }) };
}

/** Lines up the key steps of two timelines; a step appears when either plan has it. */
export function compareRoutes(first: Timeline, second: Timeline): RouteComparison {
  const find = (timeline: Timeline, id: MilestoneId) =>
    timeline.milestones.find((milestone) => milestone.id === id);
  const rows: ComparisonRow[] = [];
  for (const id of COMPARED_MILESTONES) {
    const inFirst = find(first, id);
    const inSecond = find(second, id);
    const own = (inFirst ?? inSecond)?.title;
    if (own === undefined) continue;
    const title =
      inFirst && inSecond && inFirst.title !== inSecond.title ? (SHARED_TITLES[id] ?? own) : own;
    rows.push({
      id,
      title,
      first: compared(inFirst),
      second: compared(inSecond),
      difference: inFirst && inSecond ? dateDifference(inFirst.date, inSecond.date) : null,
    });
  }
  const firstCct = first.summary.cct;
  const secondCct = second.summary.cct;
  return {
    rows,
    cct: {
      first: firstCct,
      second: secondCct,
      difference:
        firstCct !== null && secondCct !== null ? dateDifference(firstCct, secondCct) : null,
    },
  };
}
