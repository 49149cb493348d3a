/**
 * The part-time pages as the router shows them: the two ways in, the direct calculator's questions, and
 * lists of periods (a saved plan's own, the calculator's, or a scenario beside either) with the period
 * editor. Each reads its list through usePeriodList, which works each list out once.
 */
import { Link, Navigate, Outlet, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  type ChangeKind,
  DIRECT_QUESTIONS,
  type DirectQuestion,
  type SavedDirectAnswers,
  firstUnansweredDirectQuestion,
  isChangeKind,
  scenarioRows,
  MAX_SCENARIOS,
} from '../../domain/cct';
import type { Period, PeriodId } from '../../domain/cct/period';
import { formatLongDate } from '../../domain/dates';
import { usePartTimeStore } from '../../state/part-time-store';
import { newPeriodId } from '../../state/period-ids';
import { MAX_PLAN_NAME_LENGTH } from '../../domain/plan/plan-name';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { useToday } from '../../state/today';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { usePageTitle } from '../../ui/usePageTitle';
import { CalculatorAnswersSummary } from './CalculatorAnswersSummary';
import { CalculatorHoursQuestion } from './CalculatorHoursQuestion';
import { CalculatorNationQuestion } from './CalculatorNationQuestion';
import type { CalculatorQuestionProps } from './calculator-props';
import { CalculatorStageQuestion } from './CalculatorStageQuestion';
import { CalculatorTrainingLeftQuestion } from './CalculatorTrainingLeftQuestion';
import { DeleteScenarioPage } from './DeleteScenarioPage';
import { cctOf, problemOf } from './evaluate';
import { PartTimeStartPage } from './PartTimeStartPage';
import { partTimePaths } from './paths';
import { PeriodDetailsPage } from './PeriodDetailsPage';
import { PeriodKindPage } from './PeriodKindPage';
import { PeriodsPage } from './PeriodsPage';
import { RemovePeriodPage } from './RemovePeriodPage';
import { ScenarioNamePage } from './ScenarioNamePage';
import { ScenariosTable } from './ScenariosTable';
import type { PeriodError } from './types';
import {
  type OutsideLinks,
  OutsideLinksContext,
  useOutsideLinks,
  usePeriodList,
} from './use-period-list';

export type { OutsideLinks };

function Redirect({ to }: { readonly to: string | null | 'no-training' }) {
  const { notFound } = useOutsideLinks();
  if (to === 'no-training') return <NoTrainingLeft />;
  return to === null ? notFound : <Navigate to={to} replace />;
}

// ---------------------------------------------------------------------------------------------------
// Pages

/**
 * Around every part-time page: gives the pages the addresses outside them, and says when another tab
 * or window changed what is shown.
 */
export function PartTimeShell({ outside }: { readonly outside: OutsideLinks }) {
  const notice = usePartTimeStore((state) => state.otherTabNotice);
  const dismiss = usePartTimeStore((state) => state.dismissOtherTabNotice);
  return (
    <OutsideLinksContext value={outside}>
      {notice && (
        <NotificationBanner
          id="part-time-other-tab"
          title="Important"
          heading={notice}
          onHide={dismiss}
        />
      )}
      <Outlet />
    </OutsideLinksContext>
  );
}

/** /part-time: the two ways in. */
export function PartTimeStartRoute() {
  const outside = useOutsideLinks();
  const today = useToday();
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
      startPlanHref={outside.start}
      calculatorHref={partTimePaths.list({ context: 'calculator', scenarioId: null })}
      today={today}
    />
  );
}

const QUESTION_PAGES: Readonly<
  Record<DirectQuestion, (props: CalculatorQuestionProps) => React.JSX.Element>
> = {
  nation: CalculatorNationQuestion,
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
  const { notFound } = useOutsideLinks();
  if (!isDirectQuestion(questionId)) return notFound;
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
      backHref={previous ? partTimePaths.question(previous) : partTimePaths.start}
      onSave={onSave}
    />
  );
}

/** The plan has no training left to add periods to. */
function NoTrainingLeft() {
  const outside = useOutsideLinks();
  usePageTitle('Part-time training and time out');
  return (
    <>
      <h1>Part-time training and time out</h1>
      <p>Your plan has no training left to add periods to.</p>
      <p>
        <Link to={outside.yourRoute}>See your route</Link>
      </p>
    </>
  );
}

/** A list of periods with what they do: the plan's, the calculator's, or a scenario's. */
export function PeriodsRoute() {
  const today = useToday();
  const outside = useOutsideLinks();
  const lookup = usePeriodList();
  if (!lookup.found) return <Redirect to={lookup.redirect} />;
  const { list } = lookup;
  const { ref } = list;
  const { outcome } = list;
  const links = {
    add: partTimePaths.addPeriod(ref),
    change: (id: PeriodId) => partTimePaths.period(ref, id),
    remove: (id: PeriodId) => partTimePaths.removePeriod(ref, id),
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
        nation={list.nation}
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
        backHref={outside.yourRoute}
        intro={
          <p>
            Add training less than full time, time out of programme, leave and sickness to your
            plan. They apply to all of your postgraduate training, and every later step of{' '}
            <Link to={outside.yourRoute}>your route</Link> moves with them.
          </p>
        }
        changes={list.changes}
        outcome={outcome}
        comparedLabel="the full-time date"
        emptyText={`Full time, your CCT date is ${baseDate}. Add a period to see how it changes.`}
        today={today}
        nation={list.nation}
        links={links}
        after={
          <>
            <p>
              <Link to={outside.yourRoute}>See your route with these periods</Link>
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
      nation={list.nation}
      links={links}
      after={scenariosTable}
    />
  );
}

/** The period the address names, or null when there is none (a removed period, a stale page). */
function periodNamed(list: readonly Period[], id: string | undefined): Period | null {
  return list.find((period) => period.id === id) ?? null;
}

/** Adding a period, step 1, or changing a period's kind: what kind of period. */
export function PeriodKindRoute() {
  const { periodId } = useParams();
  const navigate = useNavigate();
  const lookup = usePeriodList();
  if (!lookup.found) return <Redirect to={lookup.redirect} />;
  const { list } = lookup;
  const saved = periodId === undefined ? null : periodNamed(list.changes, periodId);
  if (periodId !== undefined && saved === null)
    return <Navigate to={partTimePaths.list(list.ref)} replace />;
  return (
    <PeriodKindPage
      kind={saved?.kind ?? null}
      listName={list.listName}
      backHref={saved ? partTimePaths.period(list.ref, saved.id) : partTimePaths.list(list.ref)}
      onChoose={(kind) =>
        navigate(
          saved
            ? partTimePaths.period(list.ref, saved.id, kind === saved.kind ? undefined : kind)
            : partTimePaths.newPeriod(list.ref, kind),
        )
      }
    />
  );
}

/** Errors in `after` that are not in `before`: the ones a change to the list brings. */
function newErrors(
  before: readonly PeriodError[],
  after: readonly PeriodError[],
): readonly PeriodError[] {
  const known = new Set(before.map((error) => `${error.periodId}|${error.field}|${error.message}`));
  return after.filter((error) => !known.has(`${error.periodId}|${error.field}|${error.message}`));
}

/** Adding a period, step 2, or changing one: its dates and what it needs. */
export function PeriodDetailsRoute() {
  const { periodId, kind: kindParam } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const today = useToday();
  const lookup = usePeriodList();
  if (!lookup.found) return <Redirect to={lookup.redirect} />;
  const { list } = lookup;
  const saved = periodId === undefined ? null : periodNamed(list.changes, periodId);
  if (periodId !== undefined && saved === null)
    return <Navigate to={partTimePaths.list(list.ref)} replace />;
  const requested = saved === null ? kindParam : (searchParams.get('kind') ?? saved.kind);
  if (!isChangeKind(requested)) {
    return (
      <Navigate
        to={
          saved === null
            ? partTimePaths.addPeriod(list.ref)
            : partTimePaths.periodKind(list.ref, saved.id)
        }
        replace
      />
    );
  }
  const kind: ChangeKind = requested;
  const others = saved === null ? list.changes : list.changes.filter((other) => other !== saved);
  const withPeriod = (period: Period) =>
    saved === null
      ? [...list.changes, period]
      : list.changes.map((other) => (other === saved ? period : other));

  /**
   * The errors the period brings: every error naming it, and any naming another period that the list
   * without it does not have (an overlap is named on the later of the two).
   */
  const check = (period: Period): readonly PeriodError[] => {
    const after = list.evaluate(withPeriod(period));
    if (after.kind !== 'errors') return [];
    const before = list.evaluate(others);
    return newErrors(before.kind === 'errors' ? before.errors : [], after.errors);
  };
  return (
    <PeriodDetailsPage
      key={`${list.ref.context}-${list.ref.scenarioId ?? ''}-${saved?.id ?? 'new'}-${kind}`}
      kind={kind}
      saved={saved}
      periodId={saved?.id ?? newPeriodId(list.changes)}
      listName={list.listName}
      today={today}
      nation={list.nation}
      backHref={saved === null ? partTimePaths.addPeriod(list.ref) : partTimePaths.list(list.ref)}
      changeKindHref={
        saved === null
          ? partTimePaths.addPeriod(list.ref)
          : partTimePaths.periodKind(list.ref, saved.id)
      }
      check={check}
      onSave={(period) => {
        list.save(withPeriod(period));
        navigate(partTimePaths.list(list.ref));
      }}
    />
  );
}

/** Removing a period, after asking. */
export function RemovePeriodRoute() {
  const { periodId } = useParams();
  const navigate = useNavigate();
  const lookup = usePeriodList();
  if (!lookup.found) return <Redirect to={lookup.redirect} />;
  const { list } = lookup;
  const period = periodNamed(list.changes, periodId);
  if (period === null) return <Navigate to={partTimePaths.list(list.ref)} replace />;
  return (
    <RemovePeriodPage
      period={period}
      listName={list.listName}
      backHref={partTimePaths.list(list.ref)}
      onRemove={() => {
        list.save(list.changes.filter((other) => other.id !== period.id));
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
