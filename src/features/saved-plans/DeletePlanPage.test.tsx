import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { DeletePlanPage } from './DeletePlanPage';

describe('DeletePlanPage', () => {
  it('asks before deleting a plan, with a way back', async () => {
    const onDelete = vi.fn();
    render(
      <MemoryRouter>
        <DeletePlanPage planName="F2 plan" backHref="/plans" onDelete={onDelete} />
      </MemoryRouter>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Are you sure you want to delete F2 plan?' }),
    ).toBeInTheDocument();
    expect(document.title).toMatch(/^Are you sure you want to delete F2 plan\? – /);
    expect(
      screen.getByText(
        'Its answers will be removed from this device. You can undo this straight after.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'No, go back' })).toHaveAttribute('href', '/plans');
    expect(onDelete).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Yes, delete this plan' }));
    expect(onDelete).toHaveBeenCalledOnce();
  });
});
