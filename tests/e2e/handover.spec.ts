/**
 * Handing a plan over (issue 13): a link's plan leaves the address once opened, a plan goes to a file
 * and back, bad files are refused with their reason and change nothing, and the QR code of the link is
 * made on the device from a chunk loaded only when asked for.
 */
import { readFile } from 'node:fs/promises';
import { PLAN_FILE_MESSAGES, writePlanFile } from '../../src/domain/plan/plan-file';
import { encodeSharedPlan } from '../../src/domain/plan/share-link';
import { expect, setToday, test } from './fixtures';
import {
  PLANS_KEY,
  ROUTE_HEADING,
  TODAY,
  YEAR_11_ANSWERS,
  cctSummary,
  pageHeading,
  savedPlans,
  savedPlansJson,
  seedSavedPlans,
  storageEntries,
} from './helpers';

const YEAR_11_CCT = cctSummary('August 2043', 32);

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('a shared link’s plan leaves the address and the history once opened, and stays on the page', async ({
  page,
  baseURL,
  expectNoAxeViolations,
  externalRequests,
}) => {
  const text = encodeSharedPlan('Standard route', YEAR_11_ANSWERS);
  await page.goto('/privacy');
  await page.goto(`/shared#${text}`);
  await expect(pageHeading(page, 'Standard route')).toBeVisible();
  await expect(page.getByText(YEAR_11_CCT)).toBeVisible();

  // The history entry was replaced: no fragment in the address, nothing of the plan in its state.
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('');
  expect(page.url()).toBe(`${baseURL}/shared`);
  expect(JSON.stringify(await page.evaluate(() => window.history.state as unknown))).not.toContain(
    text.slice(0, 20),
  );
  await expect(page.getByText(/taken the plan out of this page’s address/)).toBeVisible();
  await expectNoAxeViolations();

  // Another page in the app, then Back: the page shows the plan again from memory, not the address.
  await page.getByRole('link', { name: 'Privacy notice' }).click();
  await expect(page).toHaveURL(`${baseURL}/privacy`);
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/shared`);
  await expect(pageHeading(page, 'Standard route')).toBeVisible();

  // The entry before the link holds no plan either.
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/privacy`);
  await expect(page.getByText('Standard route')).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(`${baseURL}/shared`);
  expect(await page.evaluate(() => window.location.hash)).toBe('');

  expect((await storageEntries(page))[PLANS_KEY]).toBeUndefined();
  expect(externalRequests).toEqual([]);
});

test('a plan downloaded from the route page opens from the saved plans page with the same CCT date', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  await seedSavedPlans(
    page,
    savedPlansJson([
      {
        id: 'plan-a',
        name: 'Year 11 plan',
        answers: { ...YEAR_11_ANSWERS, reflections: ['communication'] },
      },
    ]),
  );
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText(YEAR_11_CCT)).toBeVisible();

  const section = page.getByRole('region', { name: 'Save this plan as a file' });
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download this plan' }).click();
  const download = await downloading;
  // Named from the plan's name and the day only: no date of birth.
  expect(download.suggestedFilename()).toBe('pathway-plan-year-11-plan-2026-11-25.json');
  const path = await download.path();
  const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  expect(file).toEqual({
    format: 'pathway-plan',
    version: 1,
    name: 'Year 11 plan',
    plan: YEAR_11_ANSWERS,
  });
  await expect(section.getByRole('status')).toContainText(
    'We have made the file pathway-plan-year-11-plan-2026-11-25.json.',
  );

  await page.goto('/plans');
  await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  await expectNoAxeViolations();
  await page.getByLabel('Open a plan file').setInputFiles(path);
  await page.getByRole('button', { name: 'Open this plan' }).click();

  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText('Year 11 plan (2)')).toBeVisible();
  await expect(page.getByText(YEAR_11_CCT)).toBeVisible();
  const saved = await savedPlans(page);
  expect(saved.map((plan) => plan.name)).toEqual(['Year 11 plan', 'Year 11 plan (2)']);
  expect(saved[1]?.answers).toEqual(YEAR_11_ANSWERS);
  expect(externalRequests).toEqual([]);
});

test('a broken, changed, too large or newer plan file is refused with its reason, and saved plans are unchanged', async ({
  page,
  expectNoAxeViolations,
}) => {
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-a', name: 'My own plan', answers: YEAR_11_ANSWERS }]),
  );
  await page.goto('/plans');
  await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  const before = (await storageEntries(page))[PLANS_KEY];
  expect(before).toBeDefined();

  const good = writePlanFile('Year 11 plan', YEAR_11_ANSWERS);
  const cases = [
    ['broken.json', good.slice(0, 60), PLAN_FILE_MESSAGES['not-a-plan-file']],
    ['changed.json', good.replace('"england"', '"atlantis"'), PLAN_FILE_MESSAGES.changed],
    ['large.json', `${good}${' '.repeat(100_001)}`, PLAN_FILE_MESSAGES['too-large']],
    [
      'newer.json',
      good.replace('"version": 1', '"version": 2'),
      PLAN_FILE_MESSAGES['newer-version'],
    ],
  ] as const;

  const input = page.getByLabel('Open a plan file');
  for (const [name, text, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Open this plan' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(input).toHaveAccessibleDescription(new RegExp(`Error:\\s+${escape(message)}`));
    await expect(page).toHaveTitle(/^Error: Your saved plans/);
    expect((await storageEntries(page))[PLANS_KEY], name).toBe(before);
    await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  }
  await expectNoAxeViolations();

  // The summary's link takes keyboard users to the field.
  await page.locator('.nhsuk-error-summary').getByRole('link').click();
  await expect(input).toBeFocused();
});

test('the QR code of the link is made on the device from a chunk loaded only when asked for', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-a', name: 'Year 11 plan', answers: YEAR_11_ANSWERS }]),
  );
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  const section = page.getByRole('region', { name: 'Send this plan as a link' });
  await expect(section.getByRole('button', { name: 'Show a QR code' })).toBeVisible();
  const isQrChunk = (path: string) => /\/link-qr-code-[^/]*\.js$/.test(path);
  expect(scripts.filter(isQrChunk)).toEqual([]);

  await section.getByRole('button', { name: 'Show a QR code' }).click();
  const code = section.getByRole('img', { name: /QR code/ });
  await expect(code).toBeVisible();
  await expect(code).toHaveAccessibleName('QR code for the link to this plan');
  expect(scripts.filter(isQrChunk)).toHaveLength(1);
  await expect(section.getByRole('button', { name: 'Hide the QR code' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expectNoAxeViolations();
  expect(externalRequests).toEqual([]);
});

/** The text, matched literally in a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
