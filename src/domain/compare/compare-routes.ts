/**
 * Two routes side by side: the key steps of two plans' timelines lined up, each with its date, age and
 * whether it is an estimate, and how far apart the two dates are. Pure: it reads two built timelines and
 * works nothing out again but the differences between their dates (and a planned first degree's age
 * and status, as its stage has no milestone to carry them).
 */
import { type DateDifference, dateDifference } from '../cct/difference';
import { type IsoDate, ageOn } from '../dates';
import type { Milestone, MilestoneId, MilestoneStatus, Timeline } from '../timeline/types';

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

/**
 * A row's step: a key milestone, or the start of the first degree a pupil plans before graduate entry
 * medicine (a stage of their route with no milestone of its own).
 */
export type ComparedStepId = 'first-degree-start' | MilestoneId;

export type ComparisonRow = {
  readonly id: ComparedStepId;
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

const FIRST_DEGREE_TITLE = 'Start a first degree';

function statusOn(start: IsoDate, end: IsoDate | null, today: IsoDate): MilestoneStatus {
  if (start > today) return 'upcoming';
  return end !== null && end < today ? 'done' : 'now';
}

/**
 * When a pupil planning graduate entry starts their first degree: the start of that stage of their
 * route (September after school, an estimate to the month). Null for anyone else, including a
 * graduate already on their degree, whose stage starts at today's academic year, not their degree's.
 */
function firstDegreeStart(timeline: Timeline): ComparedDate | null {
  if (timeline.plan.now.stage !== 'school') return null;
  const stage = timeline.stages.find((candidate) => candidate.id === 'first-degree');
  if (!stage) return null;
  return {
    date: stage.start,
    precision: 'month',
    basis: 'estimate',
    age: ageOn(timeline.plan.dateOfBirth, stage.start),
    status: statusOn(stage.start, stage.end, timeline.today),
  };
}

function firstDegreeRow(first: Timeline, second: Timeline): ComparisonRow | null {
  const inFirst = firstDegreeStart(first);
  const inSecond = firstDegreeStart(second);
  if (!inFirst && !inSecond) return null;
  return {
    id: 'first-degree-start',
    title: FIRST_DEGREE_TITLE,
    first: inFirst,
    second: inSecond,
    difference: inFirst && inSecond ? dateDifference(inFirst.date, inSecond.date) : null,
  };
}

/**
 * Lines up the key steps of two timelines; a step appears when either plan has it. A first degree
 * before graduate entry comes first, as its own row, so medical school starting years later is seen
 * to follow it.
 */
export function compareRoutes(first: Timeline, second: Timeline): RouteComparison {
  const find = (timeline: Timeline, id: MilestoneId) =>
    timeline.milestones.find((milestone) => milestone.id === id);
  const firstDegree = firstDegreeRow(first, second);
  const rows: ComparisonRow[] = firstDegree ? [firstDegree] : [];
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
