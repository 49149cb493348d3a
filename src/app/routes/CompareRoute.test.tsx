import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { selectActivePlan, usePlansStore } from '../store/plans-store';

const YEAR_11_ANSWERS = {
  now: { stage: 'school', yearGroup: 11 },
  dateOfBirth: '2011-03-14',
  nation: 'england',
  medicalSchoolRoute: 'standard',
  intercalate: false,
  gapYearsBeforeMedicalSchool: 0,
  yearsBeforeCoreTraining: 0,
  coreRoute: 'imt',
} as const;

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}

function savedPlan(name: string, answers: Record<string, unknown>) {
  const { createPlan, setAnswers } = usePlansStore.getState();
  const id = createPlan(name);
  setAnswers(id, answers);
  return id;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T10:00:00') });
  usePlansStore.getState().clearEverything();
});

afterEach(() => {
  vi.useRealTimers();
});

const heading = () => screen.findByRole('heading', { level: 1, name: 'Compare two plans' });

describe('comparing two plans', () => {
  it('asks for a second plan when there is only one, and links to the saved plans', async () => {
    savedPlan('IMT plan', YEAR_11_ANSWERS);
    renderAt('/plans/compare');
    await heading();
    expect(screen.getByText(/You need two saved plans to compare them/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Your saved plans' })).toHaveAttribute(
      'href',
      '/plans',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is offered on the saved plans page once there are two plans', async () => {
    savedPlan('IMT plan', YEAR_11_ANSWERS);
    const { unmount } = renderAt('/plans');
    await screen.findByRole('heading', { level: 1, name: 'Your saved plans' });
    expect(screen.queryByRole('link', { name: 'Compare two plans' })).not.toBeInTheDocument();
    unmount();
    savedPlan('ACCS-IM plan', { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' });
    renderAt('/plans');
    await screen.findByRole('heading', { level: 1, name: 'Your saved plans' });
    expect(screen.getByRole('link', { name: 'Compare two plans' })).toHaveAttribute(
      'href',
      '/plans/compare',
    );
  });

  it('shows the open plan and the next one side by side, with the CCT difference', async () => {
    savedPlan('IMT plan', YEAR_11_ANSWERS);
    const accs = savedPlan('ACCS-IM plan', { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' });
    usePlansStore.getState().switchPlan(accs);
    renderAt('/plans/compare');
    await heading();
    expect(screen.getByRole('combobox', { name: 'First plan' })).toHaveValue(accs);
    // ACCS-IM is one training year longer: 52 weeks between first Wednesdays in August.
    expect(
      screen.getByText(
        'IMT plan reaches the Certificate of Completion of Training (CCT) 11 months and 29 days earlier than ACCS-IM plan: 2 August 2043 against 31 July 2044.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Key dates in ACCS-IM plan and IMT plan' });
    const row = (name: string) =>
      within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(row('Start ST4 in palliative medicine')).toHaveTextContent(
      /1 August 2040Age 29, estimate3 August 2039Age 28, estimate11 months and 29 days earlier/,
    );
    expect(row('Start medical school')).toHaveTextContent('the same date');
    expect(row('Start core training')).toBeInTheDocument();
  });

  it('keeps the choice in the address, and says when the same plan is chosen twice', async () => {
    const imt = savedPlan('IMT plan', YEAR_11_ANSWERS);
    savedPlan('ACCS-IM plan', { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderAt('/plans/compare');
    await heading();
    await user.selectOptions(screen.getByRole('combobox', { name: 'First plan' }), imt);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Second plan' }), imt);
    await user.click(screen.getByRole('button', { name: 'Compare plans' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Choose a different plan from the first one');
    expect(document.title).toMatch(/^Error: Compare two plans/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(usePlansStore.getState().plans).toHaveLength(2);
  });

  it('says when the address names a plan that is not saved here, and changes nothing', async () => {
    savedPlan('IMT plan', YEAR_11_ANSWERS);
    const accs = savedPlan('ACCS-IM plan', { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' });
    const before = usePlansStore.getState().plans;
    renderAt(`/plans/compare?first=not-a-plan&second=${accs}`);
    await heading();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Choose one of the plans saved on this device',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(usePlansStore.getState().plans).toBe(before);
  });

  it('says which plan is not finished, and opens it', async () => {
    const imt = savedPlan('IMT plan', YEAR_11_ANSWERS);
    const unfinished = savedPlan('Half done', { now: { stage: 'school', yearGroup: 12 } });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderAt(`/plans/compare?first=${imt}&second=${unfinished}`);
    await heading();
    expect(
      screen.getByText(/Half done is not finished, so Pathway cannot show the dates side by side/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open Half done' }));
    expect(selectActivePlan(usePlansStore.getState())?.id).toBe(unfinished);
  });
});
