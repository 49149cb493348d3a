import { useState } from 'react';
import { readPlanAnswers } from '../../domain/plan/answers';
import { TimelinePage } from '../../features/timeline/TimelinePage';
import { paths } from '../paths';
import { selectActivePlan, usePlansStore } from '../store/plans-store';
import { todayOnThisDevice } from '../today';

/** Connects the timeline page to the open saved plan and today's date. */
export function TimelineRoute() {
  const answers = usePlansStore((state) => selectActivePlan(state)?.answers ?? null);
  const ensureActivePlan = usePlansStore((state) => state.ensureActivePlan);
  const setAnswers = usePlansStore((state) => state.setAnswers);
  const [today] = useState(todayOnThisDevice);
  const savePlan = (plan: Record<string, unknown>) =>
    setAnswers(ensureActivePlan(), readPlanAnswers(plan).answers);
  return (
    <TimelinePage
      plan={answers}
      today={today}
      onPlanChange={savePlan}
      sourcesHref={paths.sources}
    />
  );
}
