/**
 * A question page while another tab saves the same plan: what the person has chosen here but not yet
 * submitted is kept, and Continue saves it (issue 15).
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlanAnswers } from '../../domain/plan/answers';
import { renderAppAt, savePlan, startEachTestAfresh } from '../../../tests/support/app';
import { usePlansStore } from '../../state/plans-store';

startEachTestAfresh();

const IMT = /^Internal Medicine Training \(IMT\)/;
const ACCS = /^Acute Care Common Stem, internal medicine \(ACCS-IM\)/;

/** What the store does when another tab's save arrives: the plan's answers and updatedAt change. */
function anotherTabSaves(id: string, changes: Partial<PlanAnswers>, updatedAt: string) {
  act(() => {
    usePlansStore.setState(({ plans }) => ({
      plans: plans.map((plan) =>
        plan.id === id ? { ...plan, answers: { ...plan.answers, ...changes }, updatedAt } : plan,
      ),
    }));
  });
}

function savedCoreRoute(id: string) {
  return usePlansStore.getState().plans.find((plan) => plan.id === id)?.answers.coreRoute;
}

describe('a question page when another tab saves the same plan', () => {
  it('keeps an answer chosen but not submitted when another answer changed there, and saves it', async () => {
    const user = userEvent.setup();
    const id = savePlan('Shared plan');
    await renderAppAt('/questions/core-route');
    await user.click(await screen.findByRole('radio', { name: ACCS }));

    anotherTabSaves(id, { nation: 'wales' }, '2026-11-25T10:05:00.000Z');
    expect(screen.getByRole('radio', { name: ACCS })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(savedCoreRoute(id)).toBe('accs-im');
    // The other tab's change is kept too.
    expect(usePlansStore.getState().plans[0]?.answers.nation).toBe('wales');
  });

  it('keeps the chosen answer even when the other tab saved a different one to the same question', async () => {
    const user = userEvent.setup();
    const id = savePlan('Shared plan');
    await renderAppAt('/questions/core-route');
    await user.click(await screen.findByRole('radio', { name: ACCS }));
    anotherTabSaves(id, { coreRoute: 'imt' }, '2026-11-25T10:05:00.000Z');
    expect(screen.getByRole('radio', { name: ACCS })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(savedCoreRoute(id)).toBe('accs-im');
  });

  it('shows the other tab’s new answer when nothing had been chosen here', async () => {
    const id = savePlan('Shared plan');
    await renderAppAt('/questions/core-route');
    expect(await screen.findByRole('radio', { name: IMT })).toBeChecked();
    anotherTabSaves(id, { coreRoute: 'accs-im' }, '2026-11-25T10:05:00.000Z');
    expect(screen.getByRole('radio', { name: ACCS })).toBeChecked();
  });
});
