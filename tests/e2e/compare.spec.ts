import { expect, setToday, test } from './fixtures';
import {
  PLANS_KEY,
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
      'ACCS-IM plan reaches the Certificate of Completion of Training (CCT) about 1 year later than IMT plan: 31 July 2044 against 2 August 2043.',
    ),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Key dates in IMT plan and ACCS-IM plan' });
  await expect(table.getByRole('row', { name: /^Start ST4 in palliative medicine/ })).toContainText(
    'about 1 year later',
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

test('on a phone 390 px wide, the header row fits without scrolling sideways, whatever the plan names', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/plans');
  // Long names, as "Make a copy" gives them, head the plans' columns.
  const longNames = [
    { id: 'plan-long', name: 'Year 11 plan with graduate entry', answers: YEAR_11_ANSWERS },
    {
      id: 'plan-long-copy',
      name: 'Year 11 plan with graduate entry (copy)',
      answers: {
        ...YEAR_11_ANSWERS,
        medicalSchoolRoute: 'graduate-entry',
        qualificationYear: 2032,
      },
    },
  ];
  await page.evaluate(([key, raw]) => window.localStorage.setItem(key, raw), [
    PLANS_KEY,
    savedPlansJson(longNames),
  ] as const);
  await page.goto('/plans/compare?first=plan-long&second=plan-long-copy');
  const table = page.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toContainText('Start a first degree');
  const overflow = await page.evaluate(() => {
    const box = document.querySelector('.app-table-scroll');
    const headerRow = document.querySelector('thead tr');
    if (!box || !headerRow) throw new Error('the table is in its scroll box');
    const headers = Array.from(headerRow.querySelectorAll('th'));
    return {
      box: box.scrollWidth - box.clientWidth,
      row: headerRow.getBoundingClientRect().right - box.getBoundingClientRect().right,
      cells: headers.map((header) => header.scrollWidth - header.clientWidth),
    };
  });
  expect(overflow.box).toBeLessThanOrEqual(0);
  expect(overflow.row).toBeLessThanOrEqual(0);
  expect(overflow.cells).toEqual([0, 0, 0, 0]);
  await expectNoAxeViolations();
});
