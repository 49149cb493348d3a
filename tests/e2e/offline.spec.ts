import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, setToday, test } from './fixtures';
import { ROUTE_HEADING, TODAY, cctSummary, pageHeading } from './helpers';

// This spec needs the service worker, whatever the config's default.
test.use({ serviceWorkers: 'allow' });

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('after one visit, an F2 doctor plans their whole route with the network off', async ({
  page,
  context,
  expectNoAxeViolations,
}) => {
  await page.goto('/');
  await expect(pageHeading(page, /./)).toBeVisible();
  // The service worker installs after the first load, precaching every page's code, then takes charge
  // of the page.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'the service worker controls the page',
    })
    .toBe(true);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await expect(pageHeading(page, 'Plan your route into palliative medicine')).toBeVisible();
  // Anything the worker has not cached really is out of reach. (Asked from another tab, as the failed
  // request is logged as an error, which the test's own page must not have.)
  const probe = await context.newPage();
  await probe.goto('/');
  const uncachedFetch = await probe.evaluate(() =>
    fetch('/favicon.svg?not-cached').then(
      (response) => `status ${response.status}`,
      () => 'failed',
    ),
  );
  expect(uncachedFetch).toBe('failed');
  await probe.close();

  // The F2 doctor's short journey: every question page, check answers and the route load on demand.
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(pageHeading(page, 'Where do you live or plan to train?')).toBeVisible();
  await page.getByRole('radio', { name: 'England' }).check();
  await continueButton.click();
  await expect(pageHeading(page, 'Where are you now?')).toBeVisible();
  await page.getByRole('radio', { name: 'Foundation year 2 (F2)' }).check();
  await continueButton.click();
  const dateOfBirth = page.getByRole('group', { name: 'What is your date of birth?' });
  await dateOfBirth.getByLabel('Day').fill('1');
  await dateOfBirth.getByLabel('Month').fill('6');
  await dateOfBirth.getByLabel('Year').fill('2000');
  await continueButton.click();
  await page.getByRole('radio', { name: 'None: straight into core training' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: 'Internal Medicine Training (IMT), 3 years' }).check();
  await continueButton.click();
  await expect(pageHeading(page, 'Check your answers')).toBeVisible();
  await page.getByRole('button', { name: 'See your route' }).click();
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText(cctSummary('August 2034', 34))).toBeVisible();

  // A deep link opened offline is the app too (the worker answers with index.html), and the pay page's
  // chart, loaded as it comes near the window, comes from the cache as well.
  await page.goto('/pay');
  await expect(pageHeading(page, 'What you could earn')).toBeVisible();
  await page.locator('.app-pay-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('.app-pay-chart [data-year]').first()).toBeAttached();
  await expectNoAxeViolations();
});

test('the app can be installed: its manifest names it and has the icons a launcher needs', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe('/manifest.webmanifest');
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    short_name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ short_name: 'Pathway', start_url: '/', display: 'standalone' });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type'], icon.src).toBe('image/png');
  }
});

test('the service worker code loads after the page, never with the first chunk', async ({
  page,
}) => {
  const distDir = process.env.PLAYWRIGHT_DIST ?? 'dist';
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const initialScripts = [
    ...html.matchAll(/<script[^>]+src="\/(assets\/[^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/(assets\/[^"]+\.js)"/g),
  ].map((match) => match[1] ?? '');
  expect(initialScripts.length).toBeGreaterThan(0);
  for (const script of initialScripts) {
    const code = readFileSync(path.join(distDir, script), 'utf8');
    // Reading whether a worker controls the page (route-modules.ts, before fetching a page's code
    // offline) is not the registration code.
    expect(code, script).not.toMatch(
      /serviceWorker\.(register|addEventListener)|workbox|messageSkipWaiting/,
    );
  }

  // The page itself asks for the registration code (the update notice's chunk) once it has loaded.
  const updateNoticeChunk = page.waitForRequest(/\/assets\/UpdateNotice-[^/]+\.js$/);
  await page.goto('/');
  await updateNoticeChunk;
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
});
