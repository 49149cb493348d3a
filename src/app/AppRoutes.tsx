import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout/Layout';
import { paths } from './paths';
import { NotFoundPage } from './routes/NotFoundPage';
import { StartRoute } from './routes/StartRoute';

// The start page loads first and is small; the planner (with the engine and its rules) and the sources
// page load when someone opens them.
const TimelineRoute = lazy(() =>
  import('./routes/TimelineRoute').then((module) => ({ default: module.TimelineRoute })),
);
const SourcesPage = lazy(() =>
  import('../features/sources/SourcesPage').then((module) => ({ default: module.SourcesPage })),
);

function Loading({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={<p className="nhsuk-body">Loading…</p>}>{children}</Suspense>;
}

/** The route table. Wrapped in a BrowserRouter by the app and a MemoryRouter by tests. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartRoute />} />
        <Route
          path={paths.plan}
          element={
            <Loading>
              <TimelineRoute />
            </Loading>
          }
        />
        <Route
          path={paths.sources}
          element={
            <Loading>
              <SourcesPage />
            </Loading>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
