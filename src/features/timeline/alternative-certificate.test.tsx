/** The route page for a doctor who goes straight to ST4 with an Alternative Certificate. */
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { IsoDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import { TimelinePage } from './TimelinePage';

const TODAY = '2026-12-07' as IsoDate;
const LINKS = {
  checkAnswers: '/check-answers',
  continueQuestions: '/questions/nation',
  plans: '/plans',
  sources: '/sources',
  partTime: '/part-time/plan',
  pay: '/pay',
  compare: '/plans/compare',
  otherRoutes: '/roles#other-routes',
};

const GP_TRAINEE: PlanAnswers = {
  nation: 'england',
  now: { stage: 'other-post' },
  dateOfBirth: '1996-05-10',
  st4Route: 'alternative-certificate',
  mrcp: 'none',
};

function renderPage(answers: PlanAnswers) {
  render(
    <MemoryRouter>
      <TimelinePage
        planName="GP trainee"
        planId="plan-1"
        answers={answers}
        today={TODAY}
        links={LINKS}
        onAlreadyApplied={vi.fn()}
      />
    </MemoryRouter>,
  );
}

function step(name: string): HTMLElement {
  return screen.getByRole('heading', { name }).closest('li') as HTMLElement;
}

describe('the route by the Alternative Certificate', () => {
  it('goes from the current post straight to ST4, with the certificate, MRCP(UK) and the CCT dated', () => {
    renderPage(GP_TRAINEE);
    expect(
      screen.getByText(
        'You could become a consultant in palliative medicine in August 2032, aged 36, at the earliest.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual([
      'Your current post',
      'Higher specialty training (ST4 to ST7)',
      'Consultant in palliative medicine',
    ]);
    // Without Part 1, the round open on 7 December 2026 is too soon: the next one, for August 2028.
    expect(
      screen.getByText(/You need MRCP\(UK\) Part 1 by the time you apply for ST4/),
    ).toHaveTextContent('apply in November or December 2027 to start in August 2028');
    expect(step('Pass MRCP(UK) Part 1')).toHaveTextContent('November to December 2027');
    expect(step('Have your Alternative Certificate signed')).toHaveTextContent(
      'A consultant who knows your work',
    );
    expect(step('Have the full MRCP(UK) diploma')).toHaveTextContent('April 2028');
    expect(step('Have the full MRCP(UK) diploma')).toHaveTextContent(
      'The last one published was 18 April 2024',
    );
    expect(step('Start ST4 in palliative medicine')).toHaveTextContent('2 August 2028, age 32');
    expect(step('Certificate of Completion of Training (CCT)')).toHaveTextContent(
      '1 August 2032, age 36',
    );
  });

  it('ends with the other routes in, each with its sources, and says which one this plan takes', () => {
    renderPage(GP_TRAINEE);
    const section = screen.getByRole('region', { name: 'Other routes into palliative medicine' });
    expect(section).toHaveTextContent(
      'This plan goes straight to ST4 with an Alternative Certificate.',
    );
    expect([...section.querySelectorAll('summary')].map((summary) => summary.textContent)).toEqual([
      'Straight to ST4 with an Alternative Certificate',
      'The GMC Portfolio pathway (formerly CESR)',
      'Standalone IMY3 posts have ended',
    ]);
    for (const statement of section.querySelectorAll('[data-statement-id]')) {
      expect(statement.nextElementSibling?.classList.contains('app-source')).toBe(true);
    }
    expect(
      within(section).getByRole('link', { name: 'Other routes on the roles page' }),
    ).toHaveAttribute('href', '/roles#other-routes');
  });

  it('offers the Alternative Certificate to a doctor in another post who chose core training', () => {
    renderPage({ ...GP_TRAINEE, st4Route: 'core-training', coreRoute: 'imt' });
    const section = screen.getByRole('region', { name: 'Other routes into palliative medicine' });
    expect(within(section).getByRole('link', { name: 'change your answers' })).toHaveAttribute(
      'href',
      '/check-answers',
    );
    expect(screen.getByRole('heading', { name: 'Apply for IMT or ACCS-IM' })).toBeInTheDocument();
  });
});
