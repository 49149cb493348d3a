import { expect, setToday, test } from './fixtures';
import { TODAY, pageHeading } from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('the sources page lists every source with its checked-on date and explains the conflicts', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  await page.goto('/sources');
  await expect(pageHeading(page, 'Sources and where they disagree')).toBeVisible();
  await expect(page.getByRole('heading', { name: /minimum of six years/ })).toBeVisible();
  await expect(
    page.getByText(/at least 7 years after Foundation through IMT, or 8 through ACCS-IM/).first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'UCAS: Application deadlines' })).toBeVisible();
  await expect(page.getByText(/checked 24 November 2026/).first()).toBeVisible();
  // The route page's "Where sources disagree" link lands here.
  await expect(page.locator('#conflict-specialty-training-length')).toHaveCount(1);
  await expectNoAxeViolations();
  expect(externalRequests).toEqual([]);
});

test('an unknown address shows a page not found message', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/no-such-page');
  await expect(pageHeading(page, 'Page not found')).toBeVisible();
  await expect(page).toHaveTitle('Page not found – Plan your route into palliative medicine');
  await expect(page.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute(
    'href',
    '/',
  );
  await expectNoAxeViolations();

  // An unknown question is not found either.
  await page.goto('/questions/no-such-question');
  await expect(pageHeading(page, 'Page not found')).toBeVisible();
});
