import { readFileSync } from 'node:fs';
import path from 'node:path';
import { encodeSharedPlan } from '../../src/domain/plan/share-link';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  SECURITY_HEADERS,
  headersFile,
} from '../../scripts/content-security-policy';
import { expect, setToday, test } from './fixtures';
import {
  F2_ANSWERS,
  TODAY,
  YEAR_11_ANSWERS,
  pageHeading,
  savedPlansJson,
  seedSavedPlans,
} from './helpers';

// The fixture fails any test with a Content Security Policy violation; this spec makes sure every
// page, and the code each one loads, is opened at least once under the policy.

const PLANS = [
  { id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS },
  { id: 'plan-year-11', name: 'Year 11 plan', answers: YEAR_11_ANSWERS },
];

/** Every page, each opened by its address (so each loads its own chunks under the policy). */
const PAGES = [
  '/',
  '/questions/nation',
  '/questions/date-of-birth',
  '/check-answers',
  '/your-route',
  '/plans',
  '/plans/compare',
  '/plans/plan-f2/rename',
  '/plans/plan-f2/delete',
  '/plans/clear-everything',
  '/sources',
  '/part-time',
  '/part-time/calculator/nation',
  '/part-time/plan',
  '/part-time/plan/periods/new',
  '/pay',
  '/roles',
  `/shared#${encodeSharedPlan('Shared plan', YEAR_11_ANSWERS)}`,
  '/no-such-page',
];

const distDir = process.env.PLAYWRIGHT_DIST ?? 'dist';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
  await seedSavedPlans(page, savedPlansJson(PLANS));
});

test('every page opens under the Content Security Policy without breaking it', async ({ page }) => {
  for (const address of PAGES) {
    await test.step(address, async () => {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (address === '/pay') {
        // The pay chart (Recharts) loads as it comes near the window: scroll to it, wait for its bars.
        await page.locator('.app-pay-chart').scrollIntoViewIfNeeded();
        await expect(page.locator('.app-pay-chart [data-year]').first()).toBeAttached();
      }
    });
  }
  // The fixture then checks that no page reported a violation.
});

test('the policy is enforced: inline script is blocked and reported', async ({
  browser,
  baseURL,
}) => {
  // A context of its own, so this deliberate violation is not one the fixture fails on.
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(pageHeading(page, /./)).toBeVisible();
    const reported = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve(event.effectiveDirective),
          );
          const script = document.createElement('script');
          script.textContent = 'window.inlineScriptRan = true;';
          document.body.append(script);
        }),
    );
    expect(reported).toBe('script-src-elem');
    expect(await page.evaluate(() => 'inlineScriptRan' in window)).toBe(false);
  } finally {
    await context.close();
  }
});

test('the build ships the policy in index.html and, with frame-ancestors, in _headers', async ({
  request,
}) => {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
  );
  // Before any script, so it covers all of them.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));

  const headers = readFileSync(path.join(distDir, '_headers'), 'utf8');
  expect(headers).toBe(headersFile());
  expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}`);
  expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'");
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  // No <base> may change where the app's links and scripts point, and the app has none of its own.
  expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
  expect(html).not.toMatch(/<base[\s>]/i);

  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
});

test('every security header is in _headers and sent with every page', async ({ request }) => {
  expect(Object.keys(SECURITY_HEADERS)).toEqual([
    'Content-Security-Policy',
    'X-Content-Type-Options',
    'Referrer-Policy',
    'Permissions-Policy',
  ]);
  expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain(`${feature}=()`);
  }
  // The share link can still be copied.
  expect(SECURITY_HEADERS['Permissions-Policy']).not.toContain('clipboard');

  const headers = readFileSync(path.join(distDir, '_headers'), 'utf8');
  for (const address of ['/', '/your-route', '/roles']) {
    const response = await request.get(address);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(headers).toContain(`\n  ${name}: ${value}\n`);
      expect(response.headers()[name.toLowerCase()], `${name} on ${address}`).toBe(value);
    }
  }
});

test('the browser knows every feature the permissions policy names', async ({ page }) => {
  // Chromium reports a name it does not know (the retired interest-cohort, say) in the console.
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/permissions.policy/i.test(message.text())) messages.push(message.text());
  });
  await page.goto('/');
  await expect(pageHeading(page, /./)).toBeVisible();
  const allowed = await page.evaluate(() => {
    // Chromium's own view of the policy; not in TypeScript's DOM types.
    const policy = (
      document as Document & { featurePolicy?: { allowsFeature(name: string): boolean } }
    ).featurePolicy;
    return policy
      ? ['camera', 'geolocation', 'clipboard-write'].map((name) => policy.allowsFeature(name))
      : null;
  });
  expect(allowed).toEqual([false, false, true]);
  expect(messages).toEqual([]);
});
