import { expect, setToday, test } from './fixtures';
import { TODAY, pageHeading } from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('questions answered wrongly or not at all get an error summary, inline errors and keep what was typed', async ({
  page,
  expectNoAxeViolations,
}) => {
  const continueButton = page.getByRole('button', { name: 'Continue' });
  const summary = page.getByRole('alert');

  // Opening a question directly starts a plan.
  await page.goto('/questions/where-are-you-now');
  await expect(pageHeading(page, 'Where are you now?')).toBeVisible();
  await expect(page).not.toHaveTitle(/^Error: /);
  await continueButton.click();
  await expect(summary).toContainText('There is a problem');
  await expect(page).toHaveTitle(
    'Error: Where are you now? – Plan your route into palliative medicine',
  );
  await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
  const whereGroup = page.getByRole('group', { name: 'Where are you now?' });
  await expect(whereGroup).toContainText('Error: Select where you are now');
  await expect(whereGroup).toHaveAccessibleDescription(/Error:\s+Select where you are now$/);
  await expectNoAxeViolations();
  await summary.getByRole('link', { name: 'Select where you are now' }).click();
  await expect(page.getByRole('radio', { name: 'At school or college' })).toBeFocused();

  // A stage with a year needs the year as well.
  await page.getByRole('radio', { name: 'At school or college' }).check();
  await continueButton.click();
  await expect(summary.getByRole('link', { name: 'Select which year you are in' })).toBeVisible();
  await summary.getByRole('link', { name: 'Select which year you are in' }).click();
  await expect(page.getByLabel('Which school year are you in?')).toBeFocused();
  await page.getByLabel('Which school year are you in?').selectOption('Year 12');
  await continueButton.click();

  // Date of birth: not a real date, then too young.
  await expect(pageHeading(page, 'What is your date of birth?')).toBeVisible();
  const dateOfBirth = page.getByRole('group', { name: 'What is your date of birth?' });
  await dateOfBirth.getByLabel('Day').fill('30');
  await dateOfBirth.getByLabel('Month').fill('2');
  await dateOfBirth.getByLabel('Year').fill('2010');
  await continueButton.click();
  await expect(summary).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: What is your date of birth\? – /);
  await expect(
    summary.getByRole('link', { name: 'Date of birth must be a real date' }),
  ).toBeVisible();
  await expect(dateOfBirth).toContainText('Error: Date of birth must be a real date');
  // What was typed stays in the boxes so it can be corrected.
  await expect(dateOfBirth.getByLabel('Day')).toHaveValue('30');
  await expect(dateOfBirth.getByLabel('Month')).toHaveValue('2');
  await expect(dateOfBirth.getByLabel('Year')).toHaveValue('2010');
  await expectNoAxeViolations();
  await summary.getByRole('link', { name: 'Date of birth must be a real date' }).click();
  await expect(dateOfBirth.getByLabel('Day')).toBeFocused();

  await dateOfBirth.getByLabel('Day').fill('1');
  await dateOfBirth.getByLabel('Month').fill('1');
  await dateOfBirth.getByLabel('Year').fill('2020');
  await continueButton.click();
  await expect(summary).toContainText(
    'Date of birth must be for someone aged 13 or over. This planner starts from Year 9 at school in England',
  );
  await expect(dateOfBirth).toContainText(
    'Error: Date of birth must be for someone aged 13 or over',
  );
  await expect(dateOfBirth.getByLabel('Year')).toHaveValue('2020');
  await expectNoAxeViolations();

  await dateOfBirth.getByLabel('Day').fill('14');
  await dateOfBirth.getByLabel('Month').fill('3');
  await dateOfBirth.getByLabel('Year').fill('2010');
  await continueButton.click();
  // The nation is asked first; opened directly, the questions go on from here (England numbering).
  await page.getByRole('radio', { name: 'A-levels' }).check();
  await continueButton.click();

  // A-level grades: a subject with no grade.
  await expect(pageHeading(page, 'What are your A-level subjects and grades?')).toBeVisible();
  const firstRow = page.getByRole('group', { name: 'Subject 1' });
  await firstRow.getByLabel('Subject').selectOption('Chemistry');
  await page.getByRole('radio', { name: 'Predicted grades' }).check();
  await continueButton.click();
  await expect(summary).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: What are your A-level subjects and grades\? – /);
  await expect(summary.getByRole('link')).toHaveText(['Select a grade for chemistry']);
  await expect(firstRow).toContainText('Error: Select a grade for chemistry');
  await expect(firstRow.getByLabel('Grade')).toHaveAccessibleDescription(
    /^Error:\s+Select a grade for chemistry$/,
  );
  await expect(firstRow.getByLabel('Subject')).toHaveValue('chemistry');
  await expectNoAxeViolations();
  await summary.getByRole('link', { name: 'Select a grade for chemistry' }).click();
  await expect(firstRow.getByLabel('Grade')).toBeFocused();
  await firstRow.getByLabel('Grade').selectOption('A*');
  await continueButton.click();
  await expect(pageHeading(page, 'What are your GCSE grades?')).toBeVisible();

  // How many GCSEs at the top grades: a number that is not a whole number, then too many.
  const count = page.getByLabel('How many GCSEs do you have at grade 7, 8 or 9?');
  await expect(count).toHaveAttribute('inputmode', 'numeric');
  await page.getByLabel('English language').selectOption('7');
  await count.fill('6.5');
  await continueButton.click();
  const wholeNumber = 'Enter the number of GCSEs at grade 7, 8 or 9 as a whole number, like 6';
  await expect(summary.getByRole('link')).toHaveText([wholeNumber]);
  await expect(page).toHaveTitle(/^Error: What are your GCSE grades\? – /);
  await expect(count).toHaveAccessibleDescription(new RegExp(`Error:\\s+${wholeNumber}$`));
  await expect(count).toHaveValue('6.5');
  await expect(page.getByLabel('English language')).toHaveValue('7');
  await expectNoAxeViolations();
  await summary.getByRole('link', { name: wholeNumber }).click();
  await expect(count).toBeFocused();
  await count.fill('25');
  await continueButton.click();
  await expect(summary.getByRole('link')).toHaveText([
    'The number of GCSEs at grade 7, 8 or 9 must be 20 or fewer',
  ]);
  await count.fill('7');
  await continueButton.click();
  await expect(
    pageHeading(page, 'Which route through medical school are you thinking about?'),
  ).toBeVisible();
});
