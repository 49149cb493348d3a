import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SharePlanSection } from './SharePlanSection';

const LINK = 'https://pathway.example/shared#v1.eyJuIjoiUCIsImEiOnt9fQ.1234abcd';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SharePlanSection', () => {
  it('shows the whole link in a read-only box, with what it holds and where it goes', () => {
    render(<SharePlanSection link={LINK} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Send this plan as a link' }),
    ).toBeVisible();
    const input = screen.getByRole('textbox', { name: 'Link to this plan' });
    expect(input).toHaveValue(LINK);
    expect(input).toHaveAttribute('readonly');
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('Anyone with the link can see them.'),
    );
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('copies the link and says so in a status message', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    render(<SharePlanSection link={LINK} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(LINK);
    await expect(navigator.clipboard.readText()).resolves.toBe(LINK);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Link copied. Paste it into an email or message to send it.',
    );
  });

  it('asks them to copy the link themselves, and selects it, when the browser will not copy', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Not allowed'));
    render(<SharePlanSection link={LINK} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'We could not copy the link. Select all of the link in the box above and copy it yourself.',
    );
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this plan' });
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, LINK.length]);
  });

  it('asks them to copy the link themselves when the browser has no clipboard', async () => {
    const user = userEvent.setup();
    // userEvent.setup() gives jsdom a clipboard; take it away again, as in an older browser.
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    render(<SharePlanSection link={LINK} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent('We could not copy the link.');
  });

  it('shows a QR code of the link, made when asked for, and hides it again', async () => {
    const user = userEvent.setup();
    render(<SharePlanSection link={LINK} />);
    expect(screen.queryByRole('img')).toBeNull();
    const button = screen.getByRole('button', { name: 'Show a QR code' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);

    const code = await screen.findByRole('img', { name: 'QR code for the link to this plan' });
    expect(code.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(button).toHaveAccessibleName('Hide the QR code');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/Anyone who can see your screen could scan it too/)).toBeVisible();
    await user.click(button);
    expect(screen.queryByRole('img')).toBeNull();
    expect(button).toHaveAccessibleName('Show a QR code');
  });

  it('says when the link is too long for a QR code', async () => {
    const user = userEvent.setup();
    render(<SharePlanSection link={`${LINK}${'a'.repeat(3000)}`} />);
    await user.click(screen.getByRole('button', { name: 'Show a QR code' }));
    expect(await screen.findByText(/too long for a QR code/)).toBeVisible();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('explains, with no link or button, when the plan is too big for a link', () => {
    render(<SharePlanSection link={null} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/too many part-time periods and other answers/)).toBeVisible();
  });
});
