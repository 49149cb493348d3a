import { useNavigate, useSearchParams } from 'react-router';
import { ComparePage } from '../../features/compare/ComparePage';
import { paths } from '../paths';
import { usePlansStore } from '../../state/plans-store';
import { useToday } from '../../state/today';

/**
 * Two saved plans side by side. The choice is in the address (?first=…&second=…), so back and forward
 * work; without one, the open plan is compared with the next saved plan.
 */
export function CompareRoute() {
  const today = useToday();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const plans = usePlansStore((state) => state.plans);
  const activePlanId = usePlansStore((state) => state.activePlanId);

  const chosenFirst = searchParams.get('first');
  const chosenSecond = searchParams.get('second');
  const chosen = chosenFirst !== null || chosenSecond !== null;
  const suggestedFirst = activePlanId ?? plans[0]?.id ?? '';
  const suggestedSecond = plans.find((plan) => plan.id !== suggestedFirst)?.id ?? '';
  const firstId = chosenFirst ?? suggestedFirst;
  const secondId = chosenSecond ?? suggestedSecond;

  return (
    <ComparePage
      // A new address (back, forward, a new choice) starts the form afresh from it.
      key={`${firstId}|${secondId}|${String(chosen)}`}
      plans={plans}
      firstId={firstId}
      secondId={secondId}
      chosen={chosen}
      today={today}
      links={{ plans: paths.plans }}
      onCompare={(first, second) => navigate(paths.compare(first, second))}
      onOpen={(planId) => {
        usePlansStore.getState().switchPlan(planId);
        navigate(paths.yourRoute);
      }}
    />
  );
}
