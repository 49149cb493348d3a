import { lazy, Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { focusPageHeading } from './focus-page-heading';
import { Footer } from './Footer';
import { Header } from './Header';
import { PhaseBanner } from './PhaseBanner';
import { SessionBanner } from '../../features/session/SessionBanner';
import { forgetSharedPlan } from '../../features/shared-plan/held-shared-plan';
import { paths } from '../paths';

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
  const { pathname, hash } = useLocation();
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
          <Suspense fallback={null}>
            <UpdateNotice />
            <StoreNotices />
          </Suspense>
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  );
}
