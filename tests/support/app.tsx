/**
 * Shared set-up for component tests that render the whole app: a plan to save, the app at a path, and
 * each test starting from a fixed today with nothing saved.
 */
import { render } from '@testing-library/react';
import { MemoryRouter, parsePath } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import { AppRoutes } from '../../src/app/AppRoutes';
import { routeModuleFor, routeModules } from '../../src/app/route-modules';
import { usePartTimeStore } from '../../src/state/part-time-store';
import { usePlansStore } from '../../src/state/plans-store';
import { YEAR_11_ANSWERS } from './plans';

/** The day every app test runs on, so the dates on the pages are the same on every run. */
export const TEST_TODAY = '2026-11-25';

export { YEAR_11_ANSWERS };

/**
 * Waits for the code of the lazily loaded page at `path` (its query and fragment aside), as main.tsx
 * starts it for the address a visit opens, so the page renders at once rather than after its chunk
 * arrives. A load that fails is left for the page to report, as it is in the app.
 */
export async function loadPageAt(path: string): Promise<void> {
  const name = routeModuleFor(parsePath(path).pathname ?? '/');
  if (name !== null) await routeModules[name].load().catch(() => undefined);
}

/** The whole app, opened at `path` once the code of the page there has loaded. */
export async function renderAppAt(path: string) {
  await loadPageAt(path);
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}

/** Saves a plan with these answers (the Year 11 plan unless given) and returns its id. */
export function savePlan(name: string, answers: object = YEAR_11_ANSWERS): string {
  const { createPlan, setAnswers } = usePlansStore.getState();
  const id = createPlan(name);
  setAnswers(id, answers);
  return id;
}

/** Every test in the file starts on TEST_TODAY with nothing saved (plans and part-time pages). */
export function startEachTestAfresh(): void {
  beforeEach(() => {
    // Only Date is faked, so timers and user events run as normal.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${TEST_TODAY}T10:00:00`) });
    usePlansStore.getState().clearEverything();
    usePartTimeStore.getState().reset();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
