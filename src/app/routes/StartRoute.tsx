import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router';
import { StartNowLink } from '../../features/start/StartActions';
import { StartPage } from '../../features/start/StartPage';
import { paths } from '../paths';
import { FIRST_QUESTION } from '../../features/plan-questions/flow';

// Saved plans (the store and the schema that checks them) load after the page, so the start page
// appears without waiting for them; until then "Start now" is a plain link that works anyway.
const SavedPlanActions = lazy(() =>
  import('./SavedPlanActions').then((module) => ({ default: module.SavedPlanActions })),
);

export function StartRoute() {
  const location = useLocation();
  const justCleared = (location.state as { cleared?: boolean } | null)?.cleared === true;
  return (
    <StartPage
      justCleared={justCleared}
      sourcesHref={paths.sources}
      actions={
        <Suspense fallback={<StartNowLink href={paths.question(FIRST_QUESTION)} />}>
          <SavedPlanActions />
        </Suspense>
      }
    />
  );
}
