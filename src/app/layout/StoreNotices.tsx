import { downloadFile } from '../../ui/downloadFile';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { usePlansStore } from '../../state/plans-store';
import { storageArea } from '../../state/storage-area';

/** Saves a copy of saved data that could not be read, so nothing the person entered is lost. */
function downloadRecoveryCopy(key: string): void {
  let raw: string | null;
  try {
    raw = storageArea().getItem(key);
  } catch {
    raw = null;
  }
  if (raw === null) return;
  downloadFile('pathway-saved-data.json', raw, 'application/json');
}

/**
 * Tells the person, on every page, when saved plans could not be fully read or were changed in another
 * tab or window.
 */
export function StoreNotices() {
  const loadProblem = usePlansStore((state) => state.loadProblem);
  const otherTabNotice = usePlansStore((state) => state.otherTabNotice);
  const dismissLoadProblem = usePlansStore((state) => state.dismissLoadProblem);
  const dismissOtherTabNotice = usePlansStore((state) => state.dismissOtherTabNotice);
  if (!loadProblem && !otherTabNotice) return null;
  return (
    <>
      {loadProblem && (
        <NotificationBanner
          id="load-problem"
          title="Important"
          heading={loadProblem.summary}
          onHide={dismissLoadProblem}
        >
          {loadProblem.details.length > 0 && (
            <>
              <p>We could not read:</p>
              <ul>
                {loadProblem.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            </>
          )}
          {loadProblem.recoveryKey !== '' && (
            <p>
              A copy of the saved data is kept on this device, unchanged.{' '}
              <button
                className="app-link-button"
                type="button"
                onClick={() => downloadRecoveryCopy(loadProblem.recoveryKey)}
              >
                Download the copy
              </button>
            </p>
          )}
        </NotificationBanner>
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
