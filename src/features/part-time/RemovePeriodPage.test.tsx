import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { periods } from '../../../tests/support/plans';
import { RemovePeriodPage } from './RemovePeriodPage';

describe('RemovePeriodPage', () => {
  it('asks before removing a period, naming it, with a way back that keeps it', async () => {
    const onRemove = vi.fn();
    const [period] = periods({ kind: 'parental-leave', start: '2031-08-06', end: '2032-08-03' });
    render(
      <MemoryRouter>
        <RemovePeriodPage
          period={period!}
          listName="Your periods"
          backHref="/part-time/plan/periods"
          onRemove={onRemove}
        />
      </MemoryRouter>,
    );
    const question = 'Are you sure you want to remove this period?';
    expect(screen.getByRole('heading', { level: 1, name: question })).toBeInTheDocument();
    expect(document.title).toMatch(/^Are you sure you want to remove this period\? – /);
    expect(screen.getByText('Your periods')).toHaveClass('nhsuk-caption-l');
    expect(screen.getByText('Parental leave: 6 August 2031 to 3 August 2032.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'No, keep it' })).toHaveAttribute(
      'href',
      '/part-time/plan/periods',
    );
    expect(onRemove).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(onRemove).toHaveBeenCalledOnce();
  });
});
