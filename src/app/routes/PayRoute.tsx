import { Navigate } from 'react-router';
import { firstUnanswered } from '../../features/plan-questions/flow';
import { PayPage } from '../../features/pay/PayPage';
import { paths, stepPath } from '../paths';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { useToday } from '../../state/today';

/** The open plan's pay by year. */
export function PayRoute() {
  const today = useToday();
  const activePlan = usePlansStore(selectActivePlan);
  if (!activePlan) return <Navigate to={paths.start} replace />;
  return (
    <PayPage
      planName={activePlan.name}
      answers={activePlan.answers}
      today={today}
      links={{
        yourRoute: paths.yourRoute,
        continueQuestions: stepPath(firstUnanswered(activePlan.answers)),
      }}
    />
  );
}
