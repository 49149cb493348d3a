import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../domain/dates';
import { TimelinePage } from './TimelinePage';

const TODAY = '2026-11-25' as IsoDate;

function Harness({ initialPlan = null }: { initialPlan?: Record<string, unknown> | null }) {
  const [plan, setPlan] = useState<Record<string, unknown> | null>(initialPlan);
  return (
    <>
      <TimelinePage plan={plan} today={TODAY} onPlanChange={setPlan} sourcesHref="/sources" />
      <output data-testid="saved-plan">{JSON.stringify(plan)}</output>
    </>
  );
}

async function enterDateOfBirth(
  user: ReturnType<typeof userEvent.setup>,
  day: string,
  month: string,
  year: string,
) {
  const group = screen.getByRole('group', { name: 'What is your date of birth?' });
  await user.clear(within(group).getByLabelText('Day'));
  if (day) await user.type(within(group).getByLabelText('Day'), day);
  await user.clear(within(group).getByLabelText('Month'));
  if (month) await user.type(within(group).getByLabelText('Month'), month);
  await user.clear(within(group).getByLabelText('Year'));
  if (year) await user.type(within(group).getByLabelText('Year'), year);
}

describe('TimelinePage', () => {
  it('turns a Year 11 pupil’s answers into a dated route with ages and sources', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await enterDateOfBirth(user, '14', '3', '2011');
    await user.click(screen.getByRole('radio', { name: 'At school' }));
    await user.selectOptions(screen.getByLabelText('Which school year are you in?'), '11');
    await user.click(screen.getByRole('button', { name: 'Show my route' }));

    expect(JSON.parse(screen.getByTestId('saved-plan').textContent ?? 'null')).toEqual({
      dateOfBirth: '2011-03-14',
      nation: 'england',
      now: { stage: 'school', yearGroup: 11 },
      medicalSchoolRoute: 'standard',
      coreRoute: 'imt',
    });
    expect(
      screen.getByText(
        'You could become a consultant in palliative medicine in August 2043, aged 32, at the earliest.',
      ),
    ).toBeInTheDocument();
    const stages = screen
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(stages).toEqual([
      'School',
      'Medical school',
      'Foundation Programme (F1 and F2)',
      'Core training: Internal Medicine Training (IMT)',
      'Higher specialty training (ST4 to ST7)',
      'Consultant in palliative medicine',
    ]);
    const ucas = screen.getByRole('heading', { name: 'UCAS deadline for medicine' }).closest('li');
    expect(ucas).toHaveTextContent('15 October 2028, age 17');
    expect(
      within(ucas as HTMLElement).getByRole('link', { name: /UCAS: Application deadlines/ }),
    ).toHaveAttribute('href', expect.stringContaining('ucas.com'));
  });

  it('shows the NHS error summary and inline errors, and keeps what was typed', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await enterDateOfBirth(user, '30', '2', '2010');
    await user.click(screen.getByRole('button', { name: 'Show my route' }));

    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Date of birth must be a real date' }),
    ).toHaveAttribute('href', '#date-of-birth-day');
    expect(within(summary).getByRole('link', { name: 'Select where you are now' })).toHaveAttribute(
      'href',
      '#stage',
    );
    expect(document.title).toMatch(/^Error: /);
    expect(
      screen.getByRole('group', { name: 'What is your date of birth?' }),
    ).toHaveAccessibleDescription(
      'For example, 14 3 2011 Error: Date of birth must be a real date',
    );
    expect(screen.getByLabelText('Day')).toHaveValue('30');
    expect(screen.getByTestId('saved-plan')).toHaveTextContent('null');
  });

  it('reports engine errors, such as an age under 13, against the right field', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await enterDateOfBirth(user, '1', '1', '2020');
    await user.click(screen.getByRole('radio', { name: 'Consultant' }));
    await user.click(screen.getByRole('button', { name: 'Show my route' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: /aged 13 or over/ }),
    ).toHaveAttribute('href', '#date-of-birth-day');
  });

  it('keeps the last accepted route on screen when a later answer is wrong', async () => {
    const user = userEvent.setup();
    render(<Harness initialPlan={{ dateOfBirth: '1993-06-02', now: { stage: 'st', year: 5 } }} />);
    expect(screen.getByText(/August 2029, aged 36/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show my route' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByText(/August 2029, aged 36/)).toBeInTheDocument();
  });

  it('does not ask a doctor in training about medical school or core training', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(
      screen.getByRole('radio', { name: 'Specialty training in palliative medicine' }),
    );
    expect(
      screen.queryByRole('group', { name: 'Which route through medical school?' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('group', { name: 'Which core training route?' }),
    ).not.toBeInTheDocument();
    expect(screen.getByLabelText('Which specialty training year are you in?')).toBeInTheDocument();
  });
});
