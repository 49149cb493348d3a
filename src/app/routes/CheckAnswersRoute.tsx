import { Navigate, useNavigate } from 'react-router';
import { CheckAnswersPage } from '../../features/plan-questions/CheckAnswersPage';
import { questionsFor } from '../../features/plan-questions/flow';
import { paths } from '../paths';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { timelineFor } from '../../state/plan-timeline';
import { useToday } from '../../state/today';

export function CheckAnswersRoute() {
  const navigate = useNavigate();
  const today = useToday();
  const activePlan = usePlansStore(selectActivePlan);
  // Nothing to check without a plan (for example after everything was cleared in another tab).
  if (!activePlan) return <Navigate to={paths.start} replace />;

  const answers = activePlan.answers;
  const result = timelineFor(answers, today);
  const questions = questionsFor(answers);
  const lastQuestion = questions[questions.length - 1];
  return (
    <CheckAnswersPage
      answers={answers}
      planErrors={result.ok ? [] : result.errors}
      backHref={lastQuestion ? paths.question(lastQuestion) : paths.start}
      questionHref={paths.question}
      onConfirm={() => navigate(paths.yourRoute)}
    />
  );
}
