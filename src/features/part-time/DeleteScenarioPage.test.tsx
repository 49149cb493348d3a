import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { DeleteScenarioPage } from './DeleteScenarioPage';

describe('DeleteScenarioPage', () => {
  it('asks before deleting a scenario, with a way back that keeps it', async () => {
    const onDelete = vi.fn();
    render(
      <MemoryRouter>
        <DeleteScenarioPage
          name="Stay full time"
          backHref="/part-time/plan/scenarios/s1"
          onDelete={onDelete}
        />
      </MemoryRouter>,
    );
    const question = 'Are you sure you want to delete Stay full time?';
    expect(screen.getByRole('heading', { level: 1, name: question })).toBeInTheDocument();
    expect(document.title).toMatch(/^Are you sure you want to delete Stay full time\? – /);
    expect(screen.getByText('Scenario')).toHaveClass('nhsuk-caption-l');
    expect(
      screen.getByText('Its periods are deleted too. Your current periods do not change.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'No, keep it' })).toHaveAttribute(
      'href',
      '/part-time/plan/scenarios/s1',
    );
    expect(onDelete).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(onDelete).toHaveBeenCalledOnce();
  });
});
