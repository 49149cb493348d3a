import { lazy, Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Footer } from './Footer';
import { Header } from './Header';
import { PhaseBanner } from './PhaseBanner';

// Messages about saved plans need the store, which loads just after the page itself.
const StoreNotices = lazy(() =>
  import('./StoreNotices').then((module) => ({ default: module.StoreNotices })),
);

/** The page shell: skip link, header, phase banner, main content and footer. */
export function Layout() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page's content so keyboard and screen reader
  // users start at the top of it, as they would after a full page load.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <Header />
      <PhaseBanner />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1} ref={main}>
          <Suspense fallback={null}>
            <StoreNotices />
          </Suspense>
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  );
}
