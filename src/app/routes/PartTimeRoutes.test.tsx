import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderAppAt, startEachTestAfresh } from '../../../tests/support/app';
import { periods, F2_ANSWERS } from '../../../tests/support/plans';
import {
  CHANGED_IN_OTHER_TAB,
  PART_TIME_STORAGE_KEY,
  usePartTimeStore,
} from '../../state/part-time-store';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { typeDate } from '../../../tests/support/date-input';

startEachTestAfresh();

describe('the part-time pages', () => {
  it('are in the header', async () => {
    await renderAppAt('/part-time');
    expect(
      within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', {
        name: 'Part-time training',
      }),
    ).toHaveAttribute('href', '/part-time');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Part-time training and time out' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Make a plan of your route/)).toBeInTheDocument();
  });

  it('say when another tab changed the part-time answers, until the message is hidden', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    usePartTimeStore.setState({ otherTabNotice: CHANGED_IN_OTHER_TAB });
    await renderAppAt('/part-time');
    await screen.findByRole('heading', { level: 1, name: 'Part-time training and time out' });
    const banner = screen.getByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent(CHANGED_IN_OTHER_TAB);
    await user.click(within(banner).getByRole('button', { name: 'Hide this message' }));
    expect(screen.queryByText(CHANGED_IN_OTHER_TAB)).not.toBeInTheDocument();
  });

  it('ask the direct calculator’s questions first, then show the answer', async () => {
    await renderAppAt('/part-time/calculator');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Where do you train?' }),
    ).toBeInTheDocument();

    usePartTimeStore.getState().setCalculatorAnswers({
      nation: 'england',
      stage: 'st5',
      trainingLeft: 'cct-date',
      currentCct: '2029-08-05',
      wtePercent: 100,
    });
    usePartTimeStore
      .getState()
      .setCalculatorChanges(periods({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(await screen.findByRole('link', { name: 'Work out a new CCT date' }));
    expect(
      await screen.findByRole('heading', { name: 'Your provisional CCT date: 7 December 2030' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Current CCT date 5 August 2029')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Change ?hours now$/ })).toHaveAttribute(
      'href',
      '/part-time/calculator/hours',
    );
  });

  it('save a plan’s periods in its answers, checking them against the whole plan', async () => {
    const { createPlan, setAnswers } = usePlansStore.getState();
    setAnswers(createPlan('F2 plan'), F2_ANSWERS);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderAppAt('/part-time/plan/periods/new');
    await user.click(await screen.findByRole('radio', { name: 'Parental leave' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Parental leave' }),
    ).toBeInTheDocument();
    await typeDate(user, 'When does it start?', ['6', '8', '2031']);
    await typeDate(user, 'When does it end?', ['3', '8', '2032']);
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(
      await screen.findByRole('heading', { name: 'Your provisional CCT date: 5 August 2035' }),
    ).toBeInTheDocument();
    expect(selectActivePlan(usePlansStore.getState())?.answers.changes).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown,
        kind: 'parental-leave',
        start: '2031-08-06',
        end: '2032-08-03',
      },
    ]);

    // A second period that overlaps the first is refused on the editor, with what was entered kept.
    await user.click(screen.getByRole('link', { name: 'Add another period' }));
    await user.click(await screen.findByRole('radio', { name: 'Unpaid leave' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await typeDate(user, 'When does it start?', ['1', '9', '2031']);
    await typeDate(user, 'When does it end?', ['30', '9', '2031']);
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: /overlaps the parental leave/ }),
    ).toHaveAttribute('href', '#period-start-day');
    expect(
      within(screen.getByRole('group', { name: 'When does it start?' })).getByLabelText('Month'),
    ).toHaveValue('9');
    expect(selectActivePlan(usePlansStore.getState())?.answers.changes).toHaveLength(1);
  });

  it('show the working programme by programme when a plan’s periods fall in more than one', async () => {
    const { createPlan, setAnswers } = usePlansStore.getState();
    setAnswers(createPlan('F2 plan'), {
      ...F2_ANSWERS,
      changes: periods({ kind: 'ltft', start: '2026-12-01', end: null, wte: 0.8 }),
    });
    await renderAppAt('/part-time/plan');
    await screen.findByRole('heading', { level: 2, name: 'How it is worked out' });
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual(
      expect.arrayContaining([
        'Foundation Programme',
        'Core training',
        'Higher specialty training (ST4 to ST7)',
      ]),
    );
    // The rest of F2 (246 full-time days from 1 December 2026) at 80% takes 308 days, to 4 October
    // 2027; core training starts at the August 2028 rotation.
    expect(
      screen.getByText(
        'Then time out of training from 5 October 2027 to 1 August 2028, until the next programme starts.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/could not say how periods in Foundation or core training/),
    ).toBeInTheDocument();
    // Each table says which programme it works out, for people who move between tables.
    expect(
      screen.getByRole('table', {
        name: 'The working for core training, one row for each stretch of training',
      }),
    ).toBeInTheDocument();
  });

  it('say that a period in a year out changes nothing, with nothing to apply for', async () => {
    const { createPlan, setAnswers } = usePlansStore.getState();
    setAnswers(createPlan('F1 plan'), {
      ...F2_ANSWERS,
      now: { stage: 'f1' },
      yearsBeforeCoreTraining: 1,
      changes: periods({ kind: 'parental-leave', start: '2028-09-01', end: '2029-06-30' }),
    });
    await renderAppAt('/part-time/plan');
    expect(
      await screen.findByText(
        /The period from 1 September 2028 to 30 June 2029 falls in time out of training/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'What to do next' })).toBeNull();
  });

  it('ask where the doctor trains when answers saved before that question lack it, then show the answer with that nation’s notice', async () => {
    usePartTimeStore.getState().setCalculatorAnswers({
      stage: 'st5',
      trainingLeft: 'cct-date',
      currentCct: '2029-08-05',
      wtePercent: 100,
    });
    usePartTimeStore
      .getState()
      .setCalculatorChanges(periods({ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderAppAt('/part-time/calculator');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Where do you train?' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Scotland' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { name: 'Your provisional CCT date: 7 December 2030' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Where you train').nextElementSibling).toHaveTextContent('Scotland');
    expect(screen.getByText(/apply by/)).toHaveTextContent('apply by 4 May 2027.');
    expect(usePartTimeStore.getState().calculator.answers).toMatchObject({
      nation: 'scotland',
      stage: 'st5',
    });
  });

  it('use the plan’s nation for a plan’s part-time training', async () => {
    const { createPlan, setAnswers } = usePlansStore.getState();
    setAnswers(createPlan('F2 plan in Wales'), {
      ...F2_ANSWERS,
      nation: 'wales',
      changes: periods({ kind: 'ltft', start: '2031-08-06', end: null, wte: 0.8 }),
    });
    await renderAppAt('/part-time/plan');
    expect(
      await screen.findByText('In Wales, aim to apply at least 4 months before you start.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/apply by/)).toHaveTextContent('apply by 6 April 2031.');
    expect(
      screen.getByRole('heading', { level: 3, name: 'Training less than full time in Wales' }),
    ).toBeInTheDocument();
  });

  it('change a period to another kind, keeping its dates', async () => {
    usePartTimeStore.getState().setCalculatorAnswers({
      nation: 'england',
      stage: 'st5',
      trainingLeft: 'cct-date',
      currentCct: '2029-08-05',
      wtePercent: 100,
    });
    usePartTimeStore
      .getState()
      .setCalculatorChanges(
        periods({ kind: 'ltft', start: '2027-08-04', end: '2028-08-01', wte: 0.6 }),
      );
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderAppAt('/part-time/calculator/periods/p1');
    await user.click(
      await screen.findByRole('link', { name: 'Choose a different kind of period' }),
    );
    expect(
      await screen.findByRole('radio', { name: 'Less than full time training' }),
    ).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /^Out of programme for training/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Out of programme for training (OOPT)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'On a date' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    // The period keeps its id when its kind changes.
    expect(usePartTimeStore.getState().calculator.changes).toEqual([
      { id: 'p1', kind: 'oopt', start: '2027-08-04', end: '2028-08-01' },
    ]);
  });

  it('remove a period after asking', async () => {
    const { createPlan, setAnswers } = usePlansStore.getState();
    setAnswers(createPlan('F2 plan'), {
      ...F2_ANSWERS,
      changes: periods({ kind: 'parental-leave', start: '2031-08-06', end: '2032-08-03' }),
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderAppAt('/part-time/plan/periods/p1/remove');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Are you sure you want to remove this period?',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Parental leave: 6 August 2031 to 3 August 2032.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(
      await screen.findByText(
        'Full time, your CCT date is 6 August 2034. Add a period to see how it changes.',
      ),
    ).toBeInTheDocument();
    expect(selectActivePlan(usePlansStore.getState())?.answers.changes).toBeUndefined();
  });

  it('are forgotten when everything is cleared', async () => {
    usePartTimeStore.getState().setCalculatorAnswers({ stage: 'st5' });
    usePartTimeStore.getState().addScenario('calculator', 'Stay full time', []);
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).not.toBeNull();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderAppAt('/plans/clear-everything');
    await user.click(await screen.findByRole('button', { name: 'Yes, clear everything' }));
    expect(usePartTimeStore.getState().calculator.answers).toEqual({});
    expect(usePartTimeStore.getState().scenarios).toEqual({});
    expect(localStorage.getItem(PART_TIME_STORAGE_KEY)).toBeNull();
  });
});
