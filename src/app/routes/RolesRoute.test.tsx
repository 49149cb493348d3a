import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  YEAR_11_ANSWERS,
  renderAppAt,
  savePlan,
  startEachTestAfresh,
} from '../../../tests/support/app';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { variantPlanName } from './RolesRoute';

startEachTestAfresh();

describe('the roles page', () => {
  it('is in the header, and loads without a plan', async () => {
    await renderAppAt('/roles');
    expect(
      within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: 'Roles' }),
    ).toHaveAttribute('href', '/roles');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Roles in palliative medicine' }),
    ).toBeInTheDocument();
    expect(usePlansStore.getState().plans).toEqual([]);
  });

  it('is linked from the higher specialty training and consultant stages of the route', async () => {
    savePlan('Plan 1');
    await renderAppAt('/your-route');
    expect(
      await screen.findByRole('link', {
        name: 'Where you will work: hospice, hospital and community teams',
      }),
    ).toHaveAttribute('href', '/roles#where-you-work');
    expect(screen.getByRole('link', { name: 'Roles for consultants' })).toHaveAttribute(
      'href',
      '/roles#roles-and-routes',
    );
  });

  it('saves the skills checklist with the open plan', async () => {
    const user = userEvent.setup();
    const id = savePlan('Plan 1');
    await renderAppAt('/roles');
    await user.click(
      await screen.findByRole('checkbox', {
        name: 'Communicating well with patients, their families and colleagues',
      }),
    );
    expect(usePlansStore.getState().plans.find((plan) => plan.id === id)?.answers).toEqual({
      ...YEAR_11_ANSWERS,
      reflections: ['communication'],
    });
    expect(
      screen.getByRole('checkbox', {
        name: 'Communicating well with patients, their families and colleagues',
      }),
    ).toBeChecked();
  });

  it('opens the academic route as a new plan, a copy of the open plan, and shows its route', async () => {
    const user = userEvent.setup();
    const original = savePlan('Plan 1');
    await renderAppAt('/roles');
    await user.click(
      await screen.findByRole('button', { name: 'Open the academic route as a new plan' }),
    );
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Your route to consultant in palliative medicine',
      }),
    ).toBeInTheDocument();
    const state = usePlansStore.getState();
    expect(state.plans.map((plan) => plan.name)).toEqual([
      'Plan 1',
      'Academic route (copy of Plan 1)',
    ]);
    const copy = selectActivePlan(state);
    expect(copy?.name).toBe('Academic route (copy of Plan 1)');
    expect(copy?.answers).toEqual({
      ...YEAR_11_ANSWERS,
      changes: [{ id: 'p1', kind: 'oopr', start: '2040-08-01', end: '2043-07-31', credit: 1 / 3 }],
    });
    expect(state.plans.find((plan) => plan.id === original)?.answers).toEqual(YEAR_11_ANSWERS);
    expect(
      screen.getByText(
        'You could become a consultant in palliative medicine in August 2045, aged 34, at the earliest.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Academic route (copy of Plan 1)')).toBeInTheDocument();
  });
});

describe('variantPlanName', () => {
  const plan = (name: string) => ({
    id: name,
    name,
    answers: {},
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
  });

  it('names the copy after the route and the plan it copies', () => {
    expect(variantPlanName('Academic route', 'Plan 1', [plan('Plan 1')])).toBe(
      'Academic route (copy of Plan 1)',
    );
  });

  it('numbers a second copy', () => {
    expect(
      variantPlanName('Academic route', 'Plan 1', [
        plan('Plan 1'),
        plan('academic route (copy of plan 1)'),
      ]),
    ).toBe('Academic route (copy of Plan 1) (2)');
  });

  it('fits the 60-character limit on plan names', () => {
    const long = 'A plan with a very long name that goes on and on';
    const name = variantPlanName('Academic route', long, [plan(long)]);
    expect(name.length).toBeLessThanOrEqual(60);
    expect(name.startsWith('Academic route (copy of A plan')).toBe(true);
  });

  it('never cuts a character made of two code units in half at the limit', () => {
    // "Academic route (copy of " is 24 code units: the cut at 60 falls inside the emoji.
    const name = variantPlanName('Academic route', `${'a'.repeat(35)}📅 plan`, []);
    expect(name).toBe(`Academic route (copy of ${'a'.repeat(35)}`);
  });
});
