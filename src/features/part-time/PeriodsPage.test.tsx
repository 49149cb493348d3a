import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { calculateCct, scenarioRows } from '../../domain/cct';
import type { IsoDate } from '../../domain/dates';
import { PeriodsPage } from './PeriodsPage';
import { ScenariosTable } from './ScenariosTable';
import { periods } from '../../../tests/support/plans';
import type { Period, PeriodId, PeriodsOutcome } from './types';

const TODAY = '2026-11-25' as IsoDate;
const LINKS = {
  add: '/part-time/calculator/periods/new',
  change: (id: PeriodId) => `/part-time/calculator/periods/${id}`,
  remove: (id: PeriodId) => `/part-time/calculator/periods/${id}/remove`,
};

function renderPage(changes: readonly Period[], outcome: PeriodsOutcome) {
  render(
    <MemoryRouter>
      <PeriodsPage
        title="Your new CCT date"
        caption="Work out a new CCT date"
        backHref="/part-time/calculator/hours"
        changes={changes}
        outcome={outcome}
        comparedLabel="your current CCT date"
        emptyText="Full time, your CCT date is 5 August 2029."
        today={TODAY}
        nation="england"
        links={LINKS}
      />
    </MemoryRouter>,
  );
}

describe('PeriodsPage', () => {
  it('invites the first period when there are none', () => {
    renderPage([], { kind: 'none', cct: '2029-08-05' as IsoDate });
    expect(screen.getByText('Full time, your CCT date is 5 August 2029.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a period' })).toHaveAttribute('href', LINKS.add);
    expect(screen.queryByRole('heading', { name: /Your provisional CCT date/ })).toBeNull();
  });

  it('gives the result first, then each period in date order with change and remove links', () => {
    const changes = periods(
      { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
      { kind: 'sickness', start: '2027-01-04', end: '2027-01-08' },
    );
    const calculation = calculateCct({
      today: TODAY,
      programme: { start: TODAY, fullTimeCct: '2029-08-05' },
      changes,
    });
    if (!calculation.ok) throw new Error('expected a result');
    renderPage(changes, {
      kind: 'result',
      calculation,
      comparedWith: '2029-08-05' as IsoDate,
    });
    const list = screen.getByRole('heading', { name: 'Periods' }).nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Sickness absence', 'Less than full time training at 60%']);
    expect(list).toHaveTextContent('4 August 2027 until you finish training');
    expect(
      within(list).getByRole('link', { name: /^Change ?Less than full time training at 60%$/ }),
    ).toHaveAttribute('href', '/part-time/calculator/periods/p1');
    expect(within(list).getByRole('link', { name: /^Remove ?Sickness absence$/ })).toHaveAttribute(
      'href',
      '/part-time/calculator/periods/p2/remove',
    );
    expect(screen.getByRole('link', { name: 'Add another period' })).toBeInTheDocument();
    const result = screen.getByRole('heading', {
      name: 'Your provisional CCT date: 7 December 2030',
    });
    // The new date comes before the list of periods, so it is seen without scrolling past them.
    expect(
      result.compareDocumentPosition(screen.getByRole('heading', { name: 'Periods' })) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // 5 days of sickness are below the review threshold, and do not move the date.
    expect(screen.getByText(/below the 14 days that trigger a review/)).toBeInTheDocument();
  });

  it('shows the calculator’s errors in the summary and beside the period they name', () => {
    const list = periods(
      { kind: 'oope', start: '2027-08-04', end: '2028-08-01' },
      { kind: 'oopc', start: '2028-01-01', end: '2028-12-31' },
    );
    renderPage(list, {
      kind: 'errors',
      errors: [
        {
          periodId: list[1]?.id ?? null,
          field: 'start',
          message: 'The career break (OOPC) overlaps the OOPE from 4 August 2027 to 1 August 2028',
        },
      ],
    });
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: /overlaps the OOPE/ })).toHaveAttribute(
      'href',
      '#period-p2',
    );
    expect(document.querySelector('#period-p2-error')).toHaveTextContent(
      'Error: The career break (OOPC) overlaps',
    );
    expect(screen.getByRole('link', { name: /^Change ?Career break/ })).toHaveAttribute(
      'id',
      'period-p2',
    );
    expect(document.title).toMatch(/^Error: Your new CCT date/);
    expect(screen.queryByRole('heading', { name: /Your provisional CCT date/ })).toBeNull();
  });
});

describe('PeriodsPage with leave inside part-time training', () => {
  it('lists the leave under the part-time period, which carries on after it', () => {
    const changes = periods(
      { kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
      { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
    );
    const calculation = calculateCct({
      today: TODAY,
      programme: { start: TODAY, fullTimeCct: '2029-08-05' },
      changes,
    });
    if (!calculation.ok) throw new Error('expected a result');
    renderPage(changes, { kind: 'result', calculation, comparedWith: '2029-08-05' as IsoDate });
    const list = screen.getByRole('heading', { name: 'Periods' }).nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual([
      'Less than full time training at 60%',
      'During the part-time period: Parental leave',
    ]);
    expect(list).toHaveTextContent('Your part-time hours carry on after it.');
    // The working shows the part-time stretch, the leave, then part time again.
    const working = screen.getByRole('table', { name: /The working/ });
    expect(
      within(working)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent?.replace(/^Stretch /, '')),
    ).toEqual([
      'Full time',
      'Less than full time training at 60%',
      'Parental leave',
      'Less than full time training at 60%',
    ]);
    expect(
      screen.getByText(
        /Your leave and time out that does not count last 184 days \(calendar days\)/,
      ),
    ).toBeInTheDocument();
  });
});

describe('ScenariosTable', () => {
  it('puts the current plan and each scenario side by side', () => {
    render(
      <MemoryRouter>
        <ScenariosTable
          rows={scenarioRows(
            { id: null, name: 'Your current plan', cct: '2030-12-07' as IsoDate, problem: null },
            [
              { id: 's1', name: 'Stay full time', cct: '2029-08-05' as IsoDate, problem: null },
              { id: 's2', name: 'Broken', cct: null, problem: 'Enter the end date' },
            ],
          )}
          scenarioHref={(id) => `/part-time/calculator/scenarios/${id}`}
          addHref={null}
        />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'CCT dates side by side' });
    const rows = within(table).getAllByRole('row');
    const cells = rows.map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
        return copy.textContent?.trim();
      }),
    );
    expect(cells).toEqual([
      ['Scenario', 'CCT date', 'Compared with your current plan'],
      ['Your current plan', '7 December 2030', 'This is your current plan'],
      ['Stay full time', '5 August 2029', '16 months and 2 days earlier'],
      ['Broken', 'Cannot be worked out: Enter the end date', 'Not known'],
    ]);
    expect(within(table).getByRole('link', { name: 'Stay full time' })).toHaveAttribute(
      'href',
      '/part-time/calculator/scenarios/s1',
    );
    expect(screen.queryByRole('link', { name: 'Add a scenario' })).toBeNull();
    expect(screen.getByText(/You have 2 scenarios/)).toBeInTheDocument();
  });

  it('counts every scenario kept when two tabs added them at once', () => {
    const scenario = (id: string) => ({
      id,
      name: `Scenario ${id}`,
      cct: '2031-08-05' as IsoDate,
      problem: null,
    });
    render(
      <MemoryRouter>
        <ScenariosTable
          rows={scenarioRows(
            { id: null, name: 'Your current plan', cct: '2030-12-07' as IsoDate, problem: null },
            ['a', 'b', 'c'].map(scenario),
          )}
          scenarioHref={(id) => `/part-time/calculator/scenarios/${id}`}
          addHref={null}
        />
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('row')).toHaveLength(5);
    expect(screen.getByText(/You have 3 scenarios/)).toBeInTheDocument();
  });
});
