import { useState } from 'react';
import { TimelinePage } from '../../features/timeline/TimelinePage';
import { paths } from '../paths';
import { usePlanStore } from '../store';
import { todayOnThisDevice } from '../today';

/** Connects the timeline page to the stored plan and today's date. */
export function TimelineRoute() {
  const plan = usePlanStore((state) => state.plan);
  const setPlan = usePlanStore((state) => state.setPlan);
  const [today] = useState(todayOnThisDevice);
  return (
    <TimelinePage plan={plan} today={today} onPlanChange={setPlan} sourcesHref={paths.sources} />
  );
}
