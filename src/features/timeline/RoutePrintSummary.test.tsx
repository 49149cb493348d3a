import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IsoDate } from '../../domain/dates';
import { checkEntryRequirements } from '../../domain/entry';
import type { PlanAnswers } from '../../domain/plan/answers';
import { YEAR_11_ANSWERS } from '../../../tests/support/plans';
import { TimelinePage } from './TimelinePage';

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
const ANSWERS = {
  ...YEAR_11_ANSWERS,
  qualifications: {
    schoolQualification: {
      kind: 'a-levels',
      subjects: [
        { subject: 'chemistry', grade: 'A' },
        { subject: 'biology', grade: 'A' },
        { subject: 'maths', grade: 'B' },
      ],
    },
    gradesAre: 'predicted',
  },
} satisfies PlanAnswers;

function renderRoute() {
  render(
    <MemoryRouter>
      <TimelinePage
        planName="Year 11 plan"
        planId="plan-1"
        answers={ANSWERS}
        today={TODAY}
        links={LINKS}
        onAlreadyApplied={vi.fn()}
        entryCheck={checkEntryRequirements(ANSWERS.qualifications, {
          stage: 'school',
          medicalSchoolRoute: 'standard',
        })}
      />
    </MemoryRouter>,
  );
}

/** What the browser does around printing, or saving as a PDF. */
function printEvent(type: 'beforeprint' | 'afterprint') {
  act(() => {
    window.dispatchEvent(new Event(type));
  });
}

afterEach(() => {
  printEvent('afterprint');
  vi.restoreAllMocks();
});

describe('the route printed', () => {
  it('is a summary made only while printing: plan, printed-on date, CCT, key dates with ages, verdicts and numbered sources', () => {
    renderRoute();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();

    printEvent('beforeprint');
    const summary = screen.getByRole('article', {
      name: 'Your route to consultant in palliative medicine',
    });
    expect(summary).toHaveTextContent('Year 11 plan');
    expect(summary).toHaveTextContent('Printed on 25 November 2026.');
    expect(summary).toHaveTextContent(
      'You could become a consultant in palliative medicine in August 2043, aged 32, at the earliest.',
    );

    const keyDates = within(summary).getByRole('table', { name: 'Key dates' });
    const ucas = within(keyDates).getByRole('row', { name: /^UCAS deadline for medicine/ });
    const [date, age, sources] = within(ucas).getAllByRole('cell');
    expect(date).toHaveTextContent('16 October 2028 (estimate)');
    expect(age).toHaveTextContent('17');
    expect(
      within(keyDates).getByRole('columnheader', { name: /^Higher specialty training/ }),
    ).toHaveTextContent('Higher specialty training (ST4 to ST7), August 2039 to August 2043');

    const verdicts = within(summary).getByRole('table', { name: 'Entry requirements' });
    expect(within(verdicts).getByRole('row', { name: /^A-level grades/ })).toHaveTextContent(
      'Below typical offers.',
    );

    // Every number a row cites is a note at the end, each with its source's title and checked-on date.
    const notes = within(within(summary).getByRole('region', { name: 'Sources' })).getAllByRole(
      'listitem',
    );
    const cited = (sources?.textContent ?? '').split(', ').map(Number);
    expect(cited.length).toBeGreaterThan(0);
    for (const number of cited) {
      const note = notes[number - 1];
      expect(note).toHaveAttribute('value', String(number));
      expect(note).toHaveTextContent(/, checked \d{1,2} [A-Z][a-z]+ 20\d\d/);
    }
    expect(within(summary).queryAllByRole('link')).toEqual([]);
    expect(within(summary).queryAllByRole('button')).toEqual([]);

    printEvent('afterprint');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('keeps the page on screen, and focus on the print button, while it prints', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => printEvent('beforeprint'));
    renderRoute();
    const button = screen.getByRole('button', { name: 'Print or save as PDF' });
    await userEvent.setup().click(button);
    expect(window.print).toHaveBeenCalledOnce();
    expect(screen.getByRole('article')).toBeInTheDocument();
    printEvent('afterprint');
    expect(button).toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});
