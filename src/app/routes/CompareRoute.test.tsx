import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  YEAR_11_ANSWERS,
  renderAppAt,
  savePlan,
  startEachTestAfresh,
} from '../../../tests/support/app';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';

startEachTestAfresh();

const heading = () => screen.findByRole('heading', { level: 1, name: 'Compare two plans' });

describe('comparing two plans', () => {
  it('asks for a second plan when there is only one, and links to the saved plans', async () => {
    savePlan('IMT plan', YEAR_11_ANSWERS);
    await renderAppAt('/plans/compare');
    await heading();
    expect(screen.getByText(/You need two saved plans to compare them/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Your saved plans' })).toHaveAttribute(
      'href',
      '/plans',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is offered on the saved plans page once there are two plans', async () => {
    savePlan('IMT plan', YEAR_11_ANSWERS);
    const { unmount } = await renderAppAt('/plans');
    await screen.findByRole('heading', { level: 1, name: 'Your saved plans' });
    expect(screen.queryByRole('link', { name: 'Compare two plans' })).not.toBeInTheDocument();
    unmount();
    savePlan('ACCS-IM plan', { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' });
    await renderAppAt('/plans');
    await screen.findByRole('heading', { level: 1, name: 'Your saved plans' });
    expect(screen.getByRole('link', { name: 'Compare two plans' })).toHaveAttribute(
      'href',
      '/plans/compare',
    );
  });

  it('shows the open plan and the next one side by side, with the CCT difference', async () => {
    savePlan('IMT plan', YEAR_11_ANSWERS);
    const accs = savePlan('ACCS-IM plan', { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' });
    usePlansStore.getState().switchPlan(accs);
    await renderAppAt('/plans/compare');
    await heading();
    expect(screen.getByRole('combobox', { name: 'First plan' })).toHaveValue(accs);
    // ACCS-IM is one training year longer: 52 weeks between first Wednesdays in August, which for
    // estimated dates is said as about a year.
    expect(
      screen.getByText(
        'IMT plan reaches the Certificate of Completion of Training (CCT) about 1 year earlier than ACCS-IM plan: 2 August 2043 against 31 July 2044.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Key dates in ACCS-IM plan and IMT plan' });
    const row = (name: string) =>
      within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(row('Start ST4 in palliative medicine')).toHaveTextContent(
      /1 August 2040Age 29, estimate3 August 2039Age 28, estimateabout 1 year earlier/,
    );
    expect(row('Start medical school')).toHaveTextContent('the same date');
    expect(row('Start core training')).toBeInTheDocument();
  });

  it('says longer differences in years, rounded as the dates are estimates', async () => {
    const imt = savePlan('IMT plan', YEAR_11_ANSWERS);
    const later = savePlan('Gap year and ACCS-IM', {
      ...YEAR_11_ANSWERS,
      gapYearsBeforeMedicalSchool: 1,
      coreRoute: 'accs-im',
    });
    await renderAppAt(`/plans/compare?first=${imt}&second=${later}`);
    await heading();
    // A gap year moves everything a year; ACCS-IM adds a training year from ST4 on.
    expect(
      screen.getByText(
        'Gap year and ACCS-IM reaches the Certificate of Completion of Training (CCT) about 2 years later than IMT plan: 6 August 2045 against 2 August 2043.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(
      within(table).getByRole('rowheader', { name: 'Start medical school' }).closest('tr'),
    ).toHaveTextContent('about 1 year later');
  });

  it('gives a first degree before graduate entry its own row', async () => {
    const standard = savePlan('Standard course', YEAR_11_ANSWERS);
    const graduateEntry = savePlan('Graduate entry', {
      ...YEAR_11_ANSWERS,
      medicalSchoolRoute: 'graduate-entry',
      qualificationYear: 2032,
    });
    await renderAppAt(`/plans/compare?first=${standard}&second=${graduateEntry}`);
    await heading();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(
      /^Start a first degreeNot in this planSeptember 2029Age 18, estimateNot in both plans$/,
    );
    expect(rows[2]).toHaveTextContent(/^UCAS deadline for medicine.*about 3 years later$/);
  });

  it('keeps the choice in the address, and says when the same plan is chosen twice', async () => {
    const imt = savePlan('IMT plan', YEAR_11_ANSWERS);
    savePlan('ACCS-IM plan', { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderAppAt('/plans/compare');
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
    savePlan('IMT plan', YEAR_11_ANSWERS);
    const accs = savePlan('ACCS-IM plan', { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' });
    const before = usePlansStore.getState().plans;
    await renderAppAt(`/plans/compare?first=not-a-plan&second=${accs}`);
    await heading();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Choose one of the plans saved on this device',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(usePlansStore.getState().plans).toBe(before);
  });

  it('says which plan is not finished, and opens it', async () => {
    const imt = savePlan('IMT plan', YEAR_11_ANSWERS);
    const unfinished = savePlan('Half done', { now: { stage: 'school', yearGroup: 12 } });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderAppAt(`/plans/compare?first=${imt}&second=${unfinished}`);
    await heading();
    expect(
      screen.getByText(/Half done is not finished, so Pathway cannot show the dates side by side/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open Half done' }));
    expect(selectActivePlan(usePlansStore.getState())?.id).toBe(unfinished);
  });
});
