import { useNavigate } from 'react-router';
import { useInSessionMode } from '../../state/use-session-mode';

type SessionBannerProps = {
  /** Where ending the session goes: the start page, which confirms it. */
  readonly startHref: string;
  /** What else the app forgets when the session ends, such as a plan held from a link. */
  readonly onEnd?: () => void;
};

/**
 * Shown under the header on every page while this tab runs a session for someone else: says so, and
 * offers to end the session and clear everything from it.
 */
export function SessionBanner({ startHref, onEnd }: SessionBannerProps) {
  const inSession = useInSessionMode();
  const navigate = useNavigate();
  if (!inSession) return null;

  const endSession = async () => {
    // The stores load after the page itself; what the session kept is cleared through them.
    const { endSessionAndClear } = await import('../../state/adviser-session');
    endSessionAndClear();
    onEnd?.();
    // The start page confirms the session ended (see StartRoute).
    navigate(startHref, { state: { sessionEnded: true } });
    // This button goes with the banner: start again from the top of the page, not the page's end.
    document.getElementById('maincontent')?.focus();
  };

  return (
    <div
      className="app-session-banner app-no-print"
      role="region"
      aria-labelledby="session-banner-title"
    >
      <div className="nhsuk-width-container app-session-banner__inner">
        <p className="nhsuk-body-s app-session-banner__text">
          <strong id="session-banner-title">Session for someone else.</strong> What you enter is
          kept in this tab only, and cleared when you end the session or close the tab.
        </p>
        <button
          className="nhsuk-button nhsuk-button--secondary-solid nhsuk-button--small app-session-banner__button"
          type="button"
          onClick={() => void endSession()}
        >
          End session and clear
        </button>
      </div>
    </div>
  );
}
