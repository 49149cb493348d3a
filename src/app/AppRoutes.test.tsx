import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../tests/support/app';
import { planOwner, usePartTimeStore } from '../state/part-time-store';
import { selectActivePlan, usePlansStore } from '../state/plans-store';

beforeEach(() => {
  usePlansStore.getState().clearEverything();
  usePartTimeStore.getState().reset();
});

describe('the app shell', () => {
  it('has a skip link, the service name, the planning-aid banner and a start button', async () => {
    await renderAppAt('/');
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
    expect(await screen.findByRole('button', { name: 'Start now' })).toBeInTheDocument();
    expect(document.title).toBe('Plan your route into palliative medicine');
  });

  it('starts a plan from the start page, saves each answer and moves focus to each new page heading', async () => {
    const user = userEvent.setup();
    await renderAppAt('/');
    await user.click(await screen.findByRole('button', { name: 'Start now' }));
    // The nation comes first, so school years are asked in its own numbering.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Where do you live or plan to train?' }),
    ).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Scotland' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Where are you now?' }),
    ).toHaveFocus();
    expect(screen.getByText('S1 to S6')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Foundation year 2 (F2)' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What is your date of birth?' }),
    ).toBeInTheDocument();
    expect(selectActivePlan(usePlansStore.getState())?.answers.now).toEqual({ stage: 'f2' });
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '/questions/where-are-you-now',
    );
  });

  it('offers to continue a saved plan where it was left', async () => {
    const { createPlan, setAnswers } = usePlansStore.getState();
    setAnswers(createPlan('My plan'), { now: { stage: 'f2' }, dateOfBirth: '1999-04-01' });
    await renderAppAt('/');
    expect(await screen.findByRole('link', { name: 'Continue My plan' })).toHaveAttribute(
      'href',
      '/questions/nation',
    );
  });

  it('loads the sources page on demand, with every conflict', async () => {
    await renderAppAt('/sources');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sources and where they disagree' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'When UCAT 2026 registration opens' }),
    ).toBeInTheDocument();
  });

  it('forgets the part-time scenarios of a plan deleted for good when the saved plans page opens', async () => {
    const kept = usePlansStore.getState().createPlan('Kept');
    const { addScenario } = usePartTimeStore.getState();
    addScenario(planOwner(kept), 'At 80%', []);
    addScenario(planOwner('deleted-last-week'), 'At 60%', []);
    await renderAppAt('/plans');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your saved plans' }),
    ).toBeInTheDocument();
    expect(Object.keys(usePartTimeStore.getState().scenarios)).toEqual([planOwner(kept)]);
  });

  it('says when a page does not exist', async () => {
    await renderAppAt('/nowhere');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('says when saved plans could not all be read', async () => {
    usePlansStore.setState({
      loadProblem: {
        summary: 'We could not read all of your saved plans',
        details: ['Plan 2: the date of birth'],
        recoveryKey: 'pathway-plans:recovered:x',
      },
    });
    await renderAppAt('/');
    expect(
      await screen.findByText('We could not read all of your saved plans'),
    ).toBeInTheDocument();
    expect(screen.getByText('Plan 2: the date of birth')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Hide this message' }));
    expect(screen.queryByText('We could not read all of your saved plans')).not.toBeInTheDocument();
  });
});
