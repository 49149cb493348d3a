import { Suspense } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt, savePlan, startEachTestAfresh } from '../../../tests/support/app';
import { Layout } from '../layout/Layout';
import { lazyPage, preloadable, type RouteModule } from '../route-modules';
import { StartRoute } from '../routes/StartRoute';

// The roles page, made to fail as it renders while `rolesPageFails` is true.
const rolesPage = vi.hoisted(() => ({ fails: true }));
vi.mock('../routes/RolesRoute', () => ({
  RolesRoute: () => {
    if (rolesPage.fails) throw new Error('A value the page did not expect');
    return <h1>Roles in palliative medicine</h1>;
  },
}));

startEachTestAfresh();

beforeEach(() => {
  rolesPage.fails = true;
  // React reports each error a boundary catches to the console; these are the errors under test.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

const START_HEADING = 'Plan your route into palliative medicine';

describe('a page that fails as it renders', () => {
  it('shows a message with a way back in place of the page, inside the usual header and footer', async () => {
    const user = userEvent.setup();
    await renderAppAt('/roles');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sorry, there is a problem with this page',
      }),
    ).toBeInTheDocument();
    // The title is set by an effect just after the heading appears.
    await waitFor(() =>
      expect(document.title).toBe(
        'Sorry, there is a problem with this page – Plan your route into palliative medicine',
      ),
    );
    expect(screen.getByRole('banner')).toHaveTextContent(START_HEADING);
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Go to the start page' }));
    expect(await screen.findByRole('heading', { level: 1, name: START_HEADING })).toHaveFocus();
    expect(await screen.findByRole('button', { name: 'Start now' })).toBeInTheDocument();
  });

  it('says what was entered is still saved on this device only when something is', async () => {
    await renderAppAt('/roles');
    await screen.findByRole('heading', { name: 'Sorry, there is a problem with this page' });
    expect(screen.queryByText(/still saved on this device/)).not.toBeInTheDocument();
  });

  it('says what was entered is still saved on this device when a plan is saved', async () => {
    savePlan('My plan');
    await renderAppAt('/roles');
    await screen.findByRole('heading', { name: 'Sorry, there is a problem with this page' });
    expect(
      screen.getByText('What you have entered is still saved on this device.'),
    ).toBeInTheDocument();
  });

  it('is tried again when the person moves to it again, with focus on its heading', async () => {
    const user = userEvent.setup();
    await renderAppAt('/roles');
    await screen.findByRole('heading', { name: 'Sorry, there is a problem with this page' });
    await user.click(screen.getByRole('link', { name: 'Go to the start page' }));
    await screen.findByRole('heading', { level: 1, name: START_HEADING });

    rolesPage.fails = false;
    await user.click(screen.getAllByRole('link', { name: 'Roles' })[0]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Roles in palliative medicine' }),
    ).toHaveFocus();
  });
});

type PayModule = { readonly PayPage: () => React.JSX.Element };

/** A page module whose fetch fails as Chromium reports it, until `arrives` is set. */
function flakyModule() {
  const state = { arrives: false, attempts: 0 };
  const module = preloadable<PayModule>(() => {
    state.attempts += 1;
    if (!state.arrives) {
      return Promise.reject(
        new TypeError(
          'Failed to fetch dynamically imported module: http://127.0.0.1/assets/PayRoute-abc123.js',
        ),
      );
    }
    return Promise.resolve({ PayPage: () => <h1>What you could earn</h1> });
  });
  return { state, module };
}

function renderWithLazyPay(module: RouteModule<PayModule>) {
  const PayPage = lazyPage(module, (loaded) => loaded.PayPage);
  return render(
    <MemoryRouter initialEntries={['/pay']}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<StartRoute />} />
          <Route
            path="/pay"
            element={
              <Suspense fallback={<p>Loading…</p>}>
                <PayPage />
              </Suspense>
            }
          />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

describe('a page whose code fails to load (offline, or after a new version)', () => {
  it('says to reload for the latest version, with a reload button', async () => {
    const { module } = flakyModule();
    renderWithLazyPay(module);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Check your connection, then reload the page to get the latest version.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toHaveAttribute(
      'type',
      'button',
    );
    // The title is set by an effect just after the heading appears.
    await waitFor(() =>
      expect(document.title).toBe(
        'This page could not be loaded – Plan your route into palliative medicine',
      ),
    );
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
  });

  it('loads the page by itself when the connection comes back, with focus on its heading', async () => {
    const { state, module } = flakyModule();
    renderWithLazyPay(module);
    await screen.findByRole('heading', { name: 'This page could not be loaded' });

    state.arrives = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What you could earn' }),
    ).toHaveFocus();
    expect(state.attempts).toBe(2);
  });

  it('loads the page when the person moves away and opens it again', async () => {
    const user = userEvent.setup();
    const { state, module } = flakyModule();
    renderWithLazyPay(module);
    await screen.findByRole('heading', { name: 'This page could not be loaded' });
    await user.click(screen.getByRole('link', { name: 'Go to the start page' }));
    await screen.findByRole('heading', { level: 1, name: START_HEADING });

    state.arrives = true;
    await user.click(screen.getAllByRole('link', { name: 'Pay' })[0]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What you could earn' }),
    ).toHaveFocus();
  });

  it('does not even try to fetch it offline, and loads it once the connection is back', async () => {
    // Chromium would remember a failed fetch, and refuse the page for the rest of the visit.
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { state, module } = flakyModule();
    state.arrives = true;
    renderWithLazyPay(module);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' }),
    ).toBeInTheDocument();
    expect(state.attempts).toBe(0);

    online.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What you could earn' }),
    ).toBeInTheDocument();
    expect(state.attempts).toBe(1);
  });
});
