import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, setToday, test } from './fixtures';
import {
  F2_ANSWERS,
  PLANS_KEY,
  RECOVERY_PREFIX,
  ROUTE_HEADING,
  TODAY,
  YEAR_11_ANSWERS,
  answerRow,
  cctSummary,
  pageHeading,
  savedPlans,
  savedPlansJson,
  seedSavedPlans,
  storageEntries,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

function menuLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name });
}

/** The card for one plan on the saved plans page, by its name. */
function planCard(page: Page, name: string) {
  return page.getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 2, name: new RegExp(`^${name}( \\(open now\\))?$`) }),
  });
}

/** The plan names on the saved plans page, in order ("(open now)" is read out after the open one). */
function planHeadings(page: Page) {
  return page.locator('main li.nhsuk-card').getByRole('heading', { level: 2 });
}

async function recoveryCopies(page: Page): Promise<Record<string, string>> {
  const entries = await storageEntries(page);
  return Object.fromEntries(
    Object.entries(entries).filter(([key]) => key.startsWith(RECOVERY_PREFIX)),
  );
}

test('saved data cut short is kept as an exact copy, the app still works, and clearing everything removes it all', async ({
  page,
  expectNoAxeViolations,
}) => {
  const complete = savedPlansJson([
    { id: 'plan-a', name: 'Standard route', answers: YEAR_11_ANSWERS },
  ]);
  const truncated = complete.slice(0, Math.floor(complete.length / 2));
  expect(() => JSON.parse(truncated) as unknown).toThrow();
  await seedSavedPlans(page, truncated);
  await page.goto('/');

  const banner = page.getByRole('region', { name: 'Important' });
  await expect(banner).toContainText('We could not read your saved plans');
  await expect(banner.getByRole('listitem')).toHaveText([
    'All of your saved plans: the saved data is incomplete or has been changed by hand',
  ]);
  await expect(banner).toContainText('A copy of the saved data is kept on this device, unchanged.');

  const copies = await recoveryCopies(page);
  expect(Object.keys(copies)).toHaveLength(1);
  expect(Object.keys(copies)[0]).toMatch(/^pathway-plans:recovered:\d{4}-\d\d-\d\dT/);
  expect(Object.values(copies)[0]).toBe(truncated);
  // Nothing is written over what was saved until the person changes something.
  expect((await storageEntries(page))[PLANS_KEY]).toBe(truncated);
  await expectNoAxeViolations();

  // "Download the copy" gives back exactly what was saved.
  const downloading = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download the copy' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('pathway-saved-data.json');
  expect(await readFile(await download.path(), 'utf8')).toBe(truncated);

  // The app still works: a new plan can be started and is saved.
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(pageHeading(page, 'Where do you live or plan to train?')).toBeVisible();
  await page.getByRole('radio', { name: 'Wales' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(pageHeading(page, 'Where are you now?')).toBeVisible();
  const plans = await savedPlans(page);
  expect(plans).toHaveLength(1);
  expect(plans[0]?.answers).toEqual({ nation: 'wales' });
  expect(await recoveryCopies(page)).toEqual(copies);
  await banner.getByRole('button', { name: 'Hide this message' }).click();
  await expect(page.getByRole('region', { name: 'Important' })).toHaveCount(0);

  // Clear everything from this device, recovery copies included.
  await menuLink(page, 'Saved plans').click();
  await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  await page.getByRole('link', { name: 'Clear everything from this device' }).click();
  await expect(
    pageHeading(page, 'Are you sure you want to clear everything from this device?'),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('This removes your 1 saved plan');
  await expect(page.getByRole('link', { name: 'No, go back' })).toHaveAttribute('href', '/plans');
  await expectNoAxeViolations();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();

  await expect(pageHeading(page, 'Plan your route into palliative medicine')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'Everything Pathway saved in this browser has been cleared.',
  );
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  const left = Object.keys(await storageEntries(page)).filter((key) => key.startsWith('pathway-'));
  expect(left).toEqual([]);
  await expectNoAxeViolations();
});

test('a hand-edited save with a wrong-typed date of birth loads everything else and says what it could not read', async ({
  page,
}) => {
  const raw = savedPlansJson([
    { id: 'plan-a', name: 'Standard route', answers: YEAR_11_ANSWERS },
    { id: 'plan-b', name: 'F2 plan', answers: { ...F2_ANSWERS, dateOfBirth: 20000601 } },
  ]);
  await seedSavedPlans(page, raw);
  await page.goto('/plans');

  const banner = page.getByRole('region', { name: 'Important' });
  await expect(banner).toContainText('We could not read all of your saved plans');
  await expect(banner).toContainText('We could not read:');
  await expect(banner.getByRole('listitem')).toHaveText(['F2 plan: the date of birth']);
  expect(Object.values(await recoveryCopies(page))).toEqual([raw]);

  await expect(planHeadings(page)).toHaveText(['Standard route (open now)', 'F2 plan']);
  await expect(planCard(page, 'F2 plan')).toContainText('Foundation year 2 (F2)');

  // The good plan loads whole.
  await page.getByRole('button', { name: 'Open Standard route' }).click();
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText(cctSummary('August 2043', 32))).toBeVisible();

  // The other plan opens at the one question it lost; its other answers are still there.
  await menuLink(page, 'Saved plans').click();
  await page.getByRole('button', { name: 'Open F2 plan' }).click();
  await expect(pageHeading(page, 'What is your date of birth?')).toBeVisible();
  const dateOfBirth = page.getByRole('group', { name: 'What is your date of birth?' });
  await expect(dateOfBirth.getByLabel('Year')).toHaveValue('');
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Foundation year 2 (F2)' })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await dateOfBirth.getByLabel('Day').fill('1');
  await dateOfBirth.getByLabel('Month').fill('6');
  await dateOfBirth.getByLabel('Year').fill('2000');
  await page.getByRole('button', { name: 'Continue' }).click();
  // The nation was asked first, so the next question is about core training.
  await expect(
    page.getByRole('radio', { name: 'None: straight into core training' }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(
    page.getByRole('radio', { name: 'Internal Medicine Training (IMT), 3 years' }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(pageHeading(page, 'Check your answers')).toBeVisible();
  await expect(answerRow(page, 'Date of birth').getByRole('definition').first()).toHaveText(
    '1 June 2000',
  );
  await page.getByRole('button', { name: 'See your route' }).click();
  await expect(page.getByText(cctSummary('August 2034', 34))).toBeVisible();
});

test('plans can be renamed, copied, deleted with undo, and switched, each showing its own route', async ({
  page,
  expectNoAxeViolations,
}) => {
  await seedSavedPlans(
    page,
    savedPlansJson([
      { id: 'plan-1', name: 'Plan 1', answers: YEAR_11_ANSWERS },
      { id: 'plan-2', name: 'Plan 2', answers: F2_ANSWERS },
    ]),
  );
  await page.goto('/plans');
  await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Important' })).toHaveCount(0);
  await expect(planCard(page, 'Plan 1')).toContainText(
    'At school, Year 11. Last changed 25 November 2026.',
  );
  await expect(planCard(page, 'Plan 1')).toContainText('This is the plan you have open.');
  await expectNoAxeViolations();

  // Rename
  await page.getByRole('link', { name: 'Rename Plan 1' }).click();
  await expect(pageHeading(page, 'Rename Plan 1')).toBeVisible();
  const nameBox = page.getByLabel('Plan name');
  await expect(nameBox).toHaveValue('Plan 1');
  await nameBox.fill('   ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a name for this plan');
  await expect(page).toHaveTitle(/^Error: Rename Plan 1 – /);
  await nameBox.fill('Standard route');
  await expectNoAxeViolations();
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Standard route (open now)' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Renamed ‘Plan 1’ to ‘Standard route’.');

  // Make a copy: it goes after the original and is opened.
  await page.getByRole('button', { name: 'Make a copy of Standard route' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Copied ‘Standard route’ as ‘Copy of Standard route’.',
  );
  await expect(planHeadings(page)).toHaveText([
    'Standard route',
    'Copy of Standard route (open now)',
    'Plan 2',
  ]);
  expect((await savedPlans(page)).map((plan) => plan.name)).toEqual([
    'Standard route',
    'Copy of Standard route',
    'Plan 2',
  ]);

  // Delete, with a confirmation page, then undo.
  await page.getByRole('link', { name: 'Delete Copy of Standard route' }).click();
  await expect(
    pageHeading(page, 'Are you sure you want to delete Copy of Standard route?'),
  ).toBeVisible();
  await expectNoAxeViolations();
  await page.getByRole('button', { name: 'Yes, delete this plan' }).click();
  await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  const deleted = page.getByRole('alert');
  await expect(deleted).toContainText('Plan deleted');
  await expect(deleted).toContainText('You deleted Copy of Standard route.');
  await expect(planCard(page, 'Copy of Standard route')).toHaveCount(0);
  expect((await savedPlans(page)).map((plan) => plan.name)).toEqual(['Standard route', 'Plan 2']);
  await expectNoAxeViolations();
  await deleted.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(planHeadings(page)).toHaveText([
    'Standard route',
    'Copy of Standard route (open now)',
    'Plan 2',
  ]);
  expect((await savedPlans(page)).map((plan) => plan.name)).toEqual([
    'Standard route',
    'Copy of Standard route',
    'Plan 2',
  ]);

  // Switch between plans: each shows its own route.
  await page.getByRole('button', { name: 'Open Plan 2' }).click();
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.locator('main .nhsuk-caption-l')).toHaveText('Plan 2');
  await expect(page.getByText(cctSummary('August 2034', 34))).toBeVisible();

  await page.getByRole('link', { name: 'see your saved plans' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Plan 2 (open now)' })).toBeVisible();
  await page.getByRole('button', { name: 'Open Standard route' }).click();
  await expect(page.locator('main .nhsuk-caption-l')).toHaveText('Standard route');
  await expect(page.getByText(cctSummary('August 2043', 32))).toBeVisible();

  await menuLink(page, 'Saved plans').click();
  await page.getByRole('button', { name: 'Open Plan 2' }).click();
  await expect(page.getByText(cctSummary('August 2034', 34))).toBeVisible();
});

test('a change made in one tab reaches the other, and neither tab overwrites the other', async ({
  page,
  context,
  expectNoAxeViolations,
}) => {
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]),
  );
  // Tab B (the fixture's page, so axe scans it) shows the route; tab A opens a question.
  const tabB = page;
  await tabB.goto('/your-route');
  await expect(tabB.getByText(cctSummary('August 2034', 34))).toBeVisible();

  const tabA = await context.newPage();
  await setToday(tabA, TODAY);
  await tabA.goto('/questions/core-route');
  await expect(pageHeading(tabA, 'Which core training route?')).toBeVisible();
  await expect(
    tabA.getByRole('radio', { name: 'Internal Medicine Training (IMT), 3 years' }),
  ).toBeChecked();

  // Tab A changes the core training route.
  await tabA
    .getByRole('radio', { name: 'Acute Care Common Stem, internal medicine (ACCS-IM), 4 years' })
    .check();
  await tabA.getByRole('button', { name: 'Continue' }).click();
  await expect(pageHeading(tabA, 'Check your answers')).toBeVisible();

  // Tab B says so and shows the latest version.
  const noticeB = tabB.getByRole('region', { name: 'Important' });
  await expect(noticeB).toContainText(
    'This plan was changed in another tab or window: the core training route.',
  );
  await expect(tabB.getByText(cctSummary('August 2035', 35))).toBeVisible();
  await expect(noticeB.getByRole('button', { name: 'Hide this message' })).toBeVisible();
  await expectNoAxeViolations();

  // Tab B then saves a change of its own: tab A's change must survive it.
  await tabB.getByRole('link', { name: 'Change your answers' }).click();
  await expect(answerRow(tabB, 'Core training route').getByRole('definition').first()).toHaveText(
    'Acute Care Common Stem, internal medicine (ACCS-IM), 4 years',
  );
  await tabB.getByRole('link', { name: 'Change where you live or plan to train' }).click();
  await tabB.getByRole('radio', { name: 'Wales' }).check();
  await tabB.getByRole('button', { name: 'Continue' }).click();
  await expect(pageHeading(tabB, 'Check your answers')).toBeVisible();
  await expect(
    answerRow(tabB, 'Where you live or plan to train').getByRole('definition').first(),
  ).toHaveText('Wales');

  const [saved] = await savedPlans(tabB);
  expect(saved?.answers).toMatchObject({ coreRoute: 'accs-im', nation: 'wales' });

  // Tab A hears about tab B's change in turn.
  await expect(tabA.getByRole('region', { name: 'Important' })).toContainText(
    'This plan was changed in another tab or window: where you live.',
  );
  await expect(
    answerRow(tabA, 'Where you live or plan to train').getByRole('definition').first(),
  ).toHaveText('Wales');
  await expect(answerRow(tabA, 'Core training route').getByRole('definition').first()).toHaveText(
    'Acute Care Common Stem, internal medicine (ACCS-IM), 4 years',
  );

  // Clearing everything in tab A: tab B says so, and no tab brings the cleared answers back.
  await menuLink(tabA, 'Saved plans').click();
  await tabA.getByRole('link', { name: 'Clear everything from this device' }).click();
  await tabA.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(tabA.getByRole('alert')).toContainText(
    'Everything Pathway saved in this browser has been cleared.',
  );
  await expect(noticeB).toContainText(
    'Everything Pathway saved on this device was cleared in another tab or window.',
  );
  // Tab B had the check answers page open: with no plan left it goes to the start page and saves nothing.
  await expect(tabB).toHaveURL(/\/$/);
  await expect(pageHeading(tabB, 'Plan your route into palliative medicine')).toBeVisible();
  await menuLink(tabB, 'Saved plans').click();
  await expect(planHeadings(tabB).filter({ hasText: 'F2 plan' })).toHaveCount(0);
  const pathwayKeys = Object.keys(await storageEntries(tabB)).filter((key) =>
    key.startsWith('pathway-'),
  );
  expect(pathwayKeys).toEqual([]);
});
