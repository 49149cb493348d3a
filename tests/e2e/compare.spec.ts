import { expect, setToday, test } from './fixtures';
import {
  ROUTE_HEADING,
  TODAY,
  YEAR_11_ANSWERS,
  pageHeading,
  savedPlans,
  savedPlansJson,
  seedSavedPlans,
} from './helpers';

const PLANS = [
  { id: 'plan-imt', name: 'IMT plan', answers: YEAR_11_ANSWERS },
  { id: 'plan-accs', name: 'ACCS-IM plan', answers: { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' } },
];

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
  await seedSavedPlans(page, savedPlansJson(PLANS));
});

test('an adviser compares two saved routes side by side, then opens one, by keyboard', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  await page.goto('/plans');
  const compareLink = page.getByRole('link', { name: 'Compare two plans' });
  await compareLink.focus();
  await page.keyboard.press('Enter');
  await expect(pageHeading(page, 'Compare two plans')).toBeVisible();

  await expect(page.getByRole('combobox', { name: 'First plan' })).toHaveValue('plan-imt');
  await expect(page.getByRole('combobox', { name: 'Second plan' })).toHaveValue('plan-accs');
  await expect(
    page.getByText(
      'ACCS-IM plan reaches the Certificate of Completion of Training (CCT) 11 months and 29 days later than IMT plan: 31 July 2044 against 2 August 2043.',
    ),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Key dates in IMT plan and ACCS-IM plan' });
  await expect(table.getByRole('row', { name: /^Start ST4 in palliative medicine/ })).toContainText(
    '11 months and 29 days later',
  );
  await expectNoAxeViolations();

  // Choosing the same plan twice is an error next to the field, and nothing is lost.
  await page.getByRole('combobox', { name: 'Second plan' }).selectOption('plan-imt');
  await page.getByRole('button', { name: 'Compare plans' }).press('Enter');
  await expect(page).toHaveURL(/\/plans\/compare\?first=plan-imt&second=plan-imt$/);
  await expect(page.getByRole('alert')).toContainText('Choose a different plan from the first one');
  await expect(page).toHaveTitle(/^Error: Compare two plans/);
  await expectNoAxeViolations();

  await page.goBack();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Open ACCS-IM plan' }).press('Enter');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText('ACCS-IM plan').first()).toBeVisible();
  expect((await savedPlans(page)).map((plan) => plan.answers)).toEqual(
    PLANS.map((plan) => plan.answers),
  );
  expect(externalRequests).toEqual([]);
});

test('the comparison reflows at 320 px, the table scrolling inside its own box', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto('/plans/compare');
  await expect(page.getByRole('table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations();
});
