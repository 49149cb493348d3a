import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { SavedDirectAnswers } from '../../domain/cct';
import type { IsoDate } from '../../domain/dates';
import { CalculatorHoursQuestion } from './CalculatorHoursQuestion';
import { CalculatorNationQuestion } from './CalculatorNationQuestion';
import type { CalculatorQuestionProps } from './calculator-props';
import { CalculatorStageQuestion } from './CalculatorStageQuestion';
import { CalculatorTrainingLeftQuestion } from './CalculatorTrainingLeftQuestion';
import { PartTimeStartPage } from './PartTimeStartPage';
import { ScenarioNamePage } from './ScenarioNamePage';

const TODAY = '2026-11-25' as IsoDate;

function renderQuestion(
  Page: ComponentType<CalculatorQuestionProps>,
  answers: SavedDirectAnswers = {},
) {
  const onSave = vi.fn();
  render(
    <MemoryRouter>
      <Page answers={answers} today={TODAY} backHref="/part-time" onSave={onSave} />
    </MemoryRouter>,
  );
  return { onSave, user: userEvent.setup() };
}

describe('the direct calculator’s questions', () => {
  it('asks where the doctor trains, one of the four nations', async () => {
    const { onSave, user } = renderQuestion(CalculatorNationQuestion);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Where do you train?' }),
    ).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('radio')
        .map((radio) => radio.closest('.nhsuk-radios__item')?.textContent),
    ).toEqual(['England', 'Scotland', 'Wales', 'Northern Ireland']);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Select the nation you train in.',
      }),
    ).toHaveAttribute('href', '#nation');
    await user.click(screen.getByRole('radio', { name: 'Scotland' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ nation: 'scotland' });
  });

  it('shows the nation already chosen', () => {
    renderQuestion(CalculatorNationQuestion, { nation: 'northern-ireland' });
    expect(screen.getByRole('radio', { name: 'Northern Ireland' })).toBeChecked();
  });

  it('asks the stage of training', async () => {
    const { onSave, user } = renderQuestion(CalculatorStageQuestion);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Select the stage of training you are in.',
      }),
    ).toHaveAttribute('href', '#stage');
    await user.click(screen.getByRole('radio', { name: 'ST5' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ stage: 'st5' });
  });

  it('takes the current CCT date, which must not be in the past', async () => {
    const { onSave, user } = renderQuestion(CalculatorTrainingLeftQuestion);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Select whether you know your current CCT date or how much training you have left',
    );
    await user.click(screen.getByRole('radio', { name: 'I know my current CCT date' }));
    const date = screen.getByRole('group', { name: 'Current CCT date' });
    await user.type(within(date).getByLabelText('Day'), '5');
    await user.type(within(date).getByLabelText('Month'), '8');
    await user.type(within(date).getByLabelText('Year'), '2025');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Your current CCT date must be today or in the future.',
      }),
    ).toHaveAttribute('href', '#current-cct-day');
    expect(within(date).getByLabelText('Year')).toHaveValue('2025');
    await user.clear(within(date).getByLabelText('Year'));
    await user.type(within(date).getByLabelText('Year'), '2029');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      trainingLeft: 'cct-date',
      currentCct: '2029-08-05',
      countFrom: undefined,
      monthsLeft: undefined,
    });
  });

  it('or a date and the full-time training left from it', async () => {
    const { onSave, user } = renderQuestion(CalculatorTrainingLeftQuestion, {
      trainingLeft: 'time-left',
      countFrom: '2027-08-04',
      monthsLeft: 33,
    });
    expect(screen.getByLabelText('Years of full-time training left')).toHaveValue('2');
    expect(screen.getByLabelText('And months')).toHaveValue('9');
    await user.clear(screen.getByLabelText('And months'));
    await user.type(screen.getByLabelText('And months'), '14');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Months must be a whole number from 0 to 11',
    );
    await user.clear(screen.getByLabelText('And months'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      trainingLeft: 'time-left',
      countFrom: '2027-08-04',
      monthsLeft: 24,
      currentCct: undefined,
    });
  });

  it('asks the hours now, refusing less than 20% and warning below 50%', async () => {
    const { onSave, user } = renderQuestion(CalculatorHoursQuestion);
    expect(
      screen
        .getAllByRole('radio')
        .map((radio) => radio.closest('.nhsuk-radios__item')?.textContent),
    ).toEqual(['Full time (100%)', '80%', '70%', '60%', '50%', 'Another percentage']);
    await user.click(screen.getByRole('radio', { name: 'Another percentage' }));
    await user.type(screen.getByLabelText('Percentage of full time'), '10');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'The percentage must be 20% or more.',
      }),
    ).toHaveAttribute('href', '#current-wte-other');
    expect(screen.getByLabelText('Percentage of full time')).toHaveValue('10');
    await user.clear(screen.getByLabelText('Percentage of full time'));
    await user.type(screen.getByLabelText('Percentage of full time'), '40');
    expect(screen.getByRole('heading', { name: /Below 50% of full time/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ wtePercent: 40 });
  });

  it('refuses hours at which the training left would end more than 30 years on', async () => {
    // 8 years of full-time training left: at 20% it would take 40 years, at 50% 16.
    const { onSave, user } = renderQuestion(CalculatorHoursQuestion, {
      nation: 'england',
      stage: 'st4',
      trainingLeft: 'time-left',
      countFrom: '2027-08-04',
      monthsLeft: 96,
    });
    await user.click(screen.getByRole('radio', { name: 'Another percentage' }));
    await user.type(screen.getByLabelText('Percentage of full time'), '20');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const message =
      'Your CCT date would be more than 30 years after you started training. Check the percentages and credits you entered.';
    expect(within(screen.getByRole('alert')).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#current-wte-other',
    );
    expect(document.querySelector('#current-wte-other-error')).toHaveTextContent(message);
    expect(onSave).not.toHaveBeenCalled();
    await user.click(screen.getByRole('radio', { name: '50%' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ wtePercent: 50 });
  });
});

describe('PartTimeStartPage', () => {
  it('offers both ways in', () => {
    render(
      <MemoryRouter>
        <PartTimeStartPage
          plan={{ name: 'My plan', href: '/part-time/plan' }}
          startPlanHref="/"
          calculatorHref="/part-time/calculator"
          today={TODAY}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Work out a new CCT date' })).toHaveAttribute(
      'href',
      '/part-time/calculator',
    );
    expect(screen.getByRole('link', { name: 'Add periods to My plan' })).toHaveAttribute(
      'href',
      '/part-time/plan',
    );
  });
});

describe('ScenarioNamePage', () => {
  it('needs a name and a starting point', async () => {
    const onSave = vi.fn();
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <ScenarioNamePage
          currentName={null}
          maxLength={60}
          backHref="/part-time/plan"
          emptyLabel="Full time to the end"
          onSave={onSave}
        />
      </MemoryRouter>,
    );
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Enter a name.', 'Select what the scenario starts with.']);
    await user.type(screen.getByLabelText('Name'), '  80% to the end ');
    await user.click(screen.getByRole('radio', { name: 'A copy of your current periods' }));
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    expect(onSave).toHaveBeenCalledWith('80% to the end', 'copy');
  });
});
