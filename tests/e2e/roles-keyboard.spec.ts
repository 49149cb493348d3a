import { expect, setToday, test } from './fixtures';
import {
  ROUTE_HEADING,
  TODAY,
  YEAR_11_ANSWERS,
  cctSummary,
  pageHeading,
  savedPlans,
  savedPlansJson,
  seedSavedPlans,
  tabTo,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-year-11', name: 'Year 11 plan', answers: YEAR_11_ANSWERS }]),
  );
});

test('by keyboard alone: route page → roles → the academic route as a new plan → a skill ticked in the copy', async ({
  page,
}) => {
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Roles for consultants' }), 120);
  await page.keyboard.press('Enter');
  await expect(pageHeading(page, 'Roles in palliative medicine')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Roles and routes' })).toBeFocused();

  await tabTo(
    page,
    page.getByRole('button', { name: 'Open the academic route as a new plan' }),
    120,
  );
  await page.keyboard.press('Enter');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText(cctSummary('August 2045', 34))).toBeVisible();

  // Back to the roles page from the header, then to the skills through the contents list.
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Roles' }),
    20,
    'Shift+Tab',
  );
  await page.keyboard.press('Enter');
  await expect(pageHeading(page, 'Roles in palliative medicine')).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Skills the role needs' }), 40);
  await page.keyboard.press('Enter');
  const resilience = page.getByRole('checkbox', {
    name: 'Emotional resilience: staying calm and working well under pressure',
  });
  await tabTo(page, resilience, 10);
  await page.keyboard.press('Space');
  await expect(resilience).toBeChecked();
  const plans = await savedPlans(page);
  expect(plans.map((plan) => plan.name)).toEqual([
    'Year 11 plan',
    'Academic route (copy of Year 11 plan)',
  ]);
  // The checklist is kept with the open plan: the academic copy.
  expect(plans[1]?.answers.reflections).toEqual(['resilience']);
  expect(plans[0]?.answers.reflections).toBeUndefined();
});
