/**
 * Shared set-up for component tests that render the whole app: a plan to save, the app at a path, and
 * each test starting from a fixed today with nothing saved.
 */
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import { AppRoutes } from '../../src/app/AppRoutes';
import { usePartTimeStore } from '../../src/state/part-time-store';
import { usePlansStore } from '../../src/state/plans-store';
import { YEAR_11_ANSWERS } from './plans';

/** The day every app test runs on, so the dates on the pages are the same on every run. */
export const TEST_TODAY = '2026-11-25';

export { YEAR_11_ANSWERS };

/** The whole app, opened at `path`. */
export function renderAppAt(path: string) {
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
