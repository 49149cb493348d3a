import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { focusPageHeading } from './focus-page-heading';
import { Footer } from './Footer';
import { Header } from './Header';
import { PhaseBanner } from './PhaseBanner';
import { SessionBanner } from '../../features/session/SessionBanner';
import { forgetSharedPlan } from '../../features/shared-plan/held-shared-plan';
import { PageErrorBoundary } from '../page-errors/PageErrorBoundary';
import { PageProblem } from '../page-errors/PageProblem';
import { paths } from '../paths';
import { retryFailedPages } from '../route-modules';

// Messages about saved plans need the store, which loads just after the page itself.
const StoreNotices = lazy(() =>
  import('./StoreNotices').then((module) => ({ default: module.StoreNotices })),
);
// Offline support and the "new version" notice load after the page too: the service worker's code
// stays out of the first chunk.
const UpdateNotice = lazy(() =>
  import('./UpdateNotice').then((module) => ({ default: module.UpdateNotice })),
);

/** The page shell: skip link, header, phase banner, main content and footer. */
export function Layout() {
  const { pathname, hash, key } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const linksToSection = hash.length > 1;

  // After client-side navigation, start at the top of the new page with focus on its h1, as after a
  // full page load. A link to a section of a page lands on that section instead (the page does that).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (linksToSection || !main.current) return;
    return focusPageHeading(main.current);
  }, [pathname, linksToSection]);

  // A page tried again where it failed (its code fetched once the connection is back): the message
  // that had focus has gone, so focus goes to the page's heading as after moving to it.
  const focusRetriedPage = useCallback(() => {
    const focused = document.activeElement;
    if (main.current && (focused === null || focused === document.body)) {
      focusPageHeading(main.current);
    }
  }, []);

  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <Header />
      <SessionBanner startHref={paths.start} onEnd={forgetSharedPlan} />
      <PhaseBanner />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1} ref={main}>
          {/* A notice that fails (its code not fetched, say) must not take the page with it. */}
          <PageErrorBoundary resetKey={key} fallback={() => null}>
            <Suspense fallback={null}>
              <UpdateNotice />
              <StoreNotices />
            </Suspense>
          </PageErrorBoundary>
          <PageErrorBoundary
            resetKey={key}
            beforeRetry={retryFailedPages}
            onRetry={focusRetriedPage}
            fallback={(error, retry) => <PageProblem error={error} retry={retry} />}
          >
            <Outlet />
          </PageErrorBoundary>
        </main>
      </div>
      <Footer />
    </>
  );
}
