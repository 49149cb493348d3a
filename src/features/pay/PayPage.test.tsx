import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import { buildPay } from '../../domain/pay';
import { PayPage } from './PayPage';
import { chartDescription, payRows, paySummarySentence } from './pay-view-model';

const TODAY = '2026-11-25' as IsoDate;
const f2: PlanAnswers = {
  dateOfBirth: '2000-06-01',
  nation: 'england',
  now: { stage: 'f2' },
  yearsBeforeCoreTraining: 0,
  coreRoute: 'imt',
};

function renderPage(answers: PlanAnswers) {
  render(
    <MemoryRouter>
      <PayPage
        planName="Plan 1"
        answers={answers}
        today={TODAY}
        links={{ yourRoute: '/your-route', continueQuestions: '/questions/nation' }}
      />
    </MemoryRouter>,
  );
}

describe('pay rows', () => {
  it('give the chart and the table the same figure for every year', () => {
    const summary = buildPay(f2, TODAY);
    if (!summary.ok) throw new Error('plan rejected');
    const rows = payRows(summary, 'imt');
    expect(rows.map((row) => row.financialYear)).toEqual(
      summary.years.map((year) => year.financialYear),
    );
    for (const [index, row] of rows.entries()) {
      const year = summary.years[index];
      expect(row.amount).toBe(year?.amount ?? null);
      expect(row.amountText).toBe(
        year?.amount === null || year?.amount === undefined
          ? year?.status === 'no-salary'
            ? 'No salary'
            : 'Not known'
          : `£${year.amount.toLocaleString('en-GB')}`,
      );
    }
  });

  it('summarise pay from F1 to consultant at the scale they use', () => {
    const summary = buildPay(
      { dateOfBirth: '2011-03-14', now: { stage: 'school', yearGroup: 11 } },
      TODAY,
    );
    if (!summary.ok) throw new Error('plan rejected');
    expect(paySummarySentence(summary)).toBe(
      'Your full-time basic pay would rise from £40,190 a year as an F1 doctor to £76,582 in ST6 and ST7, and start at £113,565 as a consultant, at estimated 2026/27 rates.',
    );
  });
});

describe('a doctor’s first year', () => {
  it('shows “Not known” with the known part, and does not call the days before the plan time out of training', () => {
    const summary = buildPay({ dateOfBirth: '1994-03-15', now: { stage: 'st', year: 5 } }, TODAY);
    if (!summary.ok) throw new Error('plan rejected');
    const first = payRows(summary, 'imt')[0];
    expect(first).toMatchObject({
      financialYear: '2025/26',
      where: 'ST4',
      amountText: 'Not known',
      amount: null,
    });
    expect(first?.notes).toEqual([
      '£42,415 is known for part of the year',
      'Pathway does not know your pay before 6 August 2025, when your plan starts at ST4: you were already a doctor, so these days have no figure (not £0)',
    ]);
  });
});

describe('pay rows outside England', () => {
  it('say which figures are published, worked out or not known, in Wales’s own terms', () => {
    const summary = buildPay(
      { dateOfBirth: '2001-05-05', nation: 'wales', now: { stage: 'f1' } },
      '2024-11-01' as IsoDate,
    );
    if (!summary.ok) throw new Error('plan rejected');
    const rows = new Map(payRows(summary, 'imt').map((row) => [row.financialYear, row]));
    // 2025/26: the published F1 figure and an estimated F2 one, so the year keeps its scale's name.
    expect(rows.get('2025/26')?.notes).toEqual([
      'Includes figures worked out by Pathway',
      'FY2 starting pay: £41,073 on the published 2024/25 scale, plus 4% and £750 for 2025/26 is £43,466 to the nearest pound',
    ]);
    expect(rows.get('2026/27')).toMatchObject({
      amountText: 'Not known',
      where: 'F2, then IMT year 1',
    });
    expect(rows.get('2026/27')?.notes[0]).toBe('At estimated 2025/26 rates');
    expect(rows.get('2026/27')?.notes.join(' ')).toMatch(
      /new contract .* Its pay points have not been published, so no figure is shown/,
    );
  });
});

describe('the chart text alternative', () => {
  it('says what the bars show, from the first to the last known figure', () => {
    const summary = buildPay(
      { dateOfBirth: '2011-03-14', now: { stage: 'school', yearGroup: 11 } },
      TODAY,
    );
    if (!summary.ok) throw new Error('plan rejected');
    expect(chartDescription(payRows(summary, 'imt'))).toBe(
      'Bar chart of basic pay by financial year, from £26,647 in 2034/35 to £150,570 in 2058/59. The table below has every figure.',
    );
  });
});

describe('PayPage', () => {
  it('shows a table of basic pay by financial year with notes on estimated rates', () => {
    renderPage(f2);
    expect(
      screen.getByRole('heading', { level: 1, name: 'What you could earn' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Basic pay by financial year' });
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(10);
    expect(
      within(table).getByRole('rowheader', { name: '2027/28' }).closest('tr'),
    ).toHaveTextContent(/F2, then IMT year 1/);
    expect(table).toHaveTextContent('Estimate: 2025/26 scale plus the 2026/27 award.');
    expect(table).toHaveTextContent('At estimated 2026/27 rates.');
    // The working of an estimate is in the notes of its year.
    expect(
      within(table).getByRole('rowheader', { name: '2026/27' }).closest('tr'),
    ).toHaveTextContent(
      'Nodal point 1: £38,831 on the published 2025/26 scale, plus 3.5% for 2026/27 is £40,190 to the nearest pound.',
    );
    expect(screen.getByText(/future pay awards/i)).toBeInTheDocument();
    // Every year of this plan has a figure, so there are no gaps to explain.
    expect(screen.queryByText(/is a gap in the chart, not £0/)).toBeNull();
  });

  it('says that a year with no figure is a gap in the chart, not £0', () => {
    renderPage({ dateOfBirth: '1994-03-15', nation: 'england', now: { stage: 'st', year: 5 } });
    expect(
      screen.getByText(/A year with no figure is a gap in the chart, not £0: the table says why\./),
    ).toBeInTheDocument();
  });

  it('explains the extra pay that basic pay leaves out, with the percentages from the rules', () => {
    renderPage(f2);
    expect(screen.getByText(/night hours are paid 37% more/)).toBeInTheDocument();
    expect(screen.getByText(/non-resident on-call adds 8%/)).toBeInTheDocument();
  });

  it('asks for the missing answers when the plan is not complete', () => {
    renderPage({ now: { stage: 'f2' } });
    expect(screen.getByRole('link', { name: 'Continue with the questions' })).toHaveAttribute(
      'href',
      '/questions/nation',
    );
  });
});
