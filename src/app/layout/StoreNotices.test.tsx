import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../../tests/support/app';
import {
  PART_TIME_SAVE_FAILED,
  PART_TIME_STORAGE_KEY,
  usePartTimeStore,
} from '../../state/part-time-store';
import { PLANS_STORAGE_KEY } from '../../state/persistence';
import { usePlansStore } from '../../state/plans-store';

beforeEach(() => {
  usePlansStore.getState().clearEverything();
  usePartTimeStore.getState().reset();
});

const HELD_PLANS = {
  summary: 'We could not read your saved plans',
  details: ['All of your saved plans: the saved data is incomplete or has been changed by hand'],
  recoveryKey: '',
  heldKey: PLANS_STORAGE_KEY,
};

describe('notices about saved data', () => {
  it('says part-time changes could not be saved, and can be hidden', async () => {
    usePartTimeStore.setState({ loadProblem: PART_TIME_SAVE_FAILED });
    await renderAppAt('/');
    const banner = await screen.findByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent(
      'Your latest part-time changes could not be saved on this device',
    );
    expect(banner).not.toHaveTextContent('We could not read');
    await userEvent
      .setup()
      .click(within(banner).getByRole('button', { name: 'Hide this message' }));
    expect(usePartTimeStore.getState().loadProblem).toBeNull();
  });

  it('says unreadable data with no copy is left in place and changes are not saved, until the person chooses', async () => {
    usePlansStore.setState({ loadProblem: HELD_PLANS });
    const user = userEvent.setup();
    await renderAppAt('/');
    const banner = await screen.findByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent('Your changes are not being saved');
    expect(
      within(banner).getByRole('button', { name: 'Download the unreadable data' }),
    ).toBeInTheDocument();
    // Hiding the notice would hide that nothing is being saved.
    expect(within(banner).queryByRole('button', { name: 'Hide this message' })).toBeNull();

    await user.click(within(banner).getByRole('link', { name: 'Discard it' }));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Are you sure you want to discard the saved plans Pathway could not read?',
    });
    expect(heading).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, discard it' }));
    expect(await screen.findByRole('heading', { level: 1, name: /plans/i })).toBeInTheDocument();
    expect(usePlansStore.getState().loadProblem).toBeNull();
  });

  it('asks before discarding part-time data, and going back changes nothing', async () => {
    usePartTimeStore.setState({
      loadProblem: { ...HELD_PLANS, heldKey: PART_TIME_STORAGE_KEY },
    });
    const user = userEvent.setup();
    await renderAppAt('/');
    const banner = await screen.findByRole('region', { name: 'Important' });
    await user.click(within(banner).getByRole('link', { name: 'Discard it' }));
    await screen.findByRole('heading', {
      level: 1,
      name: 'Are you sure you want to discard the part-time answers and scenarios Pathway could not read?',
    });
    await user.click(screen.getByRole('link', { name: 'No, go back' }));
    expect(usePartTimeStore.getState().loadProblem?.heldKey).toBe(PART_TIME_STORAGE_KEY);
  });
});
