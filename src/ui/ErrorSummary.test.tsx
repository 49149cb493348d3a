import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';

describe('ErrorSummary', () => {
  it('renders nothing when there are no errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists each problem as a link to its field under "There is a problem", and takes focus', () => {
    render(
      <ErrorSummary
        errors={[
          { href: '#date-of-birth-day', message: 'Enter date of birth' },
          { href: '#stage', message: 'Select where you are now' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('There is a problem');
    expect(screen.getByRole('link', { name: 'Enter date of birth' })).toHaveAttribute(
      'href',
      '#date-of-birth-day',
    );
    expect(screen.getByRole('link', { name: 'Select where you are now' })).toHaveAttribute(
      'href',
      '#stage',
    );
    expect(alert.parentElement).toHaveFocus();
  });

  it('moves focus to the field when a problem is chosen', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary errors={[{ href: '#name', message: 'Enter your name' }]} />
        <label htmlFor="name">Name</label>
        <input id="name" />
      </>,
    );
    await user.click(screen.getByRole('link', { name: 'Enter your name' }));
    expect(screen.getByLabelText('Name')).toHaveFocus();
  });
});
