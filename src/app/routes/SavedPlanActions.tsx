import { useNavigate } from 'react-router';
import { firstUnanswered, FIRST_QUESTION } from '../../features/plan-questions/flow';
import { StartActions } from '../../features/start/StartActions';
import { paths, stepPath } from '../paths';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';

/** The start page's buttons, which depend on whether a plan is saved on this device. */
export function SavedPlanActions() {
  const navigate = useNavigate();
  const activePlan = usePlansStore(selectActivePlan);
  const createPlan = usePlansStore((state) => state.createPlan);
  const hasAnswers = activePlan !== null && Object.keys(activePlan.answers).length > 0;
  const next = activePlan ? firstUnanswered(activePlan.answers) : FIRST_QUESTION;
  return (
    <StartActions
      savedPlan={
        hasAnswers && activePlan
          ? {
              name: activePlan.name,
              continueHref: next === 'check-answers' ? paths.yourRoute : stepPath(next),
            }
          : null
      }
      onStart={() => {
        // An empty open plan is reused rather than leaving an unused one behind.
        if (hasAnswers || !activePlan) createPlan();
        navigate(paths.question(FIRST_QUESTION));
      }}
      plansHref={paths.plans}
    />
  );
}
