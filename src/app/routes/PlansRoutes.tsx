import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatLongDate, parseIsoDate } from '../../domain/dates';
import { answerSummary } from '../../features/plan-questions/answer-summary';
import { firstUnanswered, FIRST_QUESTION } from '../../features/plan-questions/flow';
import { ClearEverythingPage } from '../../features/saved-plans/ClearEverythingPage';
import { DeletePlanPage } from '../../features/saved-plans/DeletePlanPage';
import { DiscardUnreadablePage } from '../../features/saved-plans/DiscardUnreadablePage';
import { downloadSavedText } from '../../features/saved-plans/download-saved-text';
import {
  type PlanChangeMessage,
  type RenamedState,
  copiedMessage,
  renamedFrom,
} from '../../features/saved-plans/plan-changes';
import { type PlanListItem, PlansPage } from '../../features/saved-plans/PlansPage';
import { RenamePlanPage } from '../../features/saved-plans/RenamePlanPage';
import { type UnreadableData, paths, stepPath } from '../paths';
import { forgetSharedPlan } from '../../features/shared-plan/held-shared-plan';
import { freePlanName } from './SharedPlanRoute';
import { copyPlanWithScenarios, forgetScenariosOfDeletedPlans } from '../../state/plan-actions';
import { usePartTimeStore } from '../../state/part-time-store';
import { MAX_PLAN_NAME_LENGTH } from '../../domain/plan/plan-name';
import type { SavedPlan } from '../../domain/plan/saved-shapes';
import { usePlansStore } from '../../state/plans-store';
import { useSavedData } from '../../state/saved-data';
import { useInSessionMode } from '../../state/use-session-mode';

function describe(plan: SavedPlan): string {
  return answerSummary('where-are-you-now', plan.answers) ?? 'Not started';
}

function updatedOn(timestamp: string): string {
  const date = parseIsoDate(timestamp.slice(0, 10));
  return date ? formatLongDate(date) : 'at an unknown time';
}

/** Where a plan opens: its route once it has one, otherwise its next question. */
function openPath(plan: SavedPlan): string {
  const next = firstUnanswered(plan.answers);
  return next === 'check-answers' ? paths.yourRoute : stepPath(next);
}

export function PlansRoute() {
  const navigate = useNavigate();
  const plans = usePlansStore((state) => state.plans);
  const activePlanId = usePlansStore((state) => state.activePlanId);
  const lastDeleted = usePlansStore((state) => state.lastDeleted);
  const inSession = useInSessionMode();
  const { switchPlan, createPlan, setAnswers, undoDelete } = usePlansStore.getState();
  // A copy made here, or else a rename the rename page sent back, is confirmed in a banner.
  const [copied, setCopied] = useState<PlanChangeMessage | null>(null);
  const renamed = renamedFrom(useLocation().state);
  // Scenarios of plans deleted for good (beyond undo) are not kept on the device.
  useEffect(() => {
    forgetScenariosOfDeletedPlans();
  }, [plans]);

  const items: PlanListItem[] = plans.map((plan) => ({
    id: plan.id,
    name: plan.name,
    updated: updatedOn(plan.updatedAt),
    description: describe(plan),
    isActive: plan.id === activePlanId,
  }));
  return (
    <PlansPage
      plans={items}
      justDeleted={lastDeleted?.plan.name ?? null}
      onUndoDelete={undoDelete}
      onOpen={(id) => {
        switchPlan(id);
        const plan = plans.find((candidate) => candidate.id === id);
        if (plan) navigate(openPath(plan));
      }}
      justChanged={copied ?? renamed}
      onDuplicate={(id) => {
        const copyId = copyPlanWithScenarios(id);
        const original = plans.find((plan) => plan.id === id);
        const copy = usePlansStore.getState().plans.find((plan) => plan.id === copyId);
        if (original && copy) setCopied(copiedMessage(original.name, copy.name));
      }}
      onCreate={() => {
        createPlan();
        navigate(paths.question(FIRST_QUESTION));
      }}
      onOpenPlanFile={({ name, answers }) => {
        // createPlan opens the new plan; plans already saved are left as they are.
        const id = createPlan(freePlanName(name, plans));
        setAnswers(id, answers);
        const next = firstUnanswered(answers);
        navigate(next === 'check-answers' ? paths.yourRoute : stepPath(next));
      }}
      renameHref={paths.renamePlan}
      deleteHref={paths.deletePlan}
      clearHref={paths.clearEverything}
      inSession={inSession}
      startSessionHref={paths.startSession}
      compareHref={paths.compare()}
    />
  );
}

function usePlanFromAddress(): SavedPlan | undefined {
  const { planId } = useParams();
  return usePlansStore((state) => state.plans.find((plan) => plan.id === planId));
}

export function RenamePlanRoute() {
  const navigate = useNavigate();
  const plan = usePlanFromAddress();
  const renamePlan = usePlansStore((state) => state.renamePlan);
  if (!plan) return <Navigate to={paths.plans} replace />;
  return (
    <RenamePlanPage
      currentName={plan.name}
      maxLength={MAX_PLAN_NAME_LENGTH}
      backHref={paths.plans}
      onRename={(name) => {
        renamePlan(plan.id, name);
        // The store may tidy the name (spaces, length), so the banner gives the name it kept.
        const kept = usePlansStore.getState().plans.find((other) => other.id === plan.id)?.name;
        const state: RenamedState | undefined =
          kept === undefined || kept === plan.name
            ? undefined
            : { renamed: { from: plan.name, to: kept } };
        navigate(paths.plans, { state });
      }}
    />
  );
}

export function DeletePlanRoute() {
  const navigate = useNavigate();
  const plan = usePlanFromAddress();
  const deletePlan = usePlansStore((state) => state.deletePlan);
  if (!plan) return <Navigate to={paths.plans} replace />;
  return (
    <DeletePlanPage
      planName={plan.name}
      backHref={paths.plans}
      onDelete={() => {
        deletePlan(plan.id);
        navigate(paths.plans);
      }}
    />
  );
}

/** Asks before discarding unreadable plans or part-time data that no copy could be kept of. */
function DiscardUnreadableRoute({ data }: { readonly data: UnreadableData }) {
  const navigate = useNavigate();
  const plansHeld = usePlansStore((state) => state.loadProblem?.heldKey);
  const partTimeHeld = usePartTimeStore((state) => state.loadProblem?.heldKey);
  const heldKey = data === 'plans' ? plansHeld : partTimeHeld;
  const backHref = data === 'plans' ? paths.plans : paths.partTime;
  // Nothing is held (already discarded, or the page was reloaded with room for a copy).
  if (heldKey === undefined) return <Navigate to={backHref} replace />;
  return (
    <DiscardUnreadablePage
      what={data === 'plans' ? 'saved plans' : 'part-time answers and scenarios'}
      backHref={backHref}
      onDownload={() => downloadSavedText(heldKey)}
      onDiscard={() => {
        if (data === 'plans') usePlansStore.getState().discardUnreadableData();
        else usePartTimeStore.getState().discardUnreadableData();
        navigate(backHref);
      }}
    />
  );
}

export function ClearEverythingRoute() {
  const discard = useSearchParams()[0].get('discard');
  if (discard === 'plans' || discard === 'part-time') {
    return <DiscardUnreadableRoute data={discard} />;
  }
  return <ClearEverythingConfirmRoute />;
}

function ClearEverythingConfirmRoute() {
  const navigate = useNavigate();
  const saved = useSavedData();
  const inSession = useInSessionMode();
  const clearEverything = usePlansStore((state) => state.clearEverything);
  const resetPartTime = usePartTimeStore((state) => state.reset);
  return (
    <ClearEverythingPage
      saved={saved}
      inSession={inSession}
      backHref={paths.plans}
      onClear={() => {
        clearEverything();
        // Part-time answers and scenarios too: their storage key went with the rest.
        resetPartTime();
        // And a plan held in memory from a link opened in this tab.
        forgetSharedPlan();
        navigate(paths.start, { state: { cleared: true } });
      }}
    />
  );
}
