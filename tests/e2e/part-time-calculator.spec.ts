import { expect, setToday, test } from './fixtures';
import { TODAY, fillDate, workingRows, pageHeading } from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('an ST5 doctor going to 60% from next August sees the new CCT date, the working, the notice date and the TIS-style estimate', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Part-time training' })
    .click();
  await expect(pageHeading(page, 'Part-time training and time out')).toBeVisible();
  await expectNoAxeViolations();

  await page.getByRole('link', { name: 'Work out a new CCT date' }).click();
  await expect(pageHeading(page, 'Where do you train?')).toBeVisible();
  await expect(page).toHaveURL(/\/part-time\/calculator\/nation$/);
  await expectNoAxeViolations();
  await page.getByRole('radio', { name: 'England' }).check();
  await continueButton.click();

  await expect(pageHeading(page, 'What stage of training are you in?')).toBeVisible();
  await expect(page).toHaveURL(/\/part-time\/calculator\/stage$/);
  await expectNoAxeViolations();
  await page.getByRole('radio', { name: 'ST5' }).check();
  await continueButton.click();

  await expect(pageHeading(page, 'How much training do you have left?')).toBeVisible();
  await page.getByRole('radio', { name: 'I know my current CCT date' }).check();
  await fillDate(page, 'Current CCT date', '5', '8', '2029');
  await expectNoAxeViolations();
  await continueButton.click();

  await expect(pageHeading(page, 'What percentage of full time do you work now?')).toBeVisible();
  await expectNoAxeViolations();
  await page.getByRole('radio', { name: 'Full time (100%)' }).check();
  await continueButton.click();

  await expect(pageHeading(page, 'Your new CCT date')).toBeVisible();
  await expect(
    page.getByText('Full time, your CCT date is 5 August 2029.', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations();

  await page.getByRole('link', { name: 'Add a period' }).click();
  await expect(pageHeading(page, 'What kind of period is it?')).toBeVisible();
  await expectNoAxeViolations();
  await page.getByRole('radio', { name: 'Less than full time training' }).check();
  await continueButton.click();

  // An error state: 10% is below the 20% a postgraduate dean can agree.
  await expect(pageHeading(page, 'Less than full time training')).toBeVisible();
  await page.getByRole('radio', { name: 'Another percentage' }).check();
  await page.getByLabel('Percentage of full time').fill('10');
  await fillDate(page, 'When does it start?', '4', '8', '2027');
  await page.getByRole('radio', { name: 'Until I finish training' }).check();
  await page.getByRole('button', { name: 'Save period' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(
    summary.getByRole('link', { name: 'The percentage must be 20% or more' }),
  ).toBeVisible();
  await expect(page.getByLabel('Percentage of full time')).toHaveValue('10');
  await expect(page.locator('#period-wte-other-error')).toContainText(
    'The percentage must be 20% or more',
  );
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations();

  // What was entered stays; choosing 60% puts it right.
  await expect(
    page.getByRole('group', { name: 'When does it start?' }).getByLabel('Year'),
  ).toHaveValue('2027');
  await page.getByRole('radio', { name: '60%' }).check();
  await page.getByRole('button', { name: 'Save period' }).click();

  await expect(pageHeading(page, 'Your new CCT date')).toBeVisible();
  // The list of periods follows its heading (the nation's rules further down are a list too).
  const periods = page
    .getByRole('heading', { level: 2, name: 'Periods' })
    .locator('xpath=following-sibling::dl[1]');
  await expect(periods).toContainText('Less than full time training at 60%');
  await expect(periods).toContainText('4 August 2027 until you finish training');
  await expect(
    page.getByRole('heading', { name: 'Your provisional CCT date: 7 December 2030' }),
  ).toBeVisible();
  await expect(
    page.getByText('16 months and 2 days later than your current CCT date, 5 August 2029.'),
  ).toBeVisible();
  await expect(page.getByText('apply by 14 April 2027')).toBeVisible();
  await expect(
    page.getByText('In England you need to apply at least 16 weeks before you start.'),
  ).toBeVisible();
  expect(await workingRows(page)).toEqual([
    ['Full time', '25 November 2026 to 3 August 2027', '252', '100%', '252', '733'],
    [
      'Less than full time training at 60%',
      '4 August 2027 to 7 December 2030',
      '1,222',
      '60%',
      '733.2',
      '0',
    ],
  ]);
  await expect(
    page.getByText('1 year of full-time training at 60% takes 20 months.'),
  ).toBeVisible();
  await expect(
    page.getByText('NHS England TIS-style estimate: 25 May 2030 (196 days earlier)'),
  ).toBeVisible();
  await expect(page.getByText(/suspended new TIS calculations on 19 May 2026/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await expectNoAxeViolations();

  // Side by side: the current plan and a scenario at 80% to the end.
  await page.getByRole('link', { name: 'Add a scenario' }).click();
  await expect(pageHeading(page, 'Add a scenario')).toBeVisible();
  await expectNoAxeViolations();
  await page.getByLabel('Name').fill('80% to the end');
  await page.getByRole('radio', { name: 'No periods' }).check();
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await expect(pageHeading(page, '80% to the end')).toBeVisible();
  await page.getByRole('link', { name: 'Add a period' }).click();
  await page.getByRole('radio', { name: 'Less than full time training' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: '80%' }).check();
  await fillDate(page, 'When does it start?', '4', '8', '2027');
  await page.getByRole('radio', { name: 'Until I finish training' }).check();
  await page.getByRole('button', { name: 'Save period' }).click();
  await expect(
    page.getByRole('heading', { name: 'Your provisional CCT date: 5 February 2030' }),
  ).toBeVisible();
  await expect(
    page.getByText('10 months and 2 days earlier than your current plan, 7 December 2030.'),
  ).toBeVisible();
  await expectNoAxeViolations();

  // After a reload everything entered is still there.
  await page.getByRole('link', { name: 'Back' }).click();
  await page.reload();
  const table = page.getByRole('table', { name: 'CCT dates side by side' });
  await expect(table.getByRole('row')).toHaveText([
    /Scenario.*CCT date.*Compared with your current plan/,
    /Your current plan.*7 December 2030.*This is your current plan/,
    /80% to the end.*5 February 2030.*10 months and 2 days earlier/,
  ]);
  await expect(
    page.getByRole('heading', { name: 'Your provisional CCT date: 7 December 2030' }),
  ).toBeVisible();
  await expectNoAxeViolations();

  // At 320 px wide the working and the scenarios reflow without scrolling sideways (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 640 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(320);

  expect(externalRequests).toEqual([]);
});
