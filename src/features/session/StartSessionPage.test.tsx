import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { StartSessionPage } from './StartSessionPage';

function renderPage(inSession: boolean, couldNotStart = false) {
  const onStart = vi.fn();
  render(
    <MemoryRouter>
      <StartSessionPage
        inSession={inSession}
        couldNotStart={couldNotStart}
        backHref="/"
        onStart={onStart}
      />
    </MemoryRouter>,
  );
  return onStart;
}

describe('starting a session for someone else', () => {
  it('says what the session keeps apart and what ending it does not clear, then starts it', async () => {
    const onStart = renderPage(false);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Start a session for someone else',
    );
    const page = document.body;
    expect(page).toHaveTextContent(
      'what you enter is kept in this browser tab only, and is not saved on the device',
    );
    expect(page).toHaveTextContent(
      'your own saved plans in this browser are not shown and are not changed, and will be here again when the session ends',
    );
    expect(page).toHaveTextContent(
      'Ending the session does not clear the browser’s history, files you downloaded, anything you printed or anything you copied.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start the session' }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it('says plainly when the browser would not let the session start', () => {
    renderPage(false, true);
    const problem = screen.getByRole('region', { name: 'Important' });
    expect(problem).toHaveTextContent(
      'This browser will not let Pathway keep anything in this tab, so the session could not start.',
    );
    expect(problem).toHaveTextContent(
      'Nothing has changed. Your own saved plans are as they were.',
    );
  });

  it('offers no second session in a tab already in one', () => {
    renderPage(true);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'This tab is already in a session for someone else',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
