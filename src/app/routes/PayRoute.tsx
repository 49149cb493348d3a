import { firstUnanswered } from '../../features/plan-questions/flow';
import { PayPage } from '../../features/pay/PayPage';
import { paths, stepPath } from '../paths';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { useToday } from '../../state/today';
import { NoPlanYet } from '../../ui/NoPlanYet';

/** The open plan's pay by year. */
export function PayRoute() {
  const today = useToday();
  const activePlan = usePlansStore(selectActivePlan);
  if (!activePlan)
    return (
      <NoPlanYet
        pageName="Pay"
        shows="what you could earn each year of your route"
        startHref={paths.start}
      />
    );
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
