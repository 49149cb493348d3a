import { expect, setToday, test } from './fixtures';
import {
  F2_ANSWERS,
  ROUTE_HEADING,
  TODAY,
  cctSummary,
  fillDate,
  milestone,
  pageHeading,
  savedPlans,
  savedPlansJson,
  seedSavedPlans,
  storageEntries,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('an F2 doctor adds 52 weeks of parental leave during ST5, and the route page’s CCT moves by 52 weeks', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]),
  );
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText(cctSummary('August 2034', 34))).toBeVisible();
  // ST5 starts on 6 August 2031; the full-time CCT is 6 August 2034.
  await expect(milestone(page, 'Start ST5')).toContainText('6 August 2031');

  await page.getByRole('link', { name: 'What if I train part time?' }).click();
  await expect(pageHeading(page, 'Part-time training and time out')).toBeVisible();
  await expect(page).toHaveURL(/\/part-time\/plan$/);
  await expect(
    page.getByText(
      'Full time, your CCT date is 6 August 2034. Add a period to see how it changes.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations();

  await page.getByRole('link', { name: 'Add a period' }).click();
  await page.getByRole('radio', { name: 'Parental leave' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(pageHeading(page, 'Parental leave')).toBeVisible();

  // Forgetting the end date is an error; the start date stays.
  await fillDate(page, 'When does it start?', '6', '8', '2031');
  await page.getByRole('button', { name: 'Save period' }).click();
  await expect(
    page.getByRole('alert').getByRole('link', { name: 'Enter the end date' }),
  ).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'When does it start?' }).getByLabel('Day'),
  ).toHaveValue('6');
  await expectNoAxeViolations();

  // 52 weeks: 6 August 2031 to 3 August 2032 is 364 days.
  await fillDate(page, 'When does it end?', '3', '8', '2032');
  await page.getByRole('button', { name: 'Save period' }).click();

  await expect(pageHeading(page, 'Part-time training and time out')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Your provisional CCT date: 5 August 2035' }),
  ).toBeVisible();
  await expect(
    page.getByText('11 months and 30 days later than the full-time date, 6 August 2034.'),
  ).toBeVisible();
  await expect(page.getByText(/Absence adds up to 260 working days/)).toBeVisible();
  await expect(
    page.getByText('Matches the NHS England TIS-style estimate, 5 August 2035.', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations();
  // Saved typed, with a short id of its own.
  expect((await savedPlans(page))[0]?.answers.changes).toEqual([
    {
      id: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown,
      kind: 'parental-leave',
      start: '2031-08-06',
      end: '2032-08-03',
    },
  ]);

  // Removing a period asks first.
  await page.getByRole('link', { name: 'Remove Parental leave' }).click();
  await expect(pageHeading(page, 'Are you sure you want to remove this period?')).toBeVisible();
  await expectNoAxeViolations();
  await page.getByRole('link', { name: 'No, keep it' }).click();

  // A scenario beside the plan's own periods.
  await page.getByRole('link', { name: 'Add a scenario' }).click();
  await page.getByLabel('Name').fill('No leave');
  await page.getByRole('radio', { name: 'No periods' }).check();
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await expect(pageHeading(page, 'No leave')).toBeVisible();
  await page.getByRole('link', { name: 'Delete this scenario' }).click();
  await expect(pageHeading(page, 'Are you sure you want to delete No leave?')).toBeVisible();
  await expectNoAxeViolations();
  await page.getByRole('link', { name: 'No, keep it' }).click();
  await expect(pageHeading(page, 'No leave')).toBeVisible();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(
    page.getByRole('table', { name: 'CCT dates side by side' }).getByRole('row'),
  ).toHaveText([
    /Scenario/,
    /Your current plan.*5 August 2035/,
    /No leave.*6 August 2034.*11 months and 30 days earlier/,
  ]);

  // The route page: every later step moves, and the summary says by how much.
  await page.getByRole('link', { name: 'See your route with these periods' }).click();
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText(cctSummary('August 2035', 35))).toBeVisible();
  await expect(
    page.getByText(
      'With your part-time periods and time out, your CCT date is 5 August 2035: 11 months and 30 days later than full time, 6 August 2034.',
    ),
  ).toBeVisible();
  await expect(milestone(page, 'Certificate of Completion of Training (CCT)')).toContainText(
    'August 2035, age 35',
  );
  await expect(milestone(page, 'Start ST6')).toContainText('August 2033');
  await expectNoAxeViolations();

  // Clearing everything removes the part-time data too.
  await page.getByRole('link', { name: 'see your saved plans' }).click();
  await page.getByRole('link', { name: 'Clear everything from this device' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(pageHeading(page, 'Plan your route into palliative medicine')).toBeVisible();
  const left = Object.keys(await storageEntries(page)).filter((key) => key.startsWith('pathway-'));
  expect(left).toEqual([]);

  expect(externalRequests).toEqual([]);
});
