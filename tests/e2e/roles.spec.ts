import { expect, setToday, test } from './fixtures';
import {
  ROUTE_HEADING,
  TODAY,
  YEAR_11_ANSWERS,
  cctSummary,
  milestone,
  pageHeading,
  savedPlans,
  savedPlansJson,
  seedSavedPlans,
} from './helpers';

const ROLES_HEADING = 'Roles in palliative medicine';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-year-11', name: 'Year 11 plan', answers: YEAR_11_ANSWERS }]),
  );
});

test('from the route page to the roles page, then the academic route opened as a new plan with a later CCT and the research period', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText(cctSummary('August 2043', 32))).toBeVisible();

  await page
    .getByRole('region', { name: 'Higher specialty training (ST4 to ST7)' })
    .getByRole('link', { name: 'Where you will work: hospice, hospital and community teams' })
    .click();
  await expect(pageHeading(page, ROLES_HEADING)).toBeVisible();
  await expect(page).toHaveURL(/\/roles#where-you-work$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Where you could work' })).toBeFocused();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Hospice inpatient units' }),
  ).toBeVisible();
  await expectNoAxeViolations();

  const academic = page.getByRole('region', {
    name: 'Academic palliative medicine: fellowships and lectureships',
  });
  await expect(academic).toContainText(
    'from the start of your ST5 on 1 August 2040 to 31 July 2043, with 12 months counting towards training, would move your CCT from August 2043 to August 2045',
  );
  // Routes Pathway does not plan say so, and cannot be opened.
  const paediatric = page.getByRole('region', { name: 'Paediatric palliative medicine' });
  await expect(paediatric).toContainText('A different route');
  await expect(paediatric.getByRole('button')).toHaveCount(0);

  await academic.getByRole('button', { name: 'Open the academic route as a new plan' }).click();

  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page).toHaveURL(/\/your-route$/);
  await expect(page.getByText('Academic route (copy of Year 11 plan)')).toBeVisible();
  await expect(page.getByText(cctSummary('August 2045', 34))).toBeVisible();
  await expect(
    page.getByText(
      'With your part-time periods and time out, your CCT date is 1 August 2045: 23 months and 30 days later than full time, 2 August 2043.',
    ),
  ).toBeVisible();
  const higher = page.getByRole('region', { name: 'Higher specialty training (ST4 to ST7)' });
  await expect(
    higher.getByText(
      'Out of programme for research (OOPR), 33.3% counting towards training: 1 August 2040 to 31 July 2043',
    ),
  ).toBeVisible();
  await expect(milestone(page, 'Start ST5')).toContainText('1 August 2040');
  await expect(milestone(page, 'Certificate of Completion of Training (CCT)')).toContainText(
    'August 2045',
  );
  await expectNoAxeViolations();

  const plans = await savedPlans(page);
  expect(plans.map((plan) => plan.name)).toEqual([
    'Year 11 plan',
    'Academic route (copy of Year 11 plan)',
  ]);
  expect(plans[0]?.answers).toEqual(YEAR_11_ANSWERS);
  expect(plans[1]?.answers.changes).toEqual([
    { id: 'p1', kind: 'oopr', start: '2040-08-01', end: '2043-07-31', credit: 1 / 3 },
  ]);
  expect(externalRequests).toEqual([]);
});

test('the skills checklist is kept with the plan, and says it is not a test', async ({ page }) => {
  await page.goto('/roles#skills');
  await expect(pageHeading(page, ROLES_HEADING)).toBeVisible();
  const skills = page.getByRole('region', { name: 'Skills the role needs' });
  await expect(skills).toContainText('This is not a test and nothing is scored.');
  const communication = skills.getByRole('checkbox', {
    name: 'Communicating well with patients, their families and colleagues',
  });
  await communication.check();
  await page.reload();
  await expect(communication).toBeChecked();
  expect((await savedPlans(page))[0]?.answers.reflections).toEqual(['communication']);
});

test('the roles page reflows at 320 px', async ({ page, expectNoAxeViolations }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto('/roles');
  await expect(pageHeading(page, ROLES_HEADING)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations();
});
