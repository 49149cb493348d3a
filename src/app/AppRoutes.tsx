import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout/Layout';
import { paths } from './paths';
import { NotFoundPage } from './routes/NotFoundPage';
import { StartRoute } from './routes/StartRoute';
import { useToday } from '../state/today';

// The start page and shell load first and stay small; each other page, with the engine and rules it
// needs, loads when someone opens it.
const QuestionRoute = lazy(() =>
  import('./routes/QuestionRoute').then((module) => ({ default: module.QuestionRoute })),
);
const CheckAnswersRoute = lazy(() =>
  import('./routes/CheckAnswersRoute').then((module) => ({ default: module.CheckAnswersRoute })),
);
const TimelineRoute = lazy(() =>
  import('./routes/TimelineRoute').then((module) => ({ default: module.TimelineRoute })),
);
const PlansRoute = lazy(() =>
  import('./routes/PlansRoutes').then((module) => ({ default: module.PlansRoute })),
);
const RenamePlanRoute = lazy(() =>
  import('./routes/PlansRoutes').then((module) => ({ default: module.RenamePlanRoute })),
);
const DeletePlanRoute = lazy(() =>
  import('./routes/PlansRoutes').then((module) => ({ default: module.DeletePlanRoute })),
);
const ClearEverythingRoute = lazy(() =>
  import('./routes/PlansRoutes').then((module) => ({ default: module.ClearEverythingRoute })),
);
const StartSessionRoute = lazy(() =>
  import('./routes/StartSessionRoute').then((module) => ({ default: module.StartSessionRoute })),
);
const CompareRoute = lazy(() =>
  import('./routes/CompareRoute').then((module) => ({ default: module.CompareRoute })),
);
// The part-time pages share one chunk, loaded when someone first opens one of them.
const partTimeRoutes = () => import('./routes/PartTimeRoutes');
const PartTimeShell = lazy(() =>
  partTimeRoutes().then((module) => ({ default: module.PartTimeShell })),
);
const PartTimeStartRoute = lazy(() =>
  partTimeRoutes().then((module) => ({ default: module.PartTimeStartRoute })),
);
const CalculatorQuestionRoute = lazy(() =>
  partTimeRoutes().then((module) => ({ default: module.CalculatorQuestionRoute })),
);
const PeriodsRoute = lazy(() =>
  partTimeRoutes().then((module) => ({ default: module.PeriodsRoute })),
);
const PeriodKindRoute = lazy(() =>
  partTimeRoutes().then((module) => ({ default: module.PeriodKindRoute })),
);
const PeriodDetailsRoute = lazy(() =>
  partTimeRoutes().then((module) => ({ default: module.PeriodDetailsRoute })),
);
const RemovePeriodRoute = lazy(() =>
  partTimeRoutes().then((module) => ({ default: module.RemovePeriodRoute })),
);
const ScenarioNameRoute = lazy(() =>
  partTimeRoutes().then((module) => ({ default: module.ScenarioNameRoute })),
);
const DeleteScenarioRoute = lazy(() =>
  partTimeRoutes().then((module) => ({ default: module.DeleteScenarioRoute })),
);

/** Routes for a list of periods, under a saved plan's or the calculator's own list or a scenario's. */
const PERIOD_ROUTES = [
  ['', PeriodsRoute],
  ['/periods/new', PeriodKindRoute],
  ['/periods/new/:kind', PeriodDetailsRoute],
  ['/periods/:periodId', PeriodDetailsRoute],
  ['/periods/:periodId/change-kind', PeriodKindRoute],
  ['/periods/:periodId/remove', RemovePeriodRoute],
] as const;

const PART_TIME_ROUTES = [
  [paths.partTime, PartTimeStartRoute],
  ['/part-time/calculator/:questionId', CalculatorQuestionRoute],
  ['/part-time/:context/scenarios/new', ScenarioNameRoute],
  ['/part-time/:context/scenarios/:scenarioId/rename', ScenarioNameRoute],
  ['/part-time/:context/scenarios/:scenarioId/delete', DeleteScenarioRoute],
  ...PERIOD_ROUTES.map(([path, page]) => [`/part-time/:context${path}`, page] as const),
  ...PERIOD_ROUTES.map(
    ([path, page]) => [`/part-time/:context/scenarios/:scenarioId${path}`, page] as const,
  ),
] as const;

const PayRoute = lazy(() =>
  import('./routes/PayRoute').then((module) => ({ default: module.PayRoute })),
);

const RolesRoute = lazy(() =>
  import('./routes/RolesRoute').then((module) => ({ default: module.RolesRoute })),
);

const SharedPlanRoute = lazy(() =>
  import('./routes/SharedPlanRoute').then((module) => ({ default: module.SharedPlanRoute })),
);

const AccessibilityRoute = lazy(() =>
  import('./routes/AboutRoutes').then((module) => ({ default: module.AccessibilityRoute })),
);
const PrivacyRoute = lazy(() =>
  import('./routes/AboutRoutes').then((module) => ({ default: module.PrivacyRoute })),
);

const SourcesPage = lazy(() =>
  import('../features/sources/SourcesPage').then((module) => ({ default: module.SourcesPage })),
);

/** The sources page, told today's date so it can say which facts are due to be checked again. */
function SourcesRoute() {
  const today = useToday();
  return <SourcesPage today={today} />;
}

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
          path="/questions/:questionId"
          element={
            <Loading>
              <QuestionRoute />
            </Loading>
          }
        />
        <Route
          path={paths.checkAnswers}
          element={
            <Loading>
              <CheckAnswersRoute />
            </Loading>
          }
        />
        <Route
          path={paths.yourRoute}
          element={
            <Loading>
              <TimelineRoute />
            </Loading>
          }
        />
        <Route
          path={paths.plans}
          element={
            <Loading>
              <PlansRoute />
            </Loading>
          }
        />
        <Route
          path={paths.compare()}
          element={
            <Loading>
              <CompareRoute />
            </Loading>
          }
        />
        <Route
          path={paths.clearEverything}
          element={
            <Loading>
              <ClearEverythingRoute />
            </Loading>
          }
        />
        <Route
          path={paths.startSession}
          element={
            <Loading>
              <StartSessionRoute />
            </Loading>
          }
        />
        <Route
          path="/plans/:planId/rename"
          element={
            <Loading>
              <RenamePlanRoute />
            </Loading>
          }
        />
        <Route
          path="/plans/:planId/delete"
          element={
            <Loading>
              <DeletePlanRoute />
            </Loading>
          }
        />
        <Route
          path={paths.sources}
          element={
            <Loading>
              <SourcesRoute />
            </Loading>
          }
        />
        <Route
          element={
            <Loading>
              <PartTimeShell />
            </Loading>
          }
        >
          {PART_TIME_ROUTES.map(([path, Page]) => (
            <Route
              key={path}
              path={path}
              element={
                <Loading>
                  <Page />
                </Loading>
              }
            />
          ))}
        </Route>
        <Route
          path={paths.pay}
          element={
            <Loading>
              <PayRoute />
            </Loading>
          }
        />
        <Route
          path={paths.roles}
          element={
            <Loading>
              <RolesRoute />
            </Loading>
          }
        />
        <Route
          path={paths.shared}
          element={
            <Loading>
              <SharedPlanRoute />
            </Loading>
          }
        />
        <Route
          path={paths.accessibility}
          element={
            <Loading>
              <AccessibilityRoute />
            </Loading>
          }
        />
        <Route
          path={paths.privacy}
          element={
            <Loading>
              <PrivacyRoute />
            </Loading>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
