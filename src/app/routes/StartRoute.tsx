import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router';
import { StartNowLink } from '../../features/start/StartActions';
import { type StartNotice, StartPage } from '../../features/start/StartPage';
import { useInSessionMode } from '../../state/use-session-mode';
import { paths } from '../paths';
import { FIRST_QUESTION } from '../../features/plan-questions/flow';

// Saved plans (the store and the schema that checks them) load after the page, so the start page
// appears without waiting for them; until then "Start now" is a plain link that works anyway.
const SavedPlanActions = lazy(() =>
  import('./SavedPlanActions').then((module) => ({ default: module.SavedPlanActions })),
);

type StartState = { cleared?: boolean; sessionStarted?: boolean; sessionEnded?: boolean } | null;

/** What the page before asked the start page to confirm (see ClearEverythingRoute and the session). */
function noticeFrom(state: StartState): StartNotice | null {
  if (state?.cleared === true) return 'cleared';
  if (state?.sessionStarted === true) return 'session-started';
  if (state?.sessionEnded === true) return 'session-ended';
  return null;
}

export function StartRoute() {
  const location = useLocation();
  const inSession = useInSessionMode();
  return (
    <StartPage
      notice={noticeFrom(location.state as StartState)}
      inSession={inSession}
      startSessionHref={paths.startSession}
      sourcesHref={paths.sources}
      actions={
        <Suspense fallback={<StartNowLink href={paths.question(FIRST_QUESTION)} />}>
          <SavedPlanActions />
        </Suspense>
      }
    />
  );
}
