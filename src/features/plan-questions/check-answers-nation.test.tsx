/** The check answers page words each question in the nation's own terms (issue 12). */
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { PlanAnswers } from '../../domain/plan/answers';
import { CheckAnswersPage } from './CheckAnswersPage';

function renderPage(answers: PlanAnswers) {
  render(
    <MemoryRouter>
      <CheckAnswersPage
        answers={answers}
        planErrors={[]}
        backHref="/questions/previous"
        questionHref={(question) => `/questions/${question}`}
        onConfirm={() => {}}
      />
    </MemoryRouter>,
  );
}

/** The summary row whose key is `label`. */
function row(label: string): HTMLElement {
  const key = screen.getByText(label, { selector: 'dt' });
  const found = key.closest('.nhsuk-summary-list__row');
  if (!(found instanceof HTMLElement)) throw new Error(`no row for ${label}`);
  return found;
}

describe('check your answers in the nation’s words', () => {
  it('asks a pupil in Scotland about qualifications after National 5s', () => {
    renderPage({
      nation: 'scotland',
      now: { stage: 'school', yearGroup: 5 },
      qualifications: { schoolQualification: { kind: 'scottish-highers', subjects: [] } },
    });
    const qualifications = row('Qualifications after National 5s');
    // The hidden words after "Change", for screen readers; names keep their capitals.
    expect(qualifications.querySelector('.nhsuk-u-visually-hidden')).toHaveTextContent(
      'qualifications after National 5s',
    );
    expect(screen.queryByText('Qualifications after GCSEs')).not.toBeInTheDocument();
  });

  it('asks a pupil in Wales about qualifications after GCSEs, and gives letter grades as written', () => {
    renderPage({
      nation: 'wales',
      now: { stage: 'school', yearGroup: 11 },
      qualifications: {
        schoolQualification: { kind: 'a-levels', subjects: [] },
        gcse: { englishLanguage: 'B', maths: 7 },
      },
    });
    expect(row('Qualifications after GCSEs')).toBeInTheDocument();
    expect(within(row('GCSE grades')).getByText('English language B, maths 7')).toBeVisible();
  });

  it('names an unanswered question in the nation’s words in the error summary', () => {
    renderPage({ nation: 'scotland', now: { stage: 'school', yearGroup: 5 } });
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Answer "Qualifications after National 5s"',
      }),
    ).toHaveAttribute('href', '#answer-school-qualifications');
  });
});
