import { useNavigate } from 'react-router';
import { RolesPage } from '../../features/roles/RolesPage';
import { paths } from '../paths';
import { copyPlanWithScenarios } from '../../state/plan-actions';
import { MAX_PLAN_NAME_LENGTH } from '../../domain/plan/plan-name';
import type { SavedPlan } from '../../domain/plan/saved-shapes';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { useToday } from '../../state/today';

/**
 * "<label> (copy of <name>)", cut to the length limit, with " (2)" and so on when a plan already has
 * that name.
 */
export function variantPlanName(
  label: string,
  originalName: string,
  plans: readonly SavedPlan[],
): string {
  const taken = new Set(plans.map((plan) => plan.name.toLowerCase()));
  const base = `${label} (copy of ${originalName})`;
  for (let copy = 1; ; copy += 1) {
    const suffix = copy === 1 ? '' : ` (${copy})`;
    // Cut without leaving half of a character made of two code units (an emoji) at the end.
    const cut = base.slice(0, MAX_PLAN_NAME_LENGTH - suffix.length).replace(/[\uD800-\uDBFF]$/, '');
    const candidate = `${cut.trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Roles in palliative medicine, with the open plan's checklist and the academic route as a new plan. */
export function RolesRoute() {
  const today = useToday();
  const navigate = useNavigate();
  const activePlan = usePlansStore(selectActivePlan);
  return (
    <RolesPage
      plan={activePlan ? { name: activePlan.name, answers: activePlan.answers } : null}
      today={today}
      links={{ start: paths.start, yourRoute: paths.yourRoute, sources: paths.sources }}
      onReflectionsChange={(reflections) => {
        if (activePlan) usePlansStore.getState().setAnswers(activePlan.id, { reflections });
      }}
      onOpenAcademicRoute={(answers) => {
        if (!activePlan) return;
        const { plans, renamePlan, setAnswers, switchPlan } = usePlansStore.getState();
        const name = variantPlanName('Academic route', activePlan.name, plans);
        // The copy opens as the active plan; the original keeps its answers.
        const copyId = copyPlanWithScenarios(activePlan.id);
        if (copyId === '') return;
        renamePlan(copyId, name);
        setAnswers(copyId, answers);
        switchPlan(copyId);
        navigate(paths.yourRoute);
      }}
    />
  );
}
