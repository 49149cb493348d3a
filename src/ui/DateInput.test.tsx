import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateInput, type DateParts } from './DateInput';

function Harness({
  error,
  errorParts,
}: {
  error?: string;
  errorParts?: ReadonlyArray<keyof DateParts>;
}) {
  const [value, setValue] = useState<DateParts>({ day: '', month: '', year: '' });
  return (
    <DateInput
      id="dob"
      legend="What is your date of birth?"
      hint="For example, 14 3 2011"
      value={value}
      onChange={setValue}
      error={error}
      errorParts={errorParts}
      isBirthday
    />
  );
}

describe('DateInput', () => {
  it('groups day, month and year under the question, with the hint read out', () => {
    render(<Harness />);
    const group = screen.getByRole('group', { name: 'What is your date of birth?' });
    expect(group).toHaveAccessibleDescription('For example, 14 3 2011');
    expect(screen.getByLabelText('Day')).toHaveAttribute('autocomplete', 'bday-day');
    expect(screen.getByLabelText('Month')).toHaveAttribute('autocomplete', 'bday-month');
    expect(screen.getByLabelText('Year')).toHaveAttribute('autocomplete', 'bday-year');
    expect(screen.getByLabelText('Year')).toHaveAttribute('inputmode', 'numeric');
  });

  it('keeps what is typed in each box', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Day'), '14');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2011');
    expect(screen.getByLabelText('Day')).toHaveValue('14');
    expect(screen.getByLabelText('Month')).toHaveValue('3');
    expect(screen.getByLabelText('Year')).toHaveValue('2011');
  });

  it('shows an inline error with a hidden "Error:" prefix and marks only the parts in error', () => {
    render(<Harness error="Date of birth must include a year" errorParts={['year']} />);
    const group = screen.getByRole('group', { name: 'What is your date of birth?' });
    expect(group).toHaveAccessibleDescription(
      'For example, 14 3 2011 Error: Date of birth must include a year',
    );
    expect(screen.getByLabelText('Year')).toHaveClass('nhsuk-input--error');
    expect(screen.getByLabelText('Day')).not.toHaveClass('nhsuk-input--error');
  });
});
