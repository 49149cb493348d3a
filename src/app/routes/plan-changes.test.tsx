import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAppAt, savePlan, startEachTestAfresh } from '../../../tests/support/app';

startEachTestAfresh();

describe('the saved plans page says what just happened', () => {
  it('after making a copy, names the plan and its copy', async () => {
    const user = userEvent.setup();
    savePlan('Year 11 plan');
    await renderAppAt('/plans');
    await user.click(await screen.findByRole('button', { name: /^Make a copy/ }));
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('Plan copied');
    expect(banner).toHaveTextContent('Copied ‘Year 11 plan’ as ‘Copy of Year 11 plan’.');
  });

  it('after renaming, gives the old name and the new one', async () => {
    const user = userEvent.setup();
    const id = savePlan('Year 11 plan');
    await renderAppAt(`/plans/${id}/rename`);
    const field = await screen.findByRole('textbox');
    await user.clear(field);
    await user.type(field, '  ACCS-IM instead  ');
    await user.click(screen.getByRole('button', { name: /Save|Rename|Continue/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your saved plans' }),
    ).toBeInTheDocument();
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('Plan renamed');
    expect(banner).toHaveTextContent('Renamed ‘Year 11 plan’ to ‘ACCS-IM instead’.');
  });

  it('says nothing after a rename that changed nothing', async () => {
    const user = userEvent.setup();
    const id = savePlan('Year 11 plan');
    await renderAppAt(`/plans/${id}/rename`);
    await screen.findByRole('textbox');
    await user.click(screen.getByRole('button', { name: /Save|Rename|Continue/ }));
    await screen.findByRole('heading', { level: 1, name: 'Your saved plans' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
