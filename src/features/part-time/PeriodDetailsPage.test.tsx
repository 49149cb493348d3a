import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ChangeKind, LtftNation } from '../../domain/cct';
import { PeriodDetailsPage } from './PeriodDetailsPage';
import { calculatorEvaluator } from './evaluate';
import type { IsoDate } from '../../domain/dates';
import { periods } from '../../../tests/support/plans';
import type { Period, PeriodError, PeriodId } from './types';
import { typeDate } from '../../../tests/support/date-input';
import { share } from '../../domain/units';

/** The id the editor is given for the period it adds or changes. */
const ID = 'p9' as PeriodId;

function renderEditor(
  kind: ChangeKind,
  options: {
    saved?: Period | null;
    check?: (period: Period) => PeriodError[];
    nation?: LtftNation;
  } = {},
) {
  const onSave = vi.fn();
  const check = vi.fn(options.check ?? (() => []));
  render(
    <MemoryRouter>
      <PeriodDetailsPage
        kind={kind}
        saved={options.saved ?? null}
        periodId={options.saved?.id ?? ID}
        listName="Your periods"
        today={'2026-12-07' as IsoDate}
        nation={options.nation ?? 'england'}
        backHref="/part-time/calculator/periods/new"
        changeKindHref="/part-time/calculator/periods/new"
        check={check}
        onSave={onSave}
      />
    </MemoryRouter>,
  );
  return { onSave, check, user: userEvent.setup() };
}

function errorSummary() {
  return screen.getByRole('alert');
}

describe('PeriodDetailsPage', () => {
  it('asks for the percentage, the start and the end of less than full time training', () => {
    renderEditor('ltft');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Less than full time training' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Add a period: Your periods')).toBeInTheDocument();
    const percentage = screen.getByRole('group', {
      name: 'What percentage of full time will you work?',
    });
    expect(
      within(percentage)
        .getAllByRole('radio')
        .map((radio) => radio.closest('.nhsuk-radios__item')?.textContent),
    ).toEqual(['80%', '70%', '60%', '50%', 'Another percentage']);
    expect(screen.getByRole('group', { name: 'When does it start?' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Until I finish training' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'On a date' })).toBeInTheDocument();
    // What it is and whether it counts, from the rules, with sources.
    expect(screen.getByText(/one full-time year takes 15 months at 80%/)).toBeInTheDocument();
    expect(screen.getByText(/In England, give at least 16 weeks’ notice/)).toBeInTheDocument();
    expect(screen.getByText(/^Sources:/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose a different kind of period' })).toHaveAttribute(
      'href',
      '/part-time/calculator/periods/new',
    );
  });

  it('gives the notice of the nation the doctor trains in, with its source', () => {
    renderEditor('ltft', { nation: 'wales' });
    expect(
      screen.getByText(/^In Wales, aim to send your completed application at least 4 months/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/16 weeks/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Health Education and Improvement Wales/ }),
    ).toHaveAttribute('href', expect.stringContaining('walesdeanery.org'));
  });

  it('says when Pathway did not find a nation’s notice', () => {
    renderEditor('ltft', { nation: 'northern-ireland' });
    expect(screen.getByText(/^Pathway did not find how much notice/)).toBeInTheDocument();
    expect(screen.queryByText(/16 weeks/)).not.toBeInTheDocument();
  });

  it('saves less than full time training until the end of training', async () => {
    const { user, onSave, check } = renderEditor('ltft');
    await user.click(screen.getByRole('radio', { name: '60%' }));
    await typeDate(user, 'When does it start?', ['4', '8', '2027']);
    await user.click(screen.getByRole('radio', { name: 'Until I finish training' }));
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    const change = { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6, id: ID };
    expect(check).toHaveBeenCalledWith(change);
    expect(onSave).toHaveBeenCalledWith(change);
  });

  it('shows every error in the summary and beside its question, keeping what was entered', async () => {
    const { user, onSave } = renderEditor('ltft');
    await typeDate(user, 'When does it start?', ['31', '2', '2027']);
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(onSave).not.toHaveBeenCalled();
    const summary = errorSummary();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Select the percentage of full time you will work.',
      'The start date must be a real date.',
      'Select whether it ends on a date or runs until you finish training.',
    ]);
    expect(
      within(summary).getByRole('link', { name: 'The start date must be a real date.' }),
    ).toHaveAttribute('href', '#period-start-day');
    expect(
      within(summary).getByRole('link', {
        name: 'Select the percentage of full time you will work.',
      }),
    ).toHaveAttribute('href', '#period-wte');
    expect(document.querySelector('#period-start-error')).toHaveTextContent(
      'Error: The start date must be a real date.',
    );
    expect(document.querySelector('#period-end-choice-error')).toHaveTextContent(
      'Select whether it ends on a date or runs until you finish training.',
    );
    const start = screen.getByRole('group', { name: 'When does it start?' });
    expect(within(start).getByLabelText('Day')).toHaveValue('31');
    expect(within(start).getByLabelText('Month')).toHaveValue('2');
    expect(document.title).toMatch(/^Error: Less than full time training/);
  });

  it('refuses a percentage below 20%, and warns without refusing below 50%', async () => {
    const { user, onSave } = renderEditor('ltft');
    await user.click(screen.getByRole('radio', { name: 'Another percentage' }));
    const other = screen.getByLabelText('Percentage of full time');
    await user.type(other, '10');
    await typeDate(user, 'When does it start?', ['4', '8', '2027']);
    await user.click(screen.getByRole('radio', { name: 'Until I finish training' }));
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(
      within(errorSummary()).getByRole('link', { name: 'The percentage must be 20% or more.' }),
    ).toHaveAttribute('href', '#period-wte-other');
    expect(other).toHaveValue('10');
    expect(other).toHaveAccessibleDescription(/The percentage must be 20% or more/);

    await user.clear(other);
    await user.type(other, '40');
    expect(screen.getByText(/needs your postgraduate dean’s agreement/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(onSave).toHaveBeenCalledWith({
      id: ID,
      kind: 'ltft',
      start: '2027-08-04',
      end: null,
      wte: 0.4,
    });
  });

  it('puts the calculator’s errors about the period on the question they are about', async () => {
    const { user, onSave } = renderEditor('parental-leave', {
      check: () => [
        {
          periodId: ID,
          field: 'start',
          message:
            'The parental leave from 6 August 2031 overlaps the career break (OOPC) from 4 August 2031 to 3 August 2032. You can take only one kind of time away at once. End the career break (OOPC) before 6 August 2031, or change the dates of the parental leave.',
        },
      ],
    });
    // Time that does not count cannot run until training ends: there is no such choice.
    expect(
      screen.queryByRole('radio', { name: 'Until I finish training' }),
    ).not.toBeInTheDocument();
    await typeDate(user, 'When does it start?', ['6', '8', '2031']);
    await typeDate(user, 'When does it end?', ['3', '8', '2032']);
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(within(errorSummary()).getByRole('link', { name: /overlaps/ })).toHaveAttribute(
      'href',
      '#period-start-day',
    );
    expect(document.querySelector('#period-start-error')).toHaveTextContent(/overlaps/);
  });

  it('puts a CCT more than 30 years away beside the percentage that causes it', async () => {
    // 8 years of full-time training left from 4 August 2027; at 20% that would take 40 years.
    const evaluate = calculatorEvaluator(
      {
        nation: 'england',
        stage: 'st4',
        trainingLeft: { kind: 'time-left', from: '2027-08-04' as IsoDate, months: 96 },
        currentWte: share(1),
      },
      '2026-12-07' as IsoDate,
      null,
    );
    const { user, onSave } = renderEditor('ltft', {
      check: (period) => {
        const outcome = evaluate([period]);
        return outcome.kind === 'errors' ? [...outcome.errors] : [];
      },
    });
    await user.click(screen.getByRole('radio', { name: 'Another percentage' }));
    await user.type(screen.getByLabelText('Percentage of full time'), '20');
    await typeDate(user, 'When does it start?', ['4', '8', '2027']);
    await user.click(screen.getByRole('radio', { name: 'Until I finish training' }));
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(onSave).not.toHaveBeenCalled();
    const message =
      'Your CCT date would be more than 30 years after you started training. Check the percentages and credits you entered.';
    expect(within(errorSummary()).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#period-wte-other',
    );
    expect(document.querySelector('#period-wte-other-error')).toHaveTextContent(message);
    expect(screen.getByLabelText('Percentage of full time')).toHaveValue('20');
  });

  it('puts an error that names another period on the start date', async () => {
    const message =
      'Your CCT date would be more than 30 years after you started training. Check the percentages and credits you entered.';
    const { user, onSave } = renderEditor('oopc', {
      // The calculator names the part-time period that holds training back most, at its percentage.
      check: () => [{ periodId: 'p1' as PeriodId, field: 'wte', message }],
    });
    await typeDate(user, 'When does it start?', ['4', '8', '2031']);
    await typeDate(user, 'When does it end?', ['3', '8', '2033']);
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(within(errorSummary()).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#period-start-day',
    );
    expect(document.querySelector('#period-start-error')).toHaveTextContent(message);
  });

  it('asks how much research counts, and may run until training ends', async () => {
    const { user, onSave } = renderEditor('oopr');
    await user.type(
      screen.getByLabelText('What percentage of the research counts towards training?'),
      '50',
    );
    await typeDate(user, 'When does it start?', ['4', '8', '2027']);
    await user.click(screen.getByRole('radio', { name: 'On a date' }));
    await typeDate(user, 'End date', ['1', '8', '2029']);
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(onSave).toHaveBeenCalledWith({
      id: ID,
      kind: 'oopr',
      start: '2027-08-04',
      end: '2029-08-01',
      credit: 0.5,
    });
  });

  it('explains that sickness does not move the date but can trigger a review', async () => {
    const { user, onSave } = renderEditor('sickness');
    expect(screen.getByText('Sickness does not move your CCT date by itself.')).toBeInTheDocument();
    expect(screen.getByText(/14 days or more in any 12 months/)).toBeInTheDocument();
    expect(screen.getByText(/up to 20 working days in each foundation year/)).toBeInTheDocument();
    await typeDate(user, 'When does it start?', ['4', '1', '2027']);
    await typeDate(user, 'When does it end?', ['21', '1', '2027']);
    await user.type(
      screen.getByLabelText('How many working days were you absent? (optional)'),
      '14',
    );
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(onSave).toHaveBeenCalledWith({
      id: ID,
      kind: 'sickness',
      start: '2027-01-04',
      end: '2027-01-21',
      workingDaysAbsent: 14,
    });
  });

  it('offers the next rotation as the start of part-time training', async () => {
    const { user, onSave } = renderEditor('ltft');
    await user.click(screen.getByRole('radio', { name: '60%' }));
    await user.click(
      screen.getByRole('button', { name: 'Start from the next rotation, 4 August 2027' }),
    );
    await user.click(screen.getByRole('radio', { name: 'Until I finish training' }));
    await user.click(screen.getByRole('button', { name: 'Save period' }));
    expect(onSave).toHaveBeenCalledWith({
      id: ID,
      kind: 'ltft',
      start: '2027-08-04',
      end: null,
      wte: 0.6,
    });
  });

  it('starts from the saved period when changing one', async () => {
    const { user, onSave } = renderEditor('ltft', {
      saved:
        periods({ kind: 'ltft', start: '2027-08-04', end: '2028-08-01', wte: 0.65 })[0] ?? null,
    });
    expect(screen.getByText('Change a period: Your periods')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Another percentage' })).toBeChecked();
    expect(screen.getByLabelText('Percentage of full time')).toHaveValue('65');
    expect(screen.getByRole('radio', { name: 'On a date' })).toBeChecked();
    expect(
      within(screen.getByRole('group', { name: 'End date' })).getByLabelText('Year'),
    ).toHaveValue('2028');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledWith({
      id: 'p1',
      kind: 'ltft',
      start: '2027-08-04',
      end: '2028-08-01',
      wte: 0.65,
    });
  });
});
