/**
 * The list of periods an address names (a saved plan's own, the direct calculator's, or a scenario
 * beside either), with how to save it and what it comes to. Each list is worked out once per render:
 * the plan's own, then each scenario's, each timeline shared through the state layer.
 */
import { type ReactNode, createContext, useContext, useMemo } from 'react';
import { useParams } from 'react-router';
import {
  type DirectAnswers,
  type LtftNation,
  calculateDirect,
  directAnswersFrom,
  firstUnansweredDirectQuestion,
  ltftNationOf,
} from '../../domain/cct';
import type { Period } from '../../domain/cct/period';
import type { IsoDate } from '../../domain/dates';
import type { SavedPlan, SavedScenario, ScenarioOwner } from '../../domain/plan/saved-shapes';
import { planOwner, usePartTimeStore } from '../../state/part-time-store';
import { answersWithPeriods, timelineFor } from '../../state/plan-timeline';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { useToday } from '../../state/today';
import { type Evaluator, calculatorEvaluator, cctOf, planEvaluator } from './evaluate';
import { type PartTimeContext, type PeriodListRef, partTimePaths } from './paths';
import type { PeriodsOutcome } from './types';

/** Addresses outside the part-time pages that they link or send people to. */
export type OutsideLinks = {
  /** The start page, to begin a plan. */
  readonly start: string;
  readonly yourRoute: string;
  /** What to show for an address that names no page. */
  readonly notFound: ReactNode;
};

export const OutsideLinksContext = createContext<OutsideLinks>({
  start: '/',
  yourRoute: '/',
  notFound: null,
});

export function useOutsideLinks(): OutsideLinks {
  return useContext(OutsideLinksContext);
}

const NO_PERIODS: readonly Period[] = [];

export type PeriodList = {
  readonly ref: PeriodListRef;
  /** Whose periods, for captions: the plan's name, "Your periods", a scenario's name. */
  readonly listName: string;
  readonly changes: readonly Period[];
  readonly save: (changes: readonly Period[]) => void;
  /** Works out this list of periods (or the list with a period added or changed). */
  readonly evaluate: Evaluator;
  /** What this list comes to. */
  readonly outcome: PeriodsOutcome;
  /** The owner's own periods (for a scenario, the ones it sits beside), and what they come to. */
  readonly ownChanges: readonly Period[];
  readonly ownOutcome: PeriodsOutcome;
  /** The CCT date with no periods: full time, or at the doctor's current hours. */
  readonly baseCct: IsoDate;
  /** Works out a scenario, compared with the owner's own periods. */
  readonly evaluateScenario: Evaluator;
  readonly owner: ScenarioOwner;
  readonly scenarios: readonly SavedScenario[];
  /** The scenario the address names, or null for the owner's own periods. */
  readonly scenario: SavedScenario | null;
  readonly plan: SavedPlan | null;
  readonly directAnswers: DirectAnswers | null;
  /** The nation whose less than full time rules apply: the plan's, or the one the doctor trains in. */
  readonly nation: LtftNation;
};

export type ListLookup =
  | { readonly found: true; readonly list: PeriodList }
  /** Where to go instead; null for a page that does not exist; 'no-training' for a finished plan. */
  | { readonly found: false; readonly redirect: string | null | 'no-training' };

function isContext(value: string | undefined): value is PartTimeContext {
  return value === 'plan' || value === 'calculator';
}

type ListParts = {
  readonly owner: ScenarioOwner;
  readonly ownChanges: readonly Period[];
  readonly saveOwn: (changes: readonly Period[]) => void;
  /** An evaluator comparing with the given date (null: the date with no periods). */
  readonly evaluator: (comparedWith: IsoDate | null) => Evaluator;
  readonly baseCct: IsoDate;
  readonly listName: string;
  readonly plan: SavedPlan | null;
  readonly directAnswers: DirectAnswers | null;
  readonly nation: LtftNation;
};

/** The list of periods the address names, with how to save and work it out; or where to go instead. */
export function usePeriodList(): ListLookup {
  const params = useParams();
  const today = useToday();
  const outside = useOutsideLinks();
  const activePlan = usePlansStore(selectActivePlan);
  const setAnswers = usePlansStore((state) => state.setAnswers);
  const calculator = usePartTimeStore((state) => state.calculator);
  const allScenarios = usePartTimeStore((state) => state.scenarios);
  const { setCalculatorChanges, setScenarioChanges } = usePartTimeStore.getState();
  const context = params.context;
  const scenarioId = params.scenarioId ?? null;

  return useMemo((): ListLookup => {
    if (!isContext(context)) return { found: false, redirect: null };
    let parts: ListParts;
    if (context === 'plan') {
      if (!activePlan) return { found: false, redirect: partTimePaths.start };
      const answers = activePlan.answers;
      const own = timelineFor(answers, today);
      let baseCct: IsoDate | null;
      if (own.ok) {
        baseCct = own.timeline.partTime?.calculation.fullTimeCct ?? own.timeline.summary.cct;
      } else {
        // The periods may be what is wrong: the plan without them says whether the rest can be used.
        const fullTime = timelineFor(answersWithPeriods(answers, NO_PERIODS), today);
        if (!fullTime.ok) return { found: false, redirect: outside.yourRoute };
        baseCct = fullTime.timeline.summary.cct;
      }
      if (baseCct === null) return { found: false, redirect: 'no-training' };
      const fullTimeCct = baseCct;
      parts = {
        owner: planOwner(activePlan.id),
        ownChanges: answers.changes ?? NO_PERIODS,
        saveOwn: (changes) =>
          setAnswers(activePlan.id, { changes: changes.length > 0 ? changes : undefined }),
        evaluator: (comparedWith) => planEvaluator(answers, today, comparedWith ?? fullTimeCct),
        baseCct: fullTimeCct,
        listName: activePlan.name,
        plan: activePlan,
        directAnswers: null,
        // A plan names its nation (England when an old plan has none, as the timeline takes it).
        nation: ltftNationOf(answers.nation),
      };
    } else {
      const answers = directAnswersFrom(calculator.answers, today);
      if (answers === null) {
        const question = firstUnansweredDirectQuestion(calculator.answers, today) ?? 'nation';
        return { found: false, redirect: partTimePaths.question(question) };
      }
      parts = {
        owner: 'calculator',
        ownChanges: calculator.changes,
        saveOwn: setCalculatorChanges,
        evaluator: (comparedWith) => calculatorEvaluator(answers, today, comparedWith),
        baseCct: calculateDirect(answers, [], today).currentCct,
        listName: 'Your periods',
        plan: null,
        directAnswers: answers,
        nation: answers.nation,
      };
    }
    const scenarios = allScenarios[parts.owner] ?? [];
    const scenario = scenarioId === null ? null : scenarios.find((item) => item.id === scenarioId);
    if (scenario === undefined)
      return { found: false, redirect: partTimePaths.list({ context, scenarioId: null }) };
    const evaluateOwn = parts.evaluator(null);
    const ownOutcome = evaluateOwn(parts.ownChanges);
    const evaluateScenario = parts.evaluator(cctOf(ownOutcome) ?? parts.baseCct);
    const owner = parts.owner;
    return {
      found: true,
      list: {
        ref: { context, scenarioId },
        listName: scenario ? scenario.name : parts.listName,
        changes: scenario ? scenario.changes : parts.ownChanges,
        save: scenario
          ? (changes) => setScenarioChanges(owner, scenario.id, changes)
          : parts.saveOwn,
        evaluate: scenario ? evaluateScenario : evaluateOwn,
        outcome: scenario ? evaluateScenario(scenario.changes) : ownOutcome,
        ownChanges: parts.ownChanges,
        ownOutcome,
        baseCct: parts.baseCct,
        evaluateScenario,
        owner,
        scenarios,
        scenario,
        plan: parts.plan,
        directAnswers: parts.directAnswers,
        nation: parts.nation,
      },
    };
  }, [
    context,
    scenarioId,
    activePlan,
    calculator,
    allScenarios,
    setAnswers,
    setCalculatorChanges,
    setScenarioChanges,
    today,
    outside,
  ]);
}
