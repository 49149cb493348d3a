/**
 * Each lazily loaded page's module, and which addresses show it: one table for the route table
 * (AppRoutes.tsx, which makes its lazy pages from these loaders) and for main.tsx, which starts
 * loading the page of the address opened before the app's first render. A direct link then fetches
 * the page's code while the app starts, not after it has rendered, and the page renders without a
 * "Loading…" step once its code is in.
 */
import { createElement, lazy, type ComponentType } from 'react';
import { matchPath } from 'react-router';
import { codeNotFetchedOffline, offlineWithoutServiceWorker } from './page-errors/chunk-load-error';
import { paths } from './paths';

/** Loads a module once; afterwards its promise is the same and the module is known at once. */
export function preloadable<Module>(load: () => Promise<Module>) {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  return {
    load: (): Promise<Module> => {
      if (loading) return loading;
      // Not even tried offline: a failed fetch could not be tried again in Chromium.
      if (offlineWithoutServiceWorker()) return Promise.reject(codeNotFetchedOffline());
      return (loading = load().then(
        (module) => {
          loaded = module;
          return module;
        },
        (error: unknown) => {
          // Let a later visit try again (after a dropped connection, say).
          loading = undefined;
          throw error;
        },
      ));
    },
    loaded: (): Module | undefined => loaded,
  };
}

export type RouteModule<Module> = ReturnType<typeof preloadable<Module>>;

export const routeModules = {
  question: preloadable(() => import('./routes/QuestionRoute')),
  checkAnswers: preloadable(() => import('./routes/CheckAnswersRoute')),
  timeline: preloadable(() => import('./routes/TimelineRoute')),
  plans: preloadable(() => import('./routes/PlansRoutes')),
  startSession: preloadable(() => import('./routes/StartSessionRoute')),
  compare: preloadable(() => import('./routes/CompareRoute')),
  // The part-time pages share one chunk, loaded when someone first opens one of them.
  partTime: preloadable(() => import('./routes/PartTimeRoutes')),
  pay: preloadable(() => import('./routes/PayRoute')),
  roles: preloadable(() => import('./routes/RolesRoute')),
  shared: preloadable(() => import('./routes/SharedPlanRoute')),
  about: preloadable(() => import('./routes/AboutRoutes')),
  sources: preloadable(() => import('../features/sources/SourcesPage')),
} as const;

export type RouteModuleName = keyof typeof routeModules;

/** For each page whose module failed to load: makes it afresh. */
const failedPages = new Set<() => void>();

/**
 * Lets every page whose code failed to load fetch it again when it next renders: called when the
 * person moves to another page, or the connection comes back. Only then, so React's own second try at
 * a render that failed does not fetch again and again.
 */
export function retryFailedPages(): void {
  for (const makeAfresh of failedPages) makeAfresh();
  failedPages.clear();
}

/**
 * A lazy page from one of the modules above. Once the module has loaded (main.tsx starts it for the
 * address opened), the page renders straight away: React reads a thenable that has already settled
 * without suspending, so there is no render of the "Loading…" fallback first.
 *
 * React.lazy keeps a failed load as failed for good, so a page whose code did not arrive (offline,
 * or after a new version) would fail again however often it was opened. A page that failed is made
 * afresh by `retryFailedPages`, so its next render fetches its module again.
 */
export function lazyPage<Module, Props extends object>(
  module: RouteModule<Module>,
  pick: (loaded: Module) => ComponentType<Props>,
): ComponentType<Props> {
  const lazyOnce = () =>
    lazy(() => {
      const loaded = module.loaded();
      if (loaded === undefined) {
        return module.load().then(
          (ready) => ({ default: pick(ready) }),
          (error: unknown) => {
            failedPages.add(() => {
              current = lazyOnce();
            });
            throw error;
          },
        );
      }
      const page = { default: pick(loaded) };
      // A thenable that calls back at once: React.lazy then takes the page without suspending.
      return { then: (resolve: (value: typeof page) => void) => resolve(page) } as Promise<
        typeof page
      >;
    });
  let current = lazyOnce();
  // Reads `current` as it renders, so it always shows the latest attempt.
  return function LazyPage(props: Props) {
    return createElement(current as ComponentType<Props>, props);
  };
}

/**
 * Which module shows each address (patterns as the router reads them), first match wins. Compare
 * comes before the other /plans pages; unknown addresses load nothing early.
 */
const MODULE_FOR_PATH: readonly (readonly [pattern: string, module: RouteModuleName])[] = [
  ['/questions/:questionId', 'question'],
  [paths.checkAnswers, 'checkAnswers'],
  [paths.yourRoute, 'timeline'],
  [paths.compare(), 'compare'],
  [paths.plans, 'plans'],
  [paths.clearEverything, 'plans'],
  ['/plans/:planId/rename', 'plans'],
  ['/plans/:planId/delete', 'plans'],
  [paths.startSession, 'startSession'],
  [paths.sources, 'sources'],
  [`${paths.partTime}/*`, 'partTime'],
  [paths.partTime, 'partTime'],
  [paths.pay, 'pay'],
  [paths.roles, 'roles'],
  [paths.shared, 'shared'],
  [paths.accessibility, 'about'],
  [paths.privacy, 'about'],
];

/** The module that shows this address, or null for the start page and unknown addresses. */
export function routeModuleFor(pathname: string): RouteModuleName | null {
  const found = MODULE_FOR_PATH.find(([pattern]) => matchPath(pattern, pathname) !== null);
  return found === undefined ? null : found[1];
}

/** Starts loading the page for this address, if it is a lazily loaded one. */
export function preloadRouteModule(pathname: string): void {
  const name = routeModuleFor(pathname);
  // A failed load is reported when the page itself asks for the module.
  if (name !== null) routeModules[name].load().catch(() => undefined);
}
