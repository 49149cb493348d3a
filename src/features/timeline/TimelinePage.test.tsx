import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { IsoDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import { TimelinePage } from './TimelinePage';
import { periods, YEAR_11_ANSWERS } from '../../../tests/support/plans';

const TODAY = '2026-11-25' as IsoDate;
const LINKS = {
  checkAnswers: '/check-answers',
  continueQuestions: '/questions/nation',
  plans: '/plans',
  sources: '/sources',
  partTime: '/part-time/plan',
  pay: '/pay',
  compare: '/plans/compare',
};

function renderPage(
  answers: PlanAnswers,
  onAlreadyApplied = vi.fn(),
  stageLinks?: Parameters<typeof TimelinePage>[0]['stageLinks'],
) {
  render(
    <MemoryRouter>
      <TimelinePage
        planName="Plan 1"
        planId="plan-1"
        answers={answers}
        today={TODAY}
        links={LINKS}
        onAlreadyApplied={onAlreadyApplied}
        stageLinks={stageLinks}
      />
    </MemoryRouter>,
  );
  return onAlreadyApplied;
}

const year11: PlanAnswers = YEAR_11_ANSWERS;

describe('TimelinePage', () => {
  it('summarises the earliest consultant date and age, and lists every stage with dated steps', () => {
    renderPage(year11);
    expect(
      screen.getByText(
        'You could become a consultant in palliative medicine in August 2043, aged 32, at the earliest.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual([
      'School',
      'Medical school',
      'Foundation Programme (F1 and F2)',
      'Core training: Internal Medicine Training (IMT)',
      'Higher specialty training (ST4 to ST7)',
      'Consultant in palliative medicine',
    ]);
    const ucas = screen
      .getByRole('heading', { name: 'UCAS deadline for medicine' })
      .closest('li') as HTMLElement;
    // 15 October 2028 is a Sunday: the estimate is the next working day, and says why.
    expect(ucas).toHaveTextContent('16 October 2028, age 17');
    expect(ucas).toHaveTextContent(
      '15 October 2028 is a Sunday, so this estimate is the next working day, Monday 16 October 2028',
    );
    expect(ucas).toHaveTextContent('Estimate');
    expect(within(ucas).getByRole('link', { name: /UCAS: Application deadlines/ })).toHaveAttribute(
      'href',
      expect.stringContaining('ucas.com'),
    );
    expect(ucas).toHaveTextContent('checked 24 November 2026');
  });

  it('shows the route at a glance as links to each stage, with today marked', () => {
    renderPage(year11);
    const overview = screen.getByRole('navigation', { name: 'Your route at a glance' });
    expect(
      within(overview).getByRole('link', { name: 'School, 2026 to 2029 (you are here)' }),
    ).toHaveAttribute('href', '#stage-school');
    expect(
      within(overview).getByRole('link', { name: 'Medical school, 2029 to 2034' }),
    ).toHaveAttribute('href', '#stage-medical-school');
    expect(
      within(overview).getByRole('link', { name: /^Consultant in palliative medicine, from 2043/ }),
    ).toBeInTheDocument();
    expect(overview).toHaveTextContent('Today, 25 November 2026');
  });

  it('explains the out-of-date "six years" figure where specialty training appears', () => {
    renderPage(year11);
    const stage = screen.getByRole('region', { name: 'Higher specialty training (ST4 to ST7)' });
    expect(stage).toHaveTextContent('still say specialty training takes “a minimum of six years”');
    expect(within(stage).getByRole('link', { name: 'Where sources disagree' })).toHaveAttribute(
      'href',
      '/sources#conflict-specialty-training-length',
    );
  });

  it('says when a deadline has passed and lets someone who already applied say so', async () => {
    const user = userEvent.setup();
    const onAlreadyApplied = renderPage({
      ...year11,
      dateOfBirth: '2009-05-01',
      now: { stage: 'school', yearGroup: 13 },
    });
    expect(
      screen.getByText(
        /The UCAS deadline for courses starting in 2027 \(15 October 2026\) has passed/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I have already applied in this round' }));
    expect(onAlreadyApplied).toHaveBeenCalledOnce();
  });

  it('asks for the missing answers instead of showing a route it cannot work out', () => {
    renderPage({ now: { stage: 'f2' } });
    expect(
      screen.getByText('We need a few more answers before we can show your route.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Enter your date of birth')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue with the questions' })).toHaveAttribute(
      'href',
      '/questions/nation',
    );
  });

  it('offers to try part-time training from the route', () => {
    renderPage(year11);
    expect(screen.getByRole('link', { name: 'What if I train part time?' })).toHaveAttribute(
      'href',
      '/part-time/plan',
    );
    expect(screen.queryByText(/With your part-time periods/)).not.toBeInTheDocument();
  });

  it('offers to compare the route with another plan', () => {
    renderPage(year11);
    expect(
      screen.getByRole('link', { name: 'Compare this route with another plan' }),
    ).toHaveAttribute('href', '/plans/compare');
  });

  it('says the full-time date and how much later the CCT is when the plan has periods', () => {
    renderPage({
      dateOfBirth: '2000-06-01',
      nation: 'england',
      now: { stage: 'f2' },
      yearsBeforeCoreTraining: 0,
      coreRoute: 'imt',
      // 52 weeks of parental leave from the start of ST5.
      changes: periods({ kind: 'parental-leave', start: '2031-08-06', end: '2032-08-03' }),
    });
    expect(
      screen.getByText(
        'You could become a consultant in palliative medicine in August 2035, aged 35, at the earliest.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'With your part-time periods and time out, your CCT date is 5 August 2035: 11 months and 30 days later than full time, 6 August 2034.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/This is the shortest route with your periods/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Change your part-time periods and time out' }),
    ).toHaveAttribute('href', '/part-time/plan');
    const cct = screen
      .getByRole('heading', { name: 'Certificate of Completion of Training (CCT)' })
      .closest('li') as HTMLElement;
    expect(cct).toHaveTextContent('August 2035, age 35');
  });

  it('shows a stage’s link under its dates, such as where you will work in higher training', () => {
    renderPage(year11, vi.fn(), {
      'higher-specialty-training': {
        href: '/roles#where-you-work',
        text: 'Where you will work: hospice, hospital and community teams',
      },
      consultant: { href: '/roles#roles-and-routes', text: 'Roles for consultants' },
    });
    const higher = screen.getByRole('region', { name: 'Higher specialty training (ST4 to ST7)' });
    expect(
      within(higher).getByRole('link', {
        name: 'Where you will work: hospice, hospital and community teams',
      }),
    ).toHaveAttribute('href', '/roles#where-you-work');
    const consultant = screen.getByRole('region', { name: 'Consultant in palliative medicine' });
    expect(within(consultant).getByRole('link', { name: 'Roles for consultants' })).toHaveAttribute(
      'href',
      '/roles#roles-and-routes',
    );
    expect(
      within(screen.getByRole('region', { name: 'School' })).queryByRole('link', { name: /Roles/ }),
    ).not.toBeInTheDocument();
  });

  it('lists the plan’s periods under the stage they start in', () => {
    renderPage({
      ...year11,
      changes: periods({ kind: 'oopr', start: '2040-08-01', end: '2043-07-31', credit: 1 / 3 }),
    });
    expect(
      screen.getByText(
        'You could become a consultant in palliative medicine in August 2045, aged 34, at the earliest.',
      ),
    ).toBeInTheDocument();
    const higher = screen.getByRole('region', { name: 'Higher specialty training (ST4 to ST7)' });
    expect(higher).toHaveTextContent('Your part-time periods and time out in this stage:');
    expect(
      within(higher).getByText(
        'Out of programme for research (OOPR), 33.3% counting towards training: 1 August 2040 to 31 July 2043',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Core training: Internal Medicine Training (IMT)' }),
    ).not.toHaveTextContent('Your part-time periods');
  });
});
