import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isChunkLoadError } from './chunk-load-error';
import { somethingSavedOnThisDevice } from './saved-on-this-device';
import { usePageTitle } from '../../ui/usePageTitle';
import { paths } from '../paths';

type PageProblemProps = {
  readonly error: unknown;
  /** Renders the page again: called when the connection comes back, for a page whose code failed. */
  readonly retry: () => void;
};

/** Says whether what the person entered is still saved (checked once, as the message appears). */
function SavedStill() {
  const [saved] = useState(somethingSavedOnThisDevice);
  return saved ? <p>What you have entered is still saved on this device.</p> : null;
}

function StartPageLink() {
  return (
    <p>
      <Link to={paths.start}>Go to the start page</Link> to carry on with your plan.
    </p>
  );
}

/** A page whose code could not be fetched: offline, or removed by a new version of the app. */
function PageNotLoaded({ retry }: { readonly retry: () => void }) {
  usePageTitle('This page could not be loaded');
  // Back online: fetch the page's code again without asking.
  useEffect(() => {
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [retry]);
  return (
    <>
      <h1>This page could not be loaded</h1>
      <p>Check your connection, then reload the page to get the latest version.</p>
      <SavedStill />
      <button className="nhsuk-button" type="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
      <StartPageLink />
    </>
  );
}

/** Any other error while a page rendered. */
function PageFailed() {
  usePageTitle('Sorry, there is a problem with this page');
  return (
    <>
      <h1>Sorry, there is a problem with this page</h1>
      <SavedStill />
      <StartPageLink />
    </>
  );
}

/**
 * What shows in place of a page that failed, inside the usual header, navigation and footer. The
 * layout moves focus to its heading as it does for any page.
 */
export function PageProblem({ error, retry }: PageProblemProps) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {isChunkLoadError(error) ? <PageNotLoaded retry={retry} /> : <PageFailed />}
      </div>
    </div>
  );
}
