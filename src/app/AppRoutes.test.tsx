import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from './AppRoutes';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}

describe('the app shell', () => {
  it('has a skip link, the service name, the planning-aid banner and a start button', () => {
    renderAt('/');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#maincontent',
    );
    expect(screen.getByRole('banner')).toHaveTextContent(
      'Plan your route into palliative medicine',
    );
    expect(screen.getByText(/not official careers advice/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Plan your route into palliative medicine' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Plan your route into palliative medicine');
  });

  it('opens the planner from the start page and moves focus to the new page', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Your route to consultant in palliative medicine',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
    expect(document.title).toBe(
      'Your route to consultant – Plan your route into palliative medicine',
    );
  });

  it('loads the sources page on demand, with every conflict', async () => {
    renderAt('/sources');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sources and where they disagree' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'When UCAT 2026 registration opens' }),
    ).toBeInTheDocument();
  });

  it('says when a page does not exist', () => {
    renderAt('/nowhere');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
