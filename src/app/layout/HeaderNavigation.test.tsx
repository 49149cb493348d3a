import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeaderNavigation } from './HeaderNavigation';

const ITEMS = [
  { to: '/your-route', label: 'Your route' },
  { to: '/part-time', label: 'Part-time training' },
  { to: '/pay', label: 'Pay' },
  { to: '/roles', label: 'Roles' },
];

/** jsdom lays nothing out: a bar this wide, each link 100 pixels and "More" 80. */
function layOutBar(barWidth: number) {
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function width(
    this: HTMLElement,
  ) {
    if (this.classList.contains('nhsuk-header__navigation-list')) return barWidth;
    if (this.classList.contains('nhsuk-header__menu')) return 80;
    if (this.classList.contains('nhsuk-header__navigation-item')) return 100;
    return 0;
  });
}

function renderNavigation() {
  render(
    <MemoryRouter>
      <HeaderNavigation items={ITEMS} />
      <p>Page</p>
    </MemoryRouter>,
  );
  return screen.getByRole('navigation', { name: 'Menu' });
}

beforeEach(() => {
  vi.restoreAllMocks();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the header navigation', () => {
  it('shows every link, and no "More", when they all fit', () => {
    layOutBar(400);
    const navigation = within(renderNavigation());
    expect(navigation.getAllByRole('link').map((link) => link.textContent)).toEqual(
      ITEMS.map((item) => item.label),
    );
    expect(navigation.queryByRole('button')).toBeNull();
  });

  it('puts the links that do not fit under "More", shown and hidden by the button or Escape', async () => {
    const user = userEvent.setup();
    layOutBar(300);
    const navigation = within(renderNavigation());
    // 300 pixels hold two 100-pixel links beside the 80-pixel "More".
    expect(navigation.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Your route',
      'Part-time training',
    ]);
    const more = navigation.getByRole('button', { name: /More/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(navigation.getByRole('link', { name: 'Roles' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
    expect(navigation.queryByRole('link', { name: 'Roles' })).toBeNull();

    await user.click(more);
    await user.click(screen.getByText('Page'));
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);
    await user.click(navigation.getByRole('link', { name: 'Pay' }));
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });
});
