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

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('Your route and Pay say there is no plan yet, with a link to start one', async ({
  page,
  expectNoAxeViolations,
}) => {
  for (const [path, caption] of [
    ['/your-route', 'Your route'],
    ['/pay', 'Pay'],
  ] as const) {
    await page.goto(path);
    await expect(pageHeading(page, 'You have not made a plan yet')).toBeVisible();
    await expect(page.locator('.nhsuk-caption-l')).toHaveText(caption);
    await expect(page).toHaveURL(path);
    await expectNoAxeViolations();
  }
  await page.getByRole('link', { name: 'Start a plan' }).click();
  await expect(pageHeading(page, 'Plan your route into palliative medicine')).toBeVisible();
});

test('a route part-way through the questions says what it assumed, and carries on from the next question', async ({
  page,
  expectNoAxeViolations,
}) => {
  const { now, dateOfBirth, nation } = YEAR_11_ANSWERS;
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'part-way', name: 'Part way', answers: { now, dateOfBirth, nation } }]),
  );
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  const notice = page.getByRole('region', { name: 'Some answers are assumed' });
  await expect(notice.getByRole('listitem')).toHaveText([
    'Route through medical school: Standard course (5 years)',
    'Gap years before medical school: None',
    'Time between Foundation and core training: None',
    'Core training route: Internal Medicine Training (IMT), 3 years',
  ]);
  await expectNoAxeViolations();
  await notice.getByRole('link', { name: 'Continue with the questions' }).click();
  await expect(page).toHaveURL('/questions/school-qualifications');
  // A pupil in England is asked 9 questions until they say which qualifications they take.
  await expect(page.locator('.nhsuk-caption-l')).toHaveText('Question 4 of 9');
  await expectNoAxeViolations();
});

test('question pages count this person’s questions, and focus each new page’s heading', async ({
  page,
}) => {
  await page.goto('/questions/nation');
  await expect(page.locator('.nhsuk-caption-l')).toHaveText('Question 1 of 5');
  await page.getByRole('radio', { name: 'England' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(pageHeading(page, 'Where are you now?')).toBeFocused();
  await expect(page.locator('.nhsuk-caption-l')).toHaveText('Question 2 of 5');
  await page.getByRole('radio', { name: 'Foundation year 2 (F2)' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(pageHeading(page, 'What is your date of birth?')).toBeFocused();
  await expect(page.locator('.nhsuk-caption-l')).toHaveText('Question 3 of 5');
});

test.describe('at 320 pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the header puts the links that do not fit under "More", which works by keyboard', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/sources');
    await expect(pageHeading(page, 'Sources and where they disagree')).toBeVisible();
    const navigation = page.getByRole('navigation', { name: 'Menu' });
    const more = navigation.getByRole('button', { name: 'Browse More' });
    await expect(more).toBeVisible();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    // Nothing in the header reaches past the screen's edge.
    const overflow = await navigation.evaluate(
      (element) => element.scrollWidth - element.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations();

    await tabTo(page, more);
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const savedPlans = navigation.getByRole('link', { name: 'Saved plans' });
    await expect(savedPlans).toBeVisible();
    await expectNoAxeViolations();

    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
    await expect(savedPlans).toBeHidden();

    await page.keyboard.press('Enter');
    await tabTo(page, savedPlans);
    await page.keyboard.press('Enter');
    await expect(pageHeading(page, 'Your saved plans')).toBeFocused();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
  });
});

test('the footer links to the accessibility statement and privacy notice', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(
    footer.getByRole('link', { name: 'Report a problem with this information' }),
  ).toHaveAttribute('href', 'mailto:?subject=Problem%20with%20Pathway%3A%20%2F');
  await footer.getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(pageHeading(page, 'Accessibility statement')).toBeFocused();
  await expectNoAxeViolations();
  await footer.getByRole('link', { name: 'Privacy notice' }).click();
  await expect(pageHeading(page, 'Privacy notice')).toBeFocused();
  await expect(page.getByText('pathway-plans', { exact: true })).toBeVisible();
  await expectNoAxeViolations();
});

test('after following a link at the bottom of a long page, the new page starts at the top', async ({
  page,
}) => {
  await page.goto('/sources');
  await expect(pageHeading(page, 'Sources and where they disagree')).toBeVisible();
  const footerLink = page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' });
  await footerLink.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await footerLink.click();
  await expect(pageHeading(page, 'Privacy notice')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
