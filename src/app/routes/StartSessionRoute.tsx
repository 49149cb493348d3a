import { useState } from 'react';
import { useNavigate } from 'react-router';
import { StartSessionPage } from '../../features/session/StartSessionPage';
import { startSessionForSomeoneElse } from '../../state/adviser-session';
import { useInSessionMode } from '../../state/use-session-mode';
import { paths } from '../paths';

export function StartSessionRoute() {
  const navigate = useNavigate();
  const inSession = useInSessionMode();
  const [couldNotStart, setCouldNotStart] = useState(false);
  return (
    <StartSessionPage
      inSession={inSession}
      couldNotStart={couldNotStart}
      backHref={paths.start}
      onStart={() => {
        if (startSessionForSomeoneElse())
          navigate(paths.start, { state: { sessionStarted: true } });
        else setCouldNotStart(true);
      }}
    />
  );
}
