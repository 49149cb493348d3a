import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintButton } from './PrintButton';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PrintButton', () => {
  it('opens the browser print dialog, which can also save a PDF, and is left off the printout', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<PrintButton />);
    const button = screen.getByRole('button', { name: 'Print or save as PDF' });
    expect(button).toHaveClass('app-no-print');
    await userEvent.setup().click(button);
    expect(print).toHaveBeenCalledOnce();
  });
});
