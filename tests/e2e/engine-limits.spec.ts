/**
 * The engines refuse what no training programme allows (issue 15), and the page says so beside the
 * field: here a part-time percentage at which training would end more than 30 years after it started.
 */
import { expect, setToday, test } from './fixtures';
import { TODAY, fillDate, pageHeading } from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('20% to completion with 7 years of training left is refused beside the percentage, and nothing is saved', async ({
  page,
  expectNoAxeViolations,
}) => {
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await page.goto('/part-time/calculator/nation');
  await page.getByRole('radio', { name: 'England' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: 'ST5' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: 'I know my current CCT date' }).check();
  await fillDate(page, 'Current CCT date', '5', '8', '2034');
  await continueButton.click();
  await page.getByRole('radio', { name: 'Full time (100%)' }).check();
  await continueButton.click();
  await expect(pageHeading(page, 'Your new CCT date')).toBeVisible();

  await page.getByRole('link', { name: 'Add a period' }).click();
  await page.getByRole('radio', { name: 'Less than full time training' }).check();
  await continueButton.click();
  await expect(pageHeading(page, 'Less than full time training')).toBeVisible();
  // About 7 years of full-time training from August 2027 at 20% would take about 35 years.
  await page.getByRole('radio', { name: 'Another percentage' }).check();
  await page.getByLabel('Percentage of full time').fill('20');
  await fillDate(page, 'When does it start?', '4', '8', '2027');
  await page.getByRole('radio', { name: 'Until I finish training' }).check();
  await page.getByRole('button', { name: 'Save period' }).click();

  const message =
    'Your CCT date would be more than 30 years after you started training. Check the percentages and credits you entered.';
  await expect(page.getByRole('alert').getByRole('link', { name: message })).toBeVisible();
  await expect(page.locator('#period-wte-other-error')).toContainText(message);
  await expect(page.getByLabel('Percentage of full time')).toHaveValue('20');
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations();

  // Nothing was saved: the list still has no periods.
  await page.getByRole('link', { name: 'Back' }).first().click();
  await page.getByRole('link', { name: 'Back' }).first().click();
  await expect(pageHeading(page, 'Your new CCT date')).toBeVisible();
  await expect(page.getByText('Less than full time training at 20%')).toHaveCount(0);
});
