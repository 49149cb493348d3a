import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAppAt, startEachTestAfresh } from '../../../tests/support/app';

startEachTestAfresh();

describe('the footer', () => {
  it('links to the accessibility statement, the privacy notice and a report naming the page', async () => {
    await renderAppAt('/sources');
    const footer = within(screen.getByRole('contentinfo'));
    expect(footer.getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute(
      'href',
      '/accessibility',
    );
    expect(footer.getByRole('link', { name: 'Privacy notice' })).toHaveAttribute(
      'href',
      '/privacy',
    );
    expect(
      footer.getByRole('link', { name: 'Report a problem with this information' }),
    ).toHaveAttribute('href', 'mailto:?subject=Problem%20with%20Pathway%3A%20%2Fsources');
  });
});

describe('the accessibility statement', () => {
  it('says the standard aimed for, how it is tested, what does not work well and how to report', async () => {
    await renderAppAt('/accessibility');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/WCAG\) version 2\.2 to level AA/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How we test it' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'What we know does not work well' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/has not yet been tested by disabled people/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'email us about the problem' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^mailto:/),
    );
    expect(document.title).toMatch(/^Accessibility statement – /);
  });
});

describe('the privacy notice', () => {
  it('names what is stored and where, and leads to clearing it', async () => {
    const user = userEvent.setup();
    await renderAppAt('/privacy');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Privacy notice' }),
    ).toBeInTheDocument();
    for (const key of ['pathway-plans', 'pathway-part-time', 'pathway-session-mode'])
      expect(screen.getByText(key, { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What Pathway sends' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'clear everything from this device' }));
    expect(await screen.findByRole('heading', { level: 1, name: /clear/i })).toBeInTheDocument();
  });
});
