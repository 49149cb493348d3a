/**
 * The part-time pages wired to the stores and the router: the two ways in, the direct calculator's
 * questions, and lists of periods (a saved plan's own, the calculator's, or a scenario beside either)
 * with the period editor. The engines work out every result here and pass it to the feature pages.
 */
import { useMemo } from 'react';
import { Link, Navigate, Outlet, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  type ChangeKind,
  DIRECT_QUESTIONS,
  type DirectAnswers,
  type DirectQuestion,
  type SavedDirectAnswers,
  calculateDirect,
  directAnswersFrom,
  firstUnansweredDirectQuestion,
  isChangeKind,
  scenarioRows,
  MAX_SCENARIOS,
} from '../../domain/cct';
import { type IsoDate, addDays, formatLongDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import { buildTimeline } from '../../domain/timeline/build-timeline';
import { CalculatorAnswersSummary } from '../../features/part-time/CalculatorAnswersSummary';
import { CalculatorHoursQuestion } from '../../features/part-time/CalculatorHoursQuestion';
import type { CalculatorQuestionProps } from '../../features/part-time/calculator-props';
import { CalculatorStageQuestion } from '../../features/part-time/CalculatorStageQuestion';
import { CalculatorTrainingLeftQuestion } from '../../features/part-time/CalculatorTrainingLeftQuestion';
import { DeleteScenarioPage } from '../../features/part-time/DeleteScenarioPage';
import { PartTimeStartPage } from '../../features/part-time/PartTimeStartPage';
import { PeriodDetailsPage } from '../../features/part-time/PeriodDetailsPage';
import { PeriodKindPage } from '../../features/part-time/PeriodKindPage';
import { PeriodsPage } from '../../features/part-time/PeriodsPage';
import { RemovePeriodPage } from '../../features/part-time/RemovePeriodPage';
import { ScenarioNamePage } from '../../features/part-time/ScenarioNamePage';
import { ScenariosTable } from '../../features/part-time/ScenariosTable';
import type { PeriodsOutcome, ProgrammeWorking, SavedChange } from '../../features/part-time/types';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { usePageTitle } from '../../ui/usePageTitle';
import { type PartTimeContext, type PeriodListRef, partTimePaths, paths } from '../paths';
import {
  type SavedScenario,
  type ScenarioOwner,
  planOwner,
  usePartTimeStore,
} from '../store/part-time-store';
import {
  MAX_PLAN_NAME_LENGTH,
  type SavedPlan,
  selectActivePlan,
  usePlansStore,
} from '../store/plans-store';
import { useToday } from '../today';
import { NotFoundPage } from './NotFoundPage';

const NO_CHANGES: readonly SavedChange[] = [];

// ---------------------------------------------------------------------------------------------------
// Working out a list of periods

type Evaluator = (changes: readonly SavedChange[]) => PeriodsOutcome;

function planEvaluator(answers: PlanAnswers, today: IsoDate, comparedWith: IsoDate): Evaluator {
  const fullTime = buildTimeline({ ...answers, changes: undefined }, today);
  return (changes) => {
    const fullTimeCct = fullTime.ok ? fullTime.timeline.summary.cct : null;
    if (changes.length === 0 && fullTimeCct !== null) return { kind: 'none', cct: fullTimeCct };
    const result = buildTimeline({ ...answers, changes }, today);
    if (!result.ok) return { kind: 'errors', errors: result.errors };
    const partTime = result.timeline.partTime;
    if (partTime === null)
      return { kind: 'errors', errors: [{ field: 'changes', message: 'Add a period' }] };
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

const PROGRAMME_TITLES = {
  foundation: 'Foundation Programme',
  core: 'Core training',
  higher: 'Higher specialty training (ST4 to ST7)',
} as const;

const PROGRAMME_NAMES = {
  foundation: 'the Foundation Programme',
  core: 'core training',
  higher: 'higher specialty training',
} as const;

function calculatorEvaluator(
  answers: DirectAnswers,
  today: IsoDate,
  comparedWith: IsoDate | null,
): Evaluator {
  return (changes) => {
    const direct = calculateDirect(answers, changes, today);
    if (changes.length === 0) return { kind: 'none', cct: direct.currentCct };
    if (!direct.result.ok) return { kind: 'errors', errors: direct.result.errors };
    return {
      kind: 'result',
      calculation: direct.result,
      comparedWith: comparedWith ?? direct.currentCct,
    };
  };
}

function cctOf(outcome: PeriodsOutcome): IsoDate | null {
  if (outcome.kind === 'none') return outcome.cct;
  return outcome.kind === 'result' ? outcome.calculation.cct : null;
}

function problemOf(outcome: PeriodsOutcome): string | null {
  return outcome.kind === 'errors' ? (outcome.errors[0]?.message ?? null) : null;
}

/** The position an error names (`changes[2].start` is 2), or null. */
function indexNamed(field: string): number | null {
  const match = /^changes\[(\d+)\]/.exec(field);
  return match ? Number(match[1]) : null;
}

// ---------------------------------------------------------------------------------------------------
// Which list of periods the address names

type PeriodList = {
  readonly ref: PeriodListRef;
  /** Whose periods, for captions: the plan's name, "Your periods", a scenario's name. */
  readonly listName: string;
  readonly changes: readonly SavedChange[];
  readonly save: (changes: readonly SavedChange[]) => void;
  /** Works out this list of periods (or the list with a period added or changed). */
  readonly evaluate: Evaluator;
  /** The owner's own periods (for a scenario, the ones it sits beside), and what they come to. */
  readonly ownChanges: readonly SavedChange[];
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
};

type ListLookup =
  | { readonly found: true; readonly list: PeriodList }
  /** Where to go instead; null for a page that does not exist; 'no-training' for a finished plan. */
  | { readonly found: false; readonly redirect: string | null | 'no-training' };

function isContext(value: string | undefined): value is PartTimeContext {
  return value === 'plan' || value === 'calculator';
}

type ListParts = {
  readonly owner: ScenarioOwner;
  readonly ownChanges: readonly SavedChange[];
  readonly saveOwn: (changes: readonly SavedChange[]) => void;
  /** An evaluator comparing with the given date (null: the date with no periods). */
  readonly evaluator: (comparedWith: IsoDate | null) => Evaluator;
  readonly baseCct: IsoDate;
  readonly listName: string;
  readonly plan: SavedPlan | null;
  readonly directAnswers: DirectAnswers | null;
};

/** The list of periods the address names, with how to save and work it out; or where to go instead. */
function usePeriodList(): ListLookup {
  const params = useParams();
  const today = useToday();
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
      if (!activePlan) return { found: false, redirect: paths.partTime };
      const answers = activePlan.answers;
      const fullTime = buildTimeline({ ...answers, changes: undefined }, today);
      if (!fullTime.ok) return { found: false, redirect: paths.yourRoute };
      const fullTimeCct = fullTime.timeline.summary.cct;
      if (fullTimeCct === null) return { found: false, redirect: 'no-training' };
      parts = {
        owner: planOwner(activePlan.id),
        ownChanges: answers.changes ?? NO_CHANGES,
        saveOwn: (changes) =>
          setAnswers(activePlan.id, { changes: changes.length > 0 ? changes : undefined }),
        evaluator: (comparedWith) => planEvaluator(answers, today, comparedWith ?? fullTimeCct),
        baseCct: fullTimeCct,
        listName: activePlan.name,
        plan: activePlan,
        directAnswers: null,
      };
    } else {
      const answers = directAnswersFrom(calculator.answers, today);
      if (answers === null) {
        const question = firstUnansweredDirectQuestion(calculator.answers, today) ?? 'stage';
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
        ownChanges: parts.ownChanges,
        ownOutcome,
        baseCct: parts.baseCct,
        evaluateScenario,
        owner,
        scenarios,
        scenario,
        plan: parts.plan,
        directAnswers: parts.directAnswers,
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
  ]);
}

function Redirect({ to }: { readonly to: string | null | 'no-training' }) {
  if (to === 'no-training') return <NoTrainingLeft />;
  return to === null ? <NotFoundPage /> : <Navigate to={to} replace />;
}

// ---------------------------------------------------------------------------------------------------
// Pages

/** Around every part-time page: says when another tab or window changed what is shown. */
export function PartTimeShell() {
  const notice = usePartTimeStore((state) => state.otherTabNotice);
  const dismiss = usePartTimeStore((state) => state.dismissOtherTabNotice);
  return (
    <>
      {notice && (
        <NotificationBanner
          id="part-time-other-tab"
          title="Important"
          heading={notice}
          onHide={dismiss}
        />
      )}
      <Outlet />
    </>
  );
}

/** /part-time: the two ways in. */
export function PartTimeStartRoute() {
  const activePlan = usePlansStore(selectActivePlan);
  const plan =
    activePlan &&
    activePlan.answers.now !== undefined &&
    activePlan.answers.now.stage !== 'consultant'
      ? {
          name: activePlan.name,
          href: partTimePaths.list({ context: 'plan', scenarioId: null }),
        }
      : null;
  return (
    <PartTimeStartPage
      plan={plan}
      startPlanHref={paths.start}
      calculatorHref={partTimePaths.list({ context: 'calculator', scenarioId: null })}
    />
  );
}

const QUESTION_PAGES: Readonly<
  Record<DirectQuestion, (props: CalculatorQuestionProps) => React.JSX.Element>
> = {
  stage: CalculatorStageQuestion,
  'training-left': CalculatorTrainingLeftQuestion,
  hours: CalculatorHoursQuestion,
};

function isDirectQuestion(value: string | undefined): value is DirectQuestion {
  return (DIRECT_QUESTIONS as readonly (string | undefined)[]).includes(value);
}

/** /part-time/calculator/:questionId: one of the direct calculator's questions. */
export function CalculatorQuestionRoute() {
  const { questionId } = useParams();
  const navigate = useNavigate();
  const today = useToday();
  const answers = usePartTimeStore((state) => state.calculator.answers);
  const setCalculatorAnswers = usePartTimeStore((state) => state.setCalculatorAnswers);
  if (!isDirectQuestion(questionId)) return <NotFoundPage />;
  const position = DIRECT_QUESTIONS.indexOf(questionId);
  const previous = DIRECT_QUESTIONS[position - 1];
  const onSave = (changes: Partial<SavedDirectAnswers>) => {
    setCalculatorAnswers(changes);
    const next = firstUnansweredDirectQuestion({ ...answers, ...changes }, today);
    navigate(
      next === null
        ? partTimePaths.list({ context: 'calculator', scenarioId: null })
        : partTimePaths.question(next),
    );
  };
  const Page = QUESTION_PAGES[questionId];
  return (
    <Page
      key={questionId}
      answers={answers}
      today={today}
      backHref={previous ? partTimePaths.question(previous) : paths.partTime}
      onSave={onSave}
    />
  );
}

/** The plan has no training left to add periods to. */
function NoTrainingLeft() {
  usePageTitle('Part-time training and time out');
  return (
    <>
      <h1>Part-time training and time out</h1>
      <p>Your plan has no training left to add periods to.</p>
      <p>
        <Link to={paths.yourRoute}>See your route</Link>
      </p>
    </>
  );
}

/** A list of periods with what they do: the plan's, the calculator's, or a scenario's. */
export function PeriodsRoute() {
  const today = useToday();
  const lookup = usePeriodList();
  if (!lookup.found) return <Redirect to={lookup.redirect} />;
  const { list } = lookup;
  const { ref } = list;
  const outcome = list.evaluate(list.changes);
  const links = {
    add: partTimePaths.addPeriod(ref),
    change: (index: number) => partTimePaths.period(ref, index),
    remove: (index: number) => partTimePaths.removePeriod(ref, index),
  };
  const baseDate = formatLongDate(list.baseCct);
  const atCurrentHours = list.directAnswers !== null && list.directAnswers.currentWte < 1;

  if (list.scenario) {
    const scenario = list.scenario;
    return (
      <PeriodsPage
        key={scenario.id}
        title={scenario.name}
        caption="Scenario"
        backHref={partTimePaths.list({ context: ref.context, scenarioId: null })}
        intro={
          <>
            <p>
              A scenario is a separate list of periods to compare with your current plan. It does
              not change your current plan.
            </p>
            <ul className="nhsuk-list">
              <li>
                <Link to={partTimePaths.renameScenario(ref.context, scenario.id)}>
                  Rename this scenario
                </Link>
              </li>
              <li>
                <Link to={partTimePaths.deleteScenario(ref.context, scenario.id)}>
                  Delete this scenario
                </Link>
              </li>
            </ul>
          </>
        }
        changes={list.changes}
        outcome={outcome}
        comparedLabel="your current plan"
        emptyText={`With no periods, your CCT date is ${baseDate}. Add a period to see how it changes.`}
        today={today}
        links={links}
      />
    );
  }

  const rows = scenarioRows(
    {
      id: null,
      name: 'Your current plan',
      cct: cctOf(list.ownOutcome),
      problem: problemOf(list.ownOutcome),
    },
    list.scenarios.map((scenario) => {
      const scenarioOutcome = list.evaluateScenario(scenario.changes);
      return {
        id: scenario.id,
        name: scenario.name,
        cct: cctOf(scenarioOutcome),
        problem: problemOf(scenarioOutcome),
      };
    }),
  );
  const scenariosTable = (
    <ScenariosTable
      rows={rows}
      scenarioHref={(id) => partTimePaths.list({ context: ref.context, scenarioId: id })}
      addHref={
        list.scenarios.length < MAX_SCENARIOS ? partTimePaths.newScenario(ref.context) : null
      }
    />
  );

  if (list.plan) {
    return (
      <PeriodsPage
        title="Part-time training and time out"
        caption={list.plan.name}
        backHref={paths.yourRoute}
        intro={
          <p>
            Add training less than full time, time out of programme, leave and sickness to your
            plan. They apply to all of your postgraduate training, and every later step of{' '}
            <Link to={paths.yourRoute}>your route</Link> moves with them.
          </p>
        }
        changes={list.changes}
        outcome={outcome}
        comparedLabel="the full-time date"
        emptyText={`Full time, your CCT date is ${baseDate}. Add a period to see how it changes.`}
        today={today}
        links={links}
        after={
          <>
            <p>
              <Link to={paths.yourRoute}>See your route with these periods</Link>
            </p>
            {scenariosTable}
          </>
        }
      />
    );
  }
  return (
    <PeriodsPage
      title="Your new CCT date"
      caption="Work out a new CCT date"
      backHref={partTimePaths.question('hours')}
      intro={
        list.directAnswers && (
          <CalculatorAnswersSummary
            answers={list.directAnswers}
            questionHref={partTimePaths.question}
          />
        )
      }
      changes={list.changes}
      outcome={outcome}
      comparedLabel={
        atCurrentHours ? 'your CCT date at your current hours' : 'your current CCT date'
      }
      emptyText={`${atCurrentHours ? 'At your current hours' : 'Full time'}, your CCT date is ${baseDate}. Add what you plan, one period at a time, to see how it changes.`}
      today={today}
      links={links}
      after={scenariosTable}
    />
  );
}

function readIndex(value: string | undefined, count: number): number | 'new' | null {
  if (value === 'new') return 'new';
  if (value === undefined || !/^\d+$/.test(value)) return null;
  const index = Number(value);
  return index < count ? index : null;
}

/** Adding a period, step 1, or changing a period's kind: what kind of period. */
export function PeriodKindRoute() {
  const { index: indexParam } = useParams();
  const navigate = useNavigate();
  const lookup = usePeriodList();
  if (!lookup.found) return <Redirect to={lookup.redirect} />;
  const { list } = lookup;
  const index = readIndex(indexParam ?? 'new', list.changes.length);
  if (index === null) return <Navigate to={partTimePaths.list(list.ref)} replace />;
  const saved = index === 'new' ? null : list.changes[index];
  const savedKind = saved && isChangeKind(saved.kind) ? saved.kind : null;
  return (
    <PeriodKindPage
      kind={index === 'new' ? null : savedKind}
      listName={list.listName}
      backHref={
        index === 'new' ? partTimePaths.list(list.ref) : partTimePaths.period(list.ref, index)
      }
      onChoose={(kind) =>
        navigate(
          index === 'new'
            ? partTimePaths.newPeriod(list.ref, kind)
            : partTimePaths.period(list.ref, index, kind === savedKind ? undefined : kind),
        )
      }
    />
  );
}

/** Adding a period, step 2, or changing one: its dates and what it needs. */
export function PeriodDetailsRoute() {
  const { index: indexParam, kind: kindParam } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const lookup = usePeriodList();
  if (!lookup.found) return <Redirect to={lookup.redirect} />;
  const { list } = lookup;
  const index = readIndex(indexParam ?? 'new', list.changes.length);
  if (index === null) return <Navigate to={partTimePaths.list(list.ref)} replace />;
  const saved = index === 'new' ? null : (list.changes[index] ?? null);
  const requested = index === 'new' ? kindParam : (searchParams.get('kind') ?? saved?.kind);
  if (!isChangeKind(requested)) {
    return (
      <Navigate
        to={
          index === 'new'
            ? partTimePaths.addPeriod(list.ref)
            : partTimePaths.periodKind(list.ref, index)
        }
        replace
      />
    );
  }
  const kind: ChangeKind = requested;
  const position = index === 'new' ? list.changes.length : index;
  const withPeriod = (change: SavedChange) =>
    index === 'new' ? [...list.changes, change] : list.changes.with(index, change);

  const check = (change: SavedChange) => {
    const after = list.evaluate(withPeriod(change));
    if (after.kind !== 'errors') return [];
    const without = list.changes.filter((_, other) => other !== position);
    const before = list.evaluate(without);
    const known = new Set(before.kind === 'errors' ? before.errors.map((e) => e.message) : []);
    return after.errors.filter((error) => {
      const named = indexNamed(error.field);
      return named === position || !known.has(error.message);
    });
  };
  return (
    <PeriodDetailsPage
      key={`${list.ref.context}-${list.ref.scenarioId ?? ''}-${index}-${kind}`}
      kind={kind}
      saved={saved}
      listName={list.listName}
      backHref={index === 'new' ? partTimePaths.addPeriod(list.ref) : partTimePaths.list(list.ref)}
      changeKindHref={
        index === 'new'
          ? partTimePaths.addPeriod(list.ref)
          : partTimePaths.periodKind(list.ref, index)
      }
      check={check}
      onSave={(change) => {
        list.save(withPeriod(change));
        navigate(partTimePaths.list(list.ref));
      }}
    />
  );
}

/** Removing a period, after asking. */
export function RemovePeriodRoute() {
  const { index: indexParam } = useParams();
  const navigate = useNavigate();
  const lookup = usePeriodList();
  if (!lookup.found) return <Redirect to={lookup.redirect} />;
  const { list } = lookup;
  const index = readIndex(indexParam, list.changes.length);
  const change = typeof index === 'number' ? list.changes[index] : undefined;
  if (typeof index !== 'number' || change === undefined)
    return <Navigate to={partTimePaths.list(list.ref)} replace />;
  return (
    <RemovePeriodPage
      change={change}
      listName={list.listName}
      backHref={partTimePaths.list(list.ref)}
      onRemove={() => {
        list.save(list.changes.filter((_, other) => other !== index));
        navigate(partTimePaths.list(list.ref));
      }}
    />
  );
}

/** Adding a scenario, or renaming one. */
export function ScenarioNameRoute() {
  const navigate = useNavigate();
  const lookup = usePeriodList();
  const addScenario = usePartTimeStore((state) => state.addScenario);
  const renameScenario = usePartTimeStore((state) => state.renameScenario);
  if (!lookup.found) return <Redirect to={lookup.redirect} />;
  const { list } = lookup;
  const context = list.ref.context;
  const ownList = partTimePaths.list({ context, scenarioId: null });
  if (list.scenario === null && list.scenarios.length >= MAX_SCENARIOS)
    return <Navigate to={ownList} replace />;
  const scenario = list.scenario;
  return (
    <ScenarioNamePage
      currentName={scenario?.name ?? null}
      maxLength={MAX_PLAN_NAME_LENGTH}
      backHref={scenario ? partTimePaths.list(list.ref) : ownList}
      emptyLabel={
        context === 'calculator' && list.directAnswers && list.directAnswers.currentWte < 1
          ? 'Your current hours to the end'
          : 'Full time to the end'
      }
      onSave={(name, start) => {
        if (scenario) {
          renameScenario(list.owner, scenario.id, name);
          navigate(partTimePaths.list(list.ref));
          return;
        }
        const id = addScenario(list.owner, name, start === 'copy' ? list.ownChanges : []);
        navigate(id === '' ? ownList : partTimePaths.list({ context, scenarioId: id }));
      }}
    />
  );
}

/** Deleting a scenario, after asking. */
export function DeleteScenarioRoute() {
  const navigate = useNavigate();
  const lookup = usePeriodList();
  const deleteScenario = usePartTimeStore((state) => state.deleteScenario);
  if (!lookup.found) return <Redirect to={lookup.redirect} />;
  const { list } = lookup;
  const scenario = list.scenario;
  const ownList = partTimePaths.list({ context: list.ref.context, scenarioId: null });
  if (scenario === null) return <Navigate to={ownList} replace />;
  return (
    <DeleteScenarioPage
      name={scenario.name}
      backHref={partTimePaths.list(list.ref)}
      onDelete={() => {
        deleteScenario(list.owner, scenario.id);
        navigate(ownList);
      }}
    />
  );
}
