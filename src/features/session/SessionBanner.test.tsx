import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { PLANS_STORAGE_KEY } from '../../state/persistence';
import { usePlansStore } from '../../state/plans-store';
import { enterSessionMode, inSessionMode } from '../../state/storage-area';
import { SessionBanner } from './SessionBanner';

function StartPageStandIn() {
  const state = useLocation().state as { sessionEnded?: boolean } | null;
  return <h1>{state?.sessionEnded === true ? 'Session ended' : 'Start'}</h1>;
}

function renderOn(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <SessionBanner startHref="/" />
      <main id="maincontent" tabIndex={-1}>
        <Routes>
          <Route index element={<StartPageStandIn />} />
          <Route path="/plans" element={<h1>Your saved plans</h1>} />
        </Routes>
      </main>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  usePlansStore.getState().reloadFromStorage();
});

describe('the session banner', () => {
  it('is not shown outside a session', () => {
    renderOn('/plans');
    expect(screen.queryByRole('region', { name: 'Session for someone else.' })).toBeNull();
  });

  it('ends the session, clears it, and goes to the start page to confirm it', async () => {
    enterSessionMode();
    usePlansStore.getState().reloadFromStorage();
    usePlansStore.getState().createPlan('Pupil’s plan');
    renderOn('/plans');
    const banner = screen.getByRole('region', { name: 'Session for someone else.' });
    expect(banner).toHaveTextContent(
      'What you enter is kept in this tab only, and cleared when you end the session or close the tab.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'End session and clear' }));
    expect(await screen.findByRole('heading', { name: 'Session ended' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Session for someone else.' })).toBeNull();
    expect(inSessionMode()).toBe(false);
    expect(sessionStorage.getItem(PLANS_STORAGE_KEY)).toBeNull();
    expect(usePlansStore.getState().plans).toEqual([]);
    expect(document.activeElement).toBe(document.getElementById('maincontent'));
  });
});
