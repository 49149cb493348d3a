import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  type CctCalculation,
  type LtftNation,
  calculateCct,
  calculateDirect,
} from '../../domain/cct';
import type { IsoDate } from '../../domain/dates';
import { CctResultView } from './CctResultView';
import { share } from '../../domain/units';

const TODAY = '2026-11-25' as IsoDate;

function calculation(
  changes: unknown[],
  fullTimeCct = '2029-08-05',
  nation: LtftNation = 'england',
): CctCalculation {
  const result = calculateCct({
    today: TODAY,
    programme: { start: TODAY, fullTimeCct, stage: 'higher' },
    changes,
    nation,
  });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result;
}

function renderResult(
  result: CctCalculation,
  comparedWith = '2029-08-05',
  nation: LtftNation = 'england',
) {
  render(
    <MemoryRouter>
      <CctResultView
        calculation={result}
        comparedWith={comparedWith as IsoDate}
        comparedLabel="your current CCT date"
        today={TODAY}
        nation={nation}
      />
    </MemoryRouter>,
  );
}

/** Each body row's cells, without the headings repeated for small screens. */
function tableRows(name: RegExp): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
        return copy.textContent?.trim() ?? '';
      }),
    );
}

describe('CctResultView', () => {
  const sixtyToTheEnd = [{ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }];

  it('gives the new date, how far it moved, and the working row by row', () => {
    renderResult(calculation(sixtyToTheEnd));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Your provisional CCT date: 7 December 2030' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('16 months and 2 days later than your current CCT date, 5 August 2029.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Your CCTs in palliative medicine and internal medicine share this date.'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: /The working/ }))
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Stretch',
      'Dates',
      'Days',
      'Counts at',
      'Full-time days earned',
      'Full-time days left',
    ]);
    expect(tableRows(/The working/)).toEqual([
      ['Full time', '25 November 2026 to 3 August 2027', '252', '100%', '252', '733'],
      [
        'Less than full time training at 60%',
        '4 August 2027 to 7 December 2030',
        '1,222',
        '60%',
        '733.2',
        '0',
      ],
    ]);
    expect(
      screen.getByText('1 year of full-time training at 60% takes 20 months.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '40 months and 4 days at 60% counts as about 2 years of full-time training.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/985 full-time days of training counted from 25 November 2026/),
    ).toBeInTheDocument();
  });

  it('gives the date to apply by, 16 weeks before part-time training starts', () => {
    renderResult(calculation(sixtyToTheEnd));
    expect(screen.getByRole('heading', { name: 'When to apply' })).toBeInTheDocument();
    expect(screen.getByText(/To start at 60% on 4 August 2027, apply by/).textContent).toBe(
      'To start at 60% on 4 August 2027, apply by 14 April 2027.',
    );
    expect(
      screen.getByText('In England you need to apply at least 16 weeks before you start.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Training less than full time in England' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/including their wellbeing or personal choice/)).toBeInTheDocument();
  });

  it('in Scotland, gives the date 3 months before, and Scotland’s own rules with their sources', () => {
    renderResult(calculation(sixtyToTheEnd, '2029-08-05', 'scotland'), '2029-08-05', 'scotland');
    expect(
      screen.getByText('In Scotland you need to apply at least 3 months before you start.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/To start at 60% on 4 August 2027, apply by/).textContent).toBe(
      'To start at 60% on 4 August 2027, apply by 4 May 2027.',
    );
    const rules = screen.getByRole('heading', {
      level: 3,
      name: 'Training less than full time in Scotland',
    }).nextElementSibling as HTMLElement;
    expect(within(rules).getByText('Who can apply').nextElementSibling).toHaveTextContent(
      /the only requirement is a well-founded individual reason/,
    );
    expect(within(rules).getByText('Who approves it').nextElementSibling).toHaveTextContent(
      /training programme director/,
    );
    expect(within(rules).getByText('Notice').nextElementSibling).toHaveTextContent(
      /at least 3 months’ notice/,
    );
    expect(screen.queryByText(/personal choice/)).not.toBeInTheDocument();
    expect(screen.queryByText(/16 weeks/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /NHS Education for Scotland/ })[0]).toHaveAttribute(
      'href',
      expect.stringContaining('scotlanddeanery.nhs.scot'),
    );
    const steps = screen.getByRole('heading', { name: 'What to do next' }).nextElementSibling;
    expect(steps).toHaveTextContent(
      /Apply to NHS Education for Scotland \(Scotland Deanery\) to train less than full time, at least 3 months before/,
    );
  });

  it('in Wales, gives the date 4 months before', () => {
    renderResult(calculation(sixtyToTheEnd, '2029-08-05', 'wales'), '2029-08-05', 'wales');
    expect(
      screen.getByText('In Wales, aim to apply at least 4 months before you start.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/To start at 60% on 4 August 2027, apply by/).textContent).toBe(
      'To start at 60% on 4 August 2027, apply by 4 April 2027.',
    );
    expect(
      screen.getAllByRole('link', { name: /Health Education and Improvement Wales/ })[0],
    ).toHaveAttribute('href', expect.stringContaining('walesdeanery.org'));
  });

  it('in Northern Ireland, says the notice was not found and gives no date rather than England’s', () => {
    renderResult(
      calculation(sixtyToTheEnd, '2029-08-05', 'northern-ireland'),
      '2029-08-05',
      'northern-ireland',
    );
    expect(screen.getByRole('heading', { name: 'When to apply' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Pathway gives no date to apply by in Northern Ireland: it did not find how much notice the Northern Ireland Medical and Dental Training Agency \(NIMDTA\) asks for\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/apply by \d/)).not.toBeInTheDocument();
    expect(screen.queryByText(/16 weeks/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: 'Training less than full time in Northern Ireland',
      }),
    ).toBeInTheDocument();
    const steps = screen.getByRole('heading', { name: 'What to do next' }).nextElementSibling;
    expect(steps).toHaveTextContent(
      /as early as you can: Pathway did not find how much notice it asks for/,
    );
  });

  it('shows the TIS-style estimate with the reason it differs, without calling either confirmed', () => {
    renderResult(calculation(sixtyToTheEnd));
    expect(
      screen.getByText('NHS England TIS-style estimate: 25 May 2030 (196 days earlier)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/adds only the training missed before your current CCT date/),
    ).toHaveTextContent('1 year of full-time training at 80% takes 15 months');
    expect(
      screen.getByText(/NHS England suspended new TIS calculations on 19 May 2026/),
    ).toHaveTextContent('Both dates are estimates');
    expect(screen.queryByText(/TIS is wrong/i)).not.toBeInTheDocument();
  });

  it('says what to do next, with sources for every rule used', () => {
    renderResult(calculation(sixtyToTheEnd));
    const steps = screen.getByRole('heading', { name: 'What to do next' }).nextElementSibling;
    expect(steps).toHaveTextContent(
      /Apply to your NHS England local office \(deanery\).*at least 16 weeks before/,
    );
    expect(steps).toHaveTextContent(/Your deanery confirms the new CCT date with your application/);
    expect(steps).toHaveTextContent('JRCPTB completion date calculator');
    expect(steps).toHaveTextContent('Your ARCP panel confirms your CCT date finally');
    expect(
      screen.getAllByRole('link', { name: /Joint Royal Colleges of Physicians Training Board/ })[0],
    ).toHaveAttribute('href', expect.stringContaining('jrcptb.org.uk'));
  });

  it('flags the absence review and says when the date matches the TIS-style estimate', () => {
    renderResult(calculation([{ kind: 'parental-leave', start: '2027-08-04', end: '2028-08-01' }]));
    expect(
      screen.getByRole('heading', { name: 'Your provisional CCT date: 4 August 2030' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Expected')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: /Your CCT date will be reviewed/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Absence adds up to 260 working days/)).toBeInTheDocument();
    expect(tableRows(/The working/)[1]).toEqual([
      'Parental leave',
      '4 August 2027 to 1 August 2028',
      '364',
      'Does not count',
      '0',
      '733',
    ]);
    expect(
      screen.getByText(/^Matches the NHS England TIS-style estimate, 4 August 2030\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'When to apply' })).not.toBeInTheDocument();
  });

  it('shows warnings as warnings, and has no TIS-style estimate for research', () => {
    renderResult(
      calculation([
        { kind: 'oopr', start: '2027-08-04', end: '2028-08-01', credit: 0.5 },
        { kind: 'ltft', start: '2027-01-04', end: '2027-06-30', wte: 0.4 },
      ]),
    );
    const warnings = screen.getByRole('heading', {
      name: /Check before you go ahead/,
    }).parentElement;
    expect(warnings).toHaveTextContent(
      /Training at less than 50% needs your postgraduate dean’s agreement/,
    );
    expect(warnings).toHaveTextContent(/at least 16 weeks’ notice/);
    expect(screen.getByText(/could not show OOPT or OOPR/)).toBeInTheDocument();
    expect(
      screen.getByText(
        /^about 1 year credited at 50% counts as about 6 months of full-time training/,
      ),
    ).toBeInTheDocument();
  });

  it('names days at the current hours in the working of the direct calculator', () => {
    const { currentCct, result } = calculateDirect(
      {
        nation: 'england',
        stage: 'st5',
        trainingLeft: { kind: 'cct-date', currentCct: '2029-08-05' as IsoDate },
        currentWte: share(0.8),
      },
      [{ kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }],
      TODAY,
    );
    if (!result.ok) throw new Error('expected a result');
    renderResult(result, currentCct);
    expect(tableRows(/The working/).map((row) => row[0])).toEqual([
      'Your current hours (80%)',
      'Less than full time training at 60%',
    ]);
  });
});
