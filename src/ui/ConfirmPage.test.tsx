import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmPage } from './ConfirmPage';
import { SERVICE_NAME } from './usePageTitle';

function renderPage(extra: { caption?: string; backLabel?: string; body?: boolean } = {}) {
  const onConfirm = vi.fn();
  render(
    <MemoryRouter initialEntries={['/things/1/delete']}>
      <Routes>
        <Route
          path="/things/1/delete"
          element={
            <ConfirmPage
              title="Are you sure you want to delete this thing?"
              caption={extra.caption}
              confirmLabel="Yes, delete it"
              backHref="/things"
              backLabel={extra.backLabel}
              onConfirm={onConfirm}
            >
              {extra.body === false ? undefined : <p>You cannot undo this.</p>}
            </ConfirmPage>
          }
        />
        <Route path="/things" element={<h1>Your things</h1>} />
      </Routes>
    </MemoryRouter>,
  );
  return onConfirm;
}

describe('ConfirmPage', () => {
  it('asks the question as the heading and the page title, with a red button that confirms', async () => {
    const onConfirm = renderPage();
    const question = 'Are you sure you want to delete this thing?';
    expect(screen.getByRole('heading', { level: 1, name: question })).toBeInTheDocument();
    expect(document.title).toBe(`${question} – ${SERVICE_NAME}`);
    expect(screen.getByText('You cannot undo this.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/things');
    const button = screen.getByRole('button', { name: 'Yes, delete it' });
    expect(button).toHaveClass('nhsuk-button', 'nhsuk-button--warning');
    await userEvent.setup().click(button);
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('has a way back, "No, go back" unless named, that changes nothing', async () => {
    const onConfirm = renderPage();
    await userEvent.setup().click(screen.getByRole('link', { name: 'No, go back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Your things' })).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('shows a caption above the heading and names the way back when asked', () => {
    renderPage({ caption: 'Scenario', backLabel: 'No, keep it', body: false });
    const caption = screen.getByText('Scenario');
    expect(caption).toHaveClass('nhsuk-caption-l');
    expect(caption.nextElementSibling).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByRole('link', { name: 'No, keep it' })).toHaveAttribute('href', '/things');
    expect(screen.queryByRole('link', { name: 'No, go back' })).not.toBeInTheDocument();
  });

  it('has no caption unless given one', () => {
    renderPage();
    expect(document.querySelector('.nhsuk-caption-l')).toBeNull();
  });
});
