import { expect, setToday, test } from './fixtures';
import { TODAY, fillDate, workingRows, pageHeading } from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

const DAY = 86_400_000;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;
}

test('an ST5 doctor in Scotland going to 60% from next August with six months’ parental leave inside it gets a CCT later by exactly the leave, with the working and Scotland’s notice', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  // A phone: the new date must be on screen without scrolling past the periods.
  await page.setViewportSize({ width: 390, height: 844 });
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await page.goto('/part-time/calculator/nation');
  await expect(pageHeading(page, 'Where do you train?')).toBeVisible();
  await page.getByRole('radio', { name: 'Scotland' }).check();
  await continueButton.click();
  await expect(pageHeading(page, 'What stage of training are you in?')).toBeVisible();
  await page.getByRole('radio', { name: 'ST5' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: 'I know my current CCT date' }).check();
  await fillDate(page, 'Current CCT date', '5', '8', '2029');
  await continueButton.click();
  await page.getByRole('radio', { name: 'Full time (100%)' }).check();
  await continueButton.click();
  await expect(pageHeading(page, 'Your new CCT date')).toBeVisible();

  // 60% from next August (the next rotation) until training ends.
  await page.getByRole('link', { name: 'Add a period' }).click();
  await page.getByRole('radio', { name: 'Less than full time training' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: '60%' }).check();
  await page.getByRole('button', { name: 'Start from the next rotation, 4 August 2027' }).click();
  await page.getByRole('radio', { name: 'Until I finish training' }).check();
  await page.getByRole('button', { name: 'Save period' }).click();
  const headline = page.getByRole('heading', { name: /^Your provisional CCT date: / });
  await expect(headline).toHaveText('Your provisional CCT date: 7 December 2030');
  const partTimeOnly = '2030-12-07';

  // Six months' parental leave from March 2028, inside the part-time period: accepted in one go.
  await page.getByRole('link', { name: 'Add another period' }).click();
  await page.getByRole('radio', { name: 'Parental leave' }).check();
  await continueButton.click();
  await fillDate(page, 'When does it start?', '1', '3', '2028');
  await fillDate(page, 'When does it end?', '31', '8', '2028');
  await page.getByRole('button', { name: 'Save period' }).click();
  await expect(pageHeading(page, 'Your new CCT date')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await expect(headline).toHaveText('Your provisional CCT date: 9 June 2031');
  const leaveDays = daysBetween('2028-03-01', '2028-08-31') + 1;
  expect(leaveDays).toBe(184);
  expect(daysBetween(partTimeOnly, '2031-06-09')).toBe(leaveDays);
  await expect(page.getByText(/last 184 days \(calendar days\)/)).toBeVisible();
  // The result comes first: on a 390 px phone it is on screen as the page opens.
  await expect(headline).toBeInViewport();

  // The leave is listed under the part-time period, which carries on after it.
  // The list of periods follows its heading (the nation's rules further down are a list too).
  const list = page
    .getByRole('heading', { level: 2, name: 'Periods' })
    .locator('xpath=following-sibling::dl[1]');
  await expect(list.getByRole('term')).toHaveText([
    'Less than full time training at 60%',
    'During the part-time period: Parental leave',
  ]);
  await expect(list).toContainText('Your part-time hours carry on after it.');

  // The working shows each stretch: 60%, the leave earning nothing, then 60% again.
  expect(await workingRows(page)).toEqual([
    ['Full time', '25 November 2026 to 3 August 2027', '252', '100%', '252', '733'],
    [
      'Less than full time training at 60%',
      '4 August 2027 to 29 February 2028',
      '210',
      '60%',
      '126',
      '607',
    ],
    ['Parental leave', '1 March 2028 to 31 August 2028', '184', 'Does not count', '0', '607'],
    [
      'Less than full time training at 60%',
      '1 September 2028 to 9 June 2031',
      '1,012',
      '60%',
      '607.2',
      '0',
    ],
  ]);
  // One arrangement that simply continues: one application and one notice date, 3 months before
  // in Scotland (England's 16 weeks would be 14 April 2027).
  await expect(page.getByText(/^To start at 60% on/)).toHaveCount(1);
  await expect(page.getByText('apply by 4 May 2027')).toBeVisible();
  await expect(
    page.getByText('In Scotland you need to apply at least 3 months before you start.'),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Training less than full time in Scotland' }),
  ).toBeVisible();
  await expect(page.getByText(/16 weeks/)).toHaveCount(0);
  await expect(page.getByRole('term').filter({ hasText: 'Where you train' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^Scotland$/ })).toBeVisible();
  await expectNoAxeViolations();

  // Reflows at 320 px.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(320);
  expect(externalRequests).toEqual([]);
});
