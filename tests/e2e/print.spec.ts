import { expect, setToday, test } from './fixtures';
import {
  ROUTE_HEADING,
  TODAY,
  YEAR_11_ANSWERS,
  cctSummary,
  pageHeading,
  savedPlansJson,
  seedSavedPlans,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
  await seedSavedPlans(
    page,
    savedPlansJson([
      { id: 'plan-year-11', name: 'Year 11 plan', answers: YEAR_11_ANSWERS },
      {
        id: 'plan-accs',
        name: 'ACCS-IM plan',
        answers: { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' },
      },
    ]),
  );
});

test('a printed route keeps the dates and the planning-aid notice, without the navigation', async ({
  page,
}) => {
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText(cctSummary('August 2043', 32))).toBeVisible();
  await expect(page.getByText('This is an independent planning tool')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Higher specialty training (ST4 to ST7)' }),
  ).toBeVisible();
});

test('a printed comparison keeps the table, without the form or buttons', async ({ page }) => {
  await page.goto('/plans/compare');
  const buttons = page.locator('main .nhsuk-button');
  await expect(buttons.first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'First plan' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const button of await buttons.all()) await expect(button).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'First plan' })).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Key dates in Year 11 plan and ACCS-IM plan' }),
  ).toBeVisible();
});
