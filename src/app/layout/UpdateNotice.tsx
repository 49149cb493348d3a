import { useEffect, useRef, useState } from 'react';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { type ReloadToUpdate, watchForUpdates } from '../pwa/watchForUpdates';

/**
 * Starts offline support, and says when a new version of Pathway is ready, with a button to reload
 * into it. Nothing is shown until then.
 */
export function UpdateNotice() {
  const [reloadToUpdate, setReloadToUpdate] = useState<ReloadToUpdate | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // Register once, even when React runs effects twice in development.
    if (started.current) return;
    started.current = true;
    watchForUpdates((reload) => setReloadToUpdate(() => reload));
  }, []);

  if (!reloadToUpdate) return null;
  return (
    <NotificationBanner
      id="update-available"
      title="Important"
      heading="A new version of Pathway is available"
      onHide={() => setReloadToUpdate(null)}
    >
      <p>Reloading keeps your saved plans.</p>
      <button
        className="nhsuk-button nhsuk-button--small"
        type="button"
        onClick={() => void reloadToUpdate()}
      >
        Reload to update
      </button>
    </NotificationBanner>
  );
}
