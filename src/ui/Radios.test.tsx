import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Radios } from './Radios';

function Harness({ error }: { error?: string }) {
  const [value, setValue] = useState<'' | 'school' | 'f1'>('');
  return (
    <Radios
      name="stage"
      legend="Where are you now?"
      options={[
        { value: 'school', label: 'At school', conditional: <p>Which school year?</p> },
        { value: 'f1', label: 'Foundation year 1 (F1)', hint: 'Your first year as a doctor' },
      ]}
      value={value}
      onChange={setValue}
      error={error}
    />
  );
}

describe('Radios', () => {
  it('gives the first option the name as its id, so an error summary can link to it', () => {
    render(<Harness />);
    expect(screen.getByRole('radio', { name: 'At school' })).toHaveAttribute('id', 'stage');
    expect(screen.getByRole('radio', { name: 'Foundation year 1 (F1)' })).toHaveAttribute(
      'id',
      'stage-2',
    );
    expect(
      screen.getByRole('radio', { name: 'Foundation year 1 (F1)' }),
    ).toHaveAccessibleDescription('Your first year as a doctor');
  });

  it('shows a conditional question only while its option is chosen', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.queryByText('Which school year?')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'At school' }));
    expect(screen.getByText('Which school year?')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Foundation year 1 (F1)' }));
    expect(screen.queryByText('Which school year?')).not.toBeInTheDocument();
  });

  it('describes the question with its error', () => {
    render(<Harness error="Select where you are now" />);
    expect(screen.getByRole('group', { name: 'Where are you now?' })).toHaveAccessibleDescription(
      'Error: Select where you are now',
    );
  });
});
