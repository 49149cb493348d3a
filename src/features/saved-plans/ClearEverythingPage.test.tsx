import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ClearEverythingPage, type SavedData } from './ClearEverythingPage';

const NOTHING: SavedData = {
  planCount: 0,
  hasPartTimeAnswers: false,
  recoveryCopyCount: 0,
  unreadableDataCount: 0,
};

function renderPage(saved: SavedData, inSession = false) {
  const onClear = vi.fn();
  render(
    <MemoryRouter>
      <ClearEverythingPage
        saved={saved}
        inSession={inSession}
        backHref="/plans"
        onClear={onClear}
      />
    </MemoryRouter>,
  );
  return onClear;
}

function expectWhatItCannotClear() {
  const page = document.body;
  expect(
    screen.getByRole('heading', { level: 2, name: 'What Pathway cannot clear' }),
  ).toBeVisible();
  for (const thing of [
    'your browser history',
    'files you downloaded',
    'anything you printed',
    'anything you copied',
  ]) {
    expect(page).toHaveTextContent(thing);
  }
  expect(page).toHaveTextContent(
    'open your browser’s history, usually with Ctrl+H (Cmd+Y on a Mac), and delete the Pathway pages',
  );
  expect(page).toHaveTextContent(
    'Files Pathway gives you to download are named without any personal details, unless you typed a plan name',
  );
  // Browser-neutral steps, and nothing that would send anyone to another site.
  expect(
    screen.queryAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('http')),
  ).toEqual([]);
}

describe('clear everything with nothing saved', () => {
  it('says there is nothing to clear, offers no button, and still says what Pathway cannot clear', () => {
    renderPage(NOTHING);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'There is nothing to clear',
    );
    expect(document.body).toHaveTextContent(
      'Pathway has nothing saved in this browser: no plans, no part-time answers or scenarios, and no copies of saved data.',
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'Go back to your saved plans' })).toHaveAttribute(
      'href',
      '/plans',
    );
    expectWhatItCannotClear();
  });

  it('speaks of the session during a session for someone else', () => {
    renderPage(NOTHING, true);
    expect(document.body).toHaveTextContent('Pathway has nothing saved in this session');
  });
});

describe('clear everything with something saved', () => {
  it('lists what it removes, says what it cannot clear, and clears when confirmed', async () => {
    const onClear = renderPage({
      ...NOTHING,
      planCount: 2,
      hasPartTimeAnswers: true,
      recoveryCopyCount: 1,
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Are you sure you want to clear everything from this device?',
    );
    expect(document.body).toHaveTextContent(
      'This removes all 2 saved plans, your part-time answers, periods and scenarios and the copy Pathway kept of saved data it could not read from this browser. You cannot undo this.',
    );
    expectWhatItCannotClear();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('counts part-time answers alone as something to clear', () => {
    renderPage({ ...NOTHING, hasPartTimeAnswers: true });
    expect(document.body).toHaveTextContent(
      'This removes your part-time answers, periods and scenarios from this browser.',
    );
    expect(screen.getByRole('button', { name: 'Yes, clear everything' })).toBeVisible();
  });

  it('counts copies of unreadable saved data alone as something to clear', () => {
    renderPage({ ...NOTHING, recoveryCopyCount: 3 });
    expect(document.body).toHaveTextContent(
      'This removes the 3 copies Pathway kept of saved data it could not read from this browser.',
    );
  });

  it('counts saved data it could not read or copy, left in place, as something to clear', () => {
    renderPage({ ...NOTHING, unreadableDataCount: 1 });
    expect(document.body).toHaveTextContent(
      'This removes the saved data Pathway could not read or copy from this browser.',
    );
  });

  it('during a session, clears only the session and says the person’s own plans stay', () => {
    renderPage({ ...NOTHING, planCount: 1 }, true);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Are you sure you want to clear everything from this session?',
    );
    expect(document.body).toHaveTextContent('This removes your 1 saved plan from this session.');
    expect(document.body).toHaveTextContent(
      'Your own saved plans in this browser are not part of the session and stay as they are.',
    );
  });
});
