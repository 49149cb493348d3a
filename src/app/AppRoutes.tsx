import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout/Layout';
import { paths } from './paths';
import { lazyPage, routeModules } from './route-modules';
import { NotFoundPage } from './routes/NotFoundPage';
import { StartRoute } from './routes/StartRoute';
import { useToday } from '../state/today';

// The start page and shell load first and stay small; each other page, with the engine and rules it
// needs, loads when someone opens it (or before the first render, for the address opened: main.tsx).
const QuestionRoute = lazyPage(routeModules.question, (module) => module.QuestionRoute);
const CheckAnswersRoute = lazyPage(routeModules.checkAnswers, (module) => module.CheckAnswersRoute);
const TimelineRoute = lazyPage(routeModules.timeline, (module) => module.TimelineRoute);
const PlansRoute = lazyPage(routeModules.plans, (module) => module.PlansRoute);
const RenamePlanRoute = lazyPage(routeModules.plans, (module) => module.RenamePlanRoute);
const DeletePlanRoute = lazyPage(routeModules.plans, (module) => module.DeletePlanRoute);
const ClearEverythingRoute = lazyPage(routeModules.plans, (module) => module.ClearEverythingRoute);
const StartSessionRoute = lazyPage(routeModules.startSession, (module) => module.StartSessionRoute);
const CompareRoute = lazyPage(routeModules.compare, (module) => module.CompareRoute);
// The part-time pages share one chunk, loaded when someone first opens one of them.
const PartTimeShell = lazyPage(routeModules.partTime, (module) => module.PartTimeShell);
const PartTimeStartRoute = lazyPage(routeModules.partTime, (module) => module.PartTimeStartRoute);
const CalculatorQuestionRoute = lazyPage(
  routeModules.partTime,
  (module) => module.CalculatorQuestionRoute,
);
const PeriodsRoute = lazyPage(routeModules.partTime, (module) => module.PeriodsRoute);
const PeriodKindRoute = lazyPage(routeModules.partTime, (module) => module.PeriodKindRoute);
const PeriodDetailsRoute = lazyPage(routeModules.partTime, (module) => module.PeriodDetailsRoute);
const RemovePeriodRoute = lazyPage(routeModules.partTime, (module) => module.RemovePeriodRoute);
const ScenarioNameRoute = lazyPage(routeModules.partTime, (module) => module.ScenarioNameRoute);
const DeleteScenarioRoute = lazyPage(routeModules.partTime, (module) => module.DeleteScenarioRoute);

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

const PayRoute = lazyPage(routeModules.pay, (module) => module.PayRoute);
const RolesRoute = lazyPage(routeModules.roles, (module) => module.RolesRoute);
const SharedPlanRoute = lazyPage(routeModules.shared, (module) => module.SharedPlanRoute);
const AccessibilityRoute = lazyPage(routeModules.about, (module) => module.AccessibilityRoute);
const PrivacyRoute = lazyPage(routeModules.about, (module) => module.PrivacyRoute);
const SourcesPage = lazyPage(routeModules.sources, (module) => module.SourcesPage);

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
