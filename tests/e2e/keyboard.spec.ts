import { expect, setToday, test } from './fixtures';
import {
  ROUTE_HEADING,
  TODAY,
  cctSummary,
  expectHeadingFocused,
  pageHeading,
  tabTo,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

// Keyboard only: no click(), check(), fill() or selectOption() anywhere in this file.
test('an F2 doctor reaches their route using only the keyboard', async ({ page }) => {
  const keyboard = page.keyboard;
  const continueButton = page.getByRole('button', { name: 'Continue' });
  /** After each page change: the new heading, and focus at the top of the main content. */
  const arriveAt = async (heading: string) => {
    await expect(pageHeading(page, heading)).toBeVisible();
    await expectHeadingFocused(page);
  };
  const continueWithEnter = async () => {
    await tabTo(page, continueButton);
    await keyboard.press('Enter');
  };

  const journeyStarted = Date.now();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();

  // The first Tab reaches the skip link, which moves focus to the main content.
  await keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await keyboard.press('Enter');
  await expect(page.locator('main#maincontent')).toBeFocused();

  // From the main content, the next stops are in the page body, not the header again.
  await tabTo(page, page.getByRole('button', { name: 'Start now' }), 5);
  await keyboard.press('Enter');
  await arriveAt('Where do you live or plan to train?');
  const england = page.getByRole('radio', { name: 'England' });
  await tabTo(page, england, 5);
  await keyboard.press('Space');
  await expect(england).toBeChecked();
  await continueWithEnter();

  await arriveAt('Where are you now?');

  // Tab into the radios (the first one takes focus), then arrow down to F2, which chooses it.
  const firstStage = page.getByRole('radio', { name: 'At school or college' });
  await tabTo(page, firstStage, 5);
  await expect(firstStage).not.toBeChecked();
  for (let press = 0; press < 5; press += 1) await keyboard.press('ArrowDown');
  const f2 = page.getByRole('radio', { name: 'Foundation year 2 (F2)' });
  await expect(f2).toBeFocused();
  await expect(f2).toBeChecked();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await continueWithEnter();

  await arriveAt('What is your date of birth?');
  const dateOfBirth = page.getByRole('group', { name: 'What is your date of birth?' });
  await tabTo(page, dateOfBirth.getByLabel('Day'), 5);
  await keyboard.type('1');
  await keyboard.press('Tab');
  await expect(dateOfBirth.getByLabel('Month')).toBeFocused();
  await dateOfBirth.getByLabel('Month').pressSequentially('6');
  await keyboard.press('Tab');
  await keyboard.type('2000');
  // Enter in a text box submits the form.
  await keyboard.press('Enter');

  await arriveAt(
    'How long do you plan to take between the Foundation Programme and core training?',
  );
  const none = page.getByRole('radio', { name: 'None: straight into core training' });
  await tabTo(page, none, 5);
  await keyboard.press('Space');
  await expect(none).toBeChecked();
  await continueWithEnter();

  await arriveAt('Which core training route?');
  await tabTo(page, page.getByRole('radio', { name: /^Internal Medicine Training/ }), 5);
  await keyboard.press('ArrowDown');
  const accs = page.getByRole('radio', {
    name: 'Acute Care Common Stem, internal medicine (ACCS-IM), 4 years',
  });
  await expect(accs).toBeChecked();
  await continueWithEnter();

  await arriveAt('Check your answers');
  await tabTo(page, page.getByRole('button', { name: 'See your route' }));
  await keyboard.press('Enter');

  await arriveAt(ROUTE_HEADING);
  console.log(
    `journey took ${Date.now() - journeyStarted} ms (F2 doctor by keyboard, start page to route heading, 5 questions, no axe scans)`,
  );
  // ACCS-IM takes a year longer than IMT: ST4 from August 2031, so CCT in 2035.
  await expect(page.getByText(cctSummary('August 2035', 35))).toBeVisible();

  // The route at a glance links work from the keyboard too.
  const glanceLink = page
    .getByRole('navigation', { name: 'Your route at a glance' })
    .getByRole('link', { name: /^Higher specialty training/ });
  await tabTo(page, glanceLink);
  await keyboard.press('Enter');
  await expect(page).toHaveURL(/#stage-higher-specialty-training$/);
  await expect(
    page.getByRole('heading', { level: 3, name: 'Higher specialty training (ST4 to ST7)' }),
  ).toBeInViewport();
});
