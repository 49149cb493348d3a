/**
 * What a list of periods comes to: for a saved plan, its timeline with the periods (programme by
 * programme when they fall in more than one); for the direct calculator, the calculation from the
 * doctor's current CCT date and hours. Each result is worked out once per list of periods.
 */
import {
  type CctIssue,
  type DirectAnswers,
  type PeriodLocation,
  type ProgrammeStage,
  calculateDirect,
} from '../../domain/cct';
import type { Period } from '../../domain/cct/period';
import { type IsoDate, addDays } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import type { PlanError } from '../../domain/plan/types';
import { answersWithPeriods, timelineFor } from '../../state/plan-timeline';
import type { PeriodError, PeriodsOutcome, ProgrammeWorking } from './types';

export type Evaluator = (changes: readonly Period[]) => PeriodsOutcome;

export const PROGRAMME_TITLES: Readonly<Record<ProgrammeStage, string>> = {
  foundation: 'Foundation Programme',
  core: 'Core training',
  higher: 'Higher specialty training (ST4 to ST7)',
};

const PROGRAMME_NAMES: Readonly<Record<ProgrammeStage, string>> = {
  foundation: 'the Foundation Programme',
  core: 'core training',
  higher: 'higher specialty training',
};

/** An engine's issue as the pages use it: the period it names by id, and the field. */
function periodError(
  issue: Pick<CctIssue | PlanError, 'message'> & { readonly period?: PeriodLocation },
): PeriodError {
  return {
    periodId: issue.period?.id ?? null,
    field: issue.period?.field ?? null,
    message: issue.message,
  };
}

/** A plan's periods, compared with `comparedWith` (the full-time date, or the plan's own periods). */
export function planEvaluator(
  answers: PlanAnswers,
  today: IsoDate,
  comparedWith: IsoDate,
): Evaluator {
  return (changes) => {
    const result = timelineFor(answersWithPeriods(answers, changes), today);
    if (!result.ok) return { kind: 'errors', errors: result.errors.map(periodError) };
    const partTime = result.timeline.partTime;
    if (partTime === null)
      return result.timeline.summary.cct === null
        ? { kind: 'errors', errors: [{ periodId: null, field: null, message: 'Add a period.' }] }
        : { kind: 'none', cct: result.timeline.summary.cct };
    const withPeriods = partTime.programmes.filter((run) => run.changeIndices.length > 0);
    if (withPeriods.length < 2)
      return { kind: 'result', calculation: partTime.calculation, comparedWith };
    const programmes = withPeriods.map((run): ProgrammeWorking => {
      const next = partTime.programmes[partTime.programmes.indexOf(run) + 1];
      const waitStart = addDays(run.end, 1);
      return {
        title: PROGRAMME_TITLES[run.stage],
        name: PROGRAMME_NAMES[run.stage],
        calculation: run.calculation,
        waitAfter:
          next !== undefined && waitStart < next.start
            ? { start: waitStart, end: addDays(next.start, -1) }
            : null,
      };
    });
    return { kind: 'result', calculation: partTime.calculation, comparedWith, programmes };
  };
}

/** The direct calculator's periods, on top of the doctor's current hours. */
export function calculatorEvaluator(
  answers: DirectAnswers,
  today: IsoDate,
  comparedWith: IsoDate | null,
): Evaluator {
  return (changes) => {
    const direct = calculateDirect(answers, changes, today);
    if (changes.length === 0) return { kind: 'none', cct: direct.currentCct };
    if (!direct.result.ok) return { kind: 'errors', errors: direct.result.errors.map(periodError) };
    return {
      kind: 'result',
      calculation: direct.result,
      comparedWith: comparedWith ?? direct.currentCct,
    };
  };
}

export function cctOf(outcome: PeriodsOutcome): IsoDate | null {
  if (outcome.kind === 'none') return outcome.cct;
  return outcome.kind === 'result' ? outcome.calculation.cct : null;
}

export function problemOf(outcome: PeriodsOutcome): string | null {
  return outcome.kind === 'errors' ? (outcome.errors[0]?.message ?? null) : null;
}
