import { Link } from 'react-router';
import { downloadSavedText } from '../../features/saved-plans/download-saved-text';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { usePartTimeStore } from '../../state/part-time-store';
import { type LoadProblem, usePlansStore } from '../../state/plans-store';
import { paths } from '../paths';

type LoadProblemBannerProps = {
  readonly id: string;
  readonly problem: LoadProblem;
  readonly discardHref: string;
  readonly onHide: () => void;
};

function LoadProblemBanner({ id, problem, discardHref, onHide }: LoadProblemBannerProps) {
  const held = problem.heldKey !== undefined;
  // A save that failed, or storage switched off, explains itself; a read lists what it missed.
  const isReadProblem = held || problem.recoveryKey !== '';
  return (
    <NotificationBanner
      id={id}
      title="Important"
      heading={problem.summary}
      // Held data needs a choice: hiding the notice would hide that changes are not being saved.
      onHide={held ? undefined : onHide}
    >
      {problem.details.length > 0 &&
        (isReadProblem ? (
          <>
            <p>We could not read:</p>
            <ul>
              {problem.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          </>
        ) : (
          problem.details.map((detail) => <p key={detail}>{detail}</p>)
        ))}
      {problem.recoveryKey !== '' && (
        <p>
          A copy of the saved data is kept on this device, unchanged.{' '}
          <button
            className="app-link-button"
            type="button"
            onClick={() => downloadSavedText(problem.recoveryKey)}
          >
            Download the copy
          </button>
        </p>
      )}
      {problem.heldKey !== undefined && (
        <>
          <p>
            The storage on this device is full, so Pathway could not keep a copy and has left the
            saved data as it was. <strong>Your changes are not being saved.</strong> Download the
            unreadable data if you want to keep it, then discard it so that your changes can be
            saved.
          </p>
          <ul className="nhsuk-list">
            <li>
              <button
                className="app-link-button"
                type="button"
                onClick={() => downloadSavedText(problem.heldKey ?? '')}
              >
                Download the unreadable data
              </button>
            </li>
            <li>
              <Link to={discardHref}>Discard it</Link>
            </li>
          </ul>
        </>
      )}
    </NotificationBanner>
  );
}

/**
 * Tells the person, on every page, when saved plans or part-time data could not be fully read or
 * saved, or plans were changed in another tab or window.
 */
export function StoreNotices() {
  const loadProblem = usePlansStore((state) => state.loadProblem);
  const otherTabNotice = usePlansStore((state) => state.otherTabNotice);
  const dismissLoadProblem = usePlansStore((state) => state.dismissLoadProblem);
  const dismissOtherTabNotice = usePlansStore((state) => state.dismissOtherTabNotice);
  const partTimeProblem = usePartTimeStore((state) => state.loadProblem);
  const dismissPartTimeProblem = usePartTimeStore((state) => state.dismissLoadProblem);
  if (!loadProblem && !otherTabNotice && !partTimeProblem) return null;
  return (
    <>
      {loadProblem && (
        <LoadProblemBanner
          id="load-problem"
          problem={loadProblem}
          discardHref={paths.discardUnreadable('plans')}
          onHide={dismissLoadProblem}
        />
      )}
      {partTimeProblem && (
        <LoadProblemBanner
          id="part-time-problem"
          problem={partTimeProblem}
          discardHref={paths.discardUnreadable('part-time')}
          onHide={dismissPartTimeProblem}
        />
      )}
      {otherTabNotice && (
        <NotificationBanner
          id="other-tab"
          title="Important"
          heading={otherTabNotice}
          onHide={dismissOtherTabNotice}
        />
      )}
    </>
  );
}
