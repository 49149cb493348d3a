import type { Page } from '@playwright/test';
import { expect, setToday, test } from './fixtures';
import { TODAY, expectHeadingFocused, pageHeading } from './helpers';

// A page's code that does not arrive (offline, or removed by a new version of the app) must leave the
// app working, with a message and a way to get the page. Without the service worker, which would
// answer from its cache, so the network really is out of reach.
test.use({
  serviceWorkers: 'block',
  // The browser and React report the roles page's chunk that fails to load, and only that.
  allowedConsoleErrors: /\/assets\/RolesRoute-[\w-]+\.js/,
});

const ROLES_CHUNK = '**/assets/RolesRoute-*.js';
const ROLES_HEADING = 'Roles in palliative medicine';
const NOT_LOADED = 'This page could not be loaded';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

async function openRolesFromTheMenu(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Roles' }).click();
}

test('after a new version, a page whose code has gone says to reload, and reloading shows it', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/');
  await expect(pageHeading(page, 'Plan your route into palliative medicine')).toBeVisible();
  await page.route(ROLES_CHUNK, (route) => route.abort());

  await openRolesFromTheMenu(page);
  await expect(pageHeading(page, NOT_LOADED)).toBeVisible();
  await expectHeadingFocused(page);
  await expect(
    page.getByText('Check your connection, then reload the page to get the latest version.'),
  ).toBeVisible();
  await expect(page).toHaveTitle(`${NOT_LOADED} – Plan your route into palliative medicine`);
  // The rest of the app is still there.
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expectNoAxeViolations();

  await page.unroute(ROLES_CHUNK);
  const reload = page.getByRole('button', { name: 'Reload the page' });
  await reload.focus();
  await page.keyboard.press('Enter');
  await expect(pageHeading(page, ROLES_HEADING)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/roles');
});

test.describe('offline', () => {
  // React reports that the page's code was not fetched offline, and Chromium that it could not fetch
  // the tab's icon again for the new address.
  test.use({
    allowedConsoleErrors:
      /^Error: The page's code was not fetched: this device is offline|^Failed to load resource: net::ERR_INTERNET_DISCONNECTED \S+\/favicon\.svg$/,
  });

  test('a page that could not load offline appears by itself when the connection comes back', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await expect(pageHeading(page, 'Plan your route into palliative medicine')).toBeVisible();
    // The start page's own late files (offline support, the icon) are in before the connection drops.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);

    await openRolesFromTheMenu(page);
    await expect(pageHeading(page, NOT_LOADED)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();

    await context.setOffline(false);
    await expect(pageHeading(page, ROLES_HEADING)).toBeVisible();
    await expectHeadingFocused(page);
  });
});

test('after a page that could not load, the other pages still open', async ({ page }) => {
  await page.goto('/');
  await expect(pageHeading(page, 'Plan your route into palliative medicine')).toBeVisible();
  await page.route(ROLES_CHUNK, (route) => route.abort());
  await openRolesFromTheMenu(page);
  await expect(pageHeading(page, NOT_LOADED)).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Sources' })
    .click();
  await expect(pageHeading(page, 'Sources and where they disagree')).toBeVisible();
  await expectHeadingFocused(page);
  await page.getByRole('link', { name: 'Plan your route into palliative medicine' }).click();
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
});
