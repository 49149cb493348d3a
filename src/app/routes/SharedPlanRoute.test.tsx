import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanAnswers } from '../../domain/plan/answers';
import { encodeSharedPlan } from '../../domain/plan/share-link';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { forgetSharedPlan } from '../../features/shared-plan/held-shared-plan';
import { enterSessionMode, leaveSessionMode } from '../../state/storage-area';
import { NO_PLAN_HELD_MESSAGE, freePlanName } from './SharedPlanRoute';
import { sharedPlanLink } from './TimelineRoute';
import {
  YEAR_11_ANSWERS,
  renderAppAt,
  savePlan,
  startEachTestAfresh,
} from '../../../tests/support/app';
import { periods } from '../../../tests/support/plans';

const CCT_SUMMARY =
  'You could become a consultant in palliative medicine in August 2043, aged 32, at the earliest.';

startEachTestAfresh();
// A link's plan is held in memory for the tab; each test is a new tab.
beforeEach(() => {
  forgetSharedPlan();
  leaveSessionMode();
});

describe('the route page’s link', () => {
  it('holds the plan’s answers and part-time periods, but not its skills checklist', async () => {
    const changes = periods({ kind: 'ltft', start: '2038-08-01', end: null, wte: 0.8 });
    savePlan('Standard route', { ...YEAR_11_ANSWERS, changes, reflections: ['communication'] });
    await renderAppAt('/your-route');
    const section = within(
      // The route page's code loads on demand: on a busy machine its first load takes seconds.
      await screen.findByRole('region', { name: 'Send this plan as a link' }, { timeout: 15_000 }),
    );
    const input = section.getByRole('textbox', { name: 'Link to this plan' });
    expect(input).toHaveAttribute('readonly');
    const link = (input as HTMLInputElement).value;
    expect(link).toBe(
      `http://localhost:3000/shared#${encodeSharedPlan('Standard route', {
        ...YEAR_11_ANSWERS,
        changes,
      })}`,
    );
    expect(input).toHaveAccessibleDescription(/Anyone with the link can see them/);
    expect(input).toHaveAccessibleDescription(/not sent to or stored on any server/);
    expect(input).toHaveAccessibleDescription(
      /skills checklist is personal, so it is not included/,
    );
  }, 20_000);

  it('is left out, with a reason, when the plan is too big for a link', () => {
    // Cast: no real answer is this long, so the huge value is made by hand.
    const huge = { ...YEAR_11_ANSWERS, nation: 'x'.repeat(10_000) } as unknown as PlanAnswers;
    expect(sharedPlanLink('Plan 1', huge, 'https://example.test')).toBeNull();
    expect(sharedPlanLink('Plan 1', YEAR_11_ANSWERS, 'https://example.test')).toMatch(
      /^https:\/\/example\.test\/shared#v3\./,
    );
  });
});

describe('opening a link', () => {
  const link = `/shared#${encodeSharedPlan('Standard route', YEAR_11_ANSWERS)}`;

  it('shows the plan’s name, answers and route without saving anything', async () => {
    const existing = savePlan('My own plan');
    const before = usePlansStore.getState().plans;
    await renderAppAt(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Standard route' }),
    ).toBeInTheDocument();
    // An effect sets the title just after the heading appears (this failed once on a loaded machine).
    await waitFor(() => expect(document.title).toMatch(/^A plan sent as a link – /));
    expect(screen.getByText(CCT_SUMMARY)).toBeInTheDocument();
    expect(screen.getByText('Date of birth')).toBeInTheDocument();
    expect(screen.getByText('14 March 2011')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /could not be read/ })).toBeNull();
    expect(usePlansStore.getState().plans).toBe(before);
    expect(usePlansStore.getState().activePlanId).toBe(existing);
    // The browser may still list the link: a shared computer needs its history cleared.
    expect(screen.getByText(/taken the plan out of this page’s address/)).toBeInTheDocument();
    expect(screen.getByText(/clear this browser’s history/)).toBeInTheDocument();
  });

  it('keeps showing the plan, from memory, once the link has left the address, until it is saved', async () => {
    const user = userEvent.setup();
    const first = await renderAppAt(link);
    await screen.findByRole('heading', { level: 1, name: 'Standard route' });
    first.unmount();

    // Back at /shared in the same tab, as after visiting another page: the address has no plan.
    const again = await renderAppAt('/shared');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Standard route' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save this plan on this device' }));
    await screen.findByRole('heading', { level: 1, name: /Your route to consultant/ });
    again.unmount();

    await renderAppAt('/shared');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'There is a problem with this link' }),
    ).toBeInTheDocument();
    expect(screen.getByText(NO_PLAN_HELD_MESSAGE)).toBeInTheDocument();
  });

  it('is forgotten when everything is cleared, so a shared computer keeps nothing of it', async () => {
    const user = userEvent.setup();
    savePlan('Own plan');
    const first = await renderAppAt(link);
    await screen.findByRole('heading', { level: 1, name: 'Standard route' });
    first.unmount();

    const clear = await renderAppAt('/plans/clear-everything');
    await user.click(await screen.findByRole('button', { name: 'Yes, clear everything' }));
    await screen.findByText('Everything Pathway saved in this browser has been cleared.');
    clear.unmount();

    await renderAppAt('/shared');
    expect(await screen.findByText(NO_PLAN_HELD_MESSAGE)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Standard route' })).not.toBeInTheDocument();
  });

  it('is forgotten when an adviser ends a session for someone else', async () => {
    const user = userEvent.setup();
    enterSessionMode();
    const first = await renderAppAt(link);
    await screen.findByRole('heading', { level: 1, name: 'Standard route' });
    first.unmount();

    const other = await renderAppAt('/sources');
    await user.click(await screen.findByRole('button', { name: 'End session and clear' }));
    await screen.findByText('The session has ended and everything from it has been cleared.');
    other.unmount();

    await renderAppAt('/shared');
    expect(await screen.findByText(NO_PLAN_HELD_MESSAGE)).toBeInTheDocument();
  });

  it('saves it as a new plan, under a free name, and opens its route', async () => {
    const user = userEvent.setup();
    savePlan('Standard route');
    await renderAppAt(link);
    await user.click(await screen.findByRole('button', { name: 'Save this plan on this device' }));

    const { plans } = usePlansStore.getState();
    expect(plans.map((plan) => plan.name)).toEqual(['Standard route', 'Standard route (2)']);
    const opened = selectActivePlan(usePlansStore.getState());
    expect(opened?.name).toBe('Standard route (2)');
    expect(opened?.answers).toEqual(YEAR_11_ANSWERS);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Your route to consultant in palliative medicine',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(CCT_SUMMARY)).toBeInTheDocument();
  });

  it('says which answers could not be read and that they will need answering again', async () => {
    const user = userEvent.setup();
    const tampered = encodeSharedPlan('Changed', {
      ...YEAR_11_ANSWERS,
      // Wrong types, as if the link had been made by hand.
      ...({ dateOfBirth: 20110314, intercalate: 'no' } as object),
    });
    await renderAppAt(`/shared#${tampered}`);
    const callout = (
      await screen.findByRole('heading', { level: 2, name: /Some answers could not be read/ })
    ).closest('div');
    expect(callout).not.toBeNull();
    expect(
      within(callout as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['the date of birth', 'whether you plan an intercalated year']);
    expect(callout).toHaveTextContent('you will need to answer those questions again');
    expect(screen.getByText(/This plan is not finished/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save this plan on this device' }));
    const opened = selectActivePlan(usePlansStore.getState());
    expect(opened?.answers).not.toHaveProperty('dateOfBirth');
    expect(opened?.answers.nation).toBe('england');
    // The route page asks for the answers still missing.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your route to consultant' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue with the questions' })).toHaveAttribute(
      'href',
      '/questions/date-of-birth',
    );
  });

  it('says what is wrong with a period the engine refuses, rather than calling the plan unfinished', async () => {
    const changes = periods({ kind: 'ltft', start: '2038-08-01', end: null, wte: 0.1 });
    await renderAppAt(
      `/shared#${encodeSharedPlan('Too few hours', { ...YEAR_11_ANSWERS, changes })}`,
    );
    expect(
      await screen.findByText(
        'We cannot show this plan’s route because of its part-time periods or time out:',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/must be at least 0\.2 \(20%\)/).tagName).toBe('LI');
    expect(screen.queryByText(/This plan is not finished/)).toBeNull();
  });

  it.each([
    ['no plan at all', '/shared'],
    ['a link cut short', link.slice(0, -20)],
    ['a link with a character changed', link.replace('v3.e', 'v3.f')],
    ['a link from another version', link.replace('#v3.', '#v9.')],
  ])('shows a plain problem page for %s, saving nothing', async (_case, path) => {
    savePlan('My own plan');
    const before = usePlansStore.getState().plans;
    await renderAppAt(path);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'There is a problem with this link' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ask the person who sent it to send it again/i)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'start a new plan' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
    expect(usePlansStore.getState().plans).toBe(before);
  });
});

describe('freePlanName', () => {
  it('keeps a free name, and adds (2), (3) and so on within the length limit', () => {
    const plan = (name: string) => ({ id: name, name, answers: {}, createdAt: '', updatedAt: '' });
    expect(freePlanName('Plan', [])).toBe('Plan');
    expect(freePlanName('Plan', [plan('plan'), plan('Plan (2)')])).toBe('Plan (3)');
    const long = 'a'.repeat(60);
    expect(freePlanName(long, [plan(long)])).toBe(`${'a'.repeat(56)} (2)`);
  });

  it('never cuts a character made of two code units in half to make room for (2)', () => {
    const plan = (name: string) => ({ id: name, name, answers: {}, createdAt: '', updatedAt: '' });
    const withEmoji = `${'a'.repeat(55)}📅📅`.slice(0, 59);
    expect(freePlanName(withEmoji, [plan(withEmoji)])).toBe(`${'a'.repeat(55)} (2)`);
  });
});
