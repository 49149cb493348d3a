import { expect, setToday, test } from './fixtures';
import {
  ROUTE_HEADING,
  TODAY,
  YEAR_11_ANSWERS,
  pageHeading,
  savedPlansJson,
  seedSavedPlans,
  tabTo,
} from './helpers';

test('the link to a plan is copied by keyboard alone, and is the link shown', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await setToday(page, TODAY);
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-year-11', name: 'Year 11 plan', answers: YEAR_11_ANSWERS }]),
  );
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();

  const section = page.getByRole('region', { name: 'Send this plan as a link' });
  await tabTo(page, section.getByRole('button', { name: 'Copy link' }), 200);
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toContainText('Link copied');
  const shown = await section.getByRole('textbox', { name: 'Link to this plan' }).inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
});
