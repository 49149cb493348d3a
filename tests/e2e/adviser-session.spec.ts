import type { Page } from '@playwright/test';
import { expect, setToday, test } from './fixtures';
import {
  PLANS_KEY,
  TODAY,
  YEAR_11_ANSWERS,
  expectHeadingFocused,
  pageHeading,
  savedPlansJson,
  seedSavedPlans,
  storageEntries,
  tabTo,
} from './helpers';

const START_HEADING = 'Plan your route into palliative medicine';
/** The person's own plan, saved in this browser before any session. */
const OWN_PLANS = savedPlansJson([
  { id: 'own-plan', name: 'My own plan', answers: YEAR_11_ANSWERS },
]);

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

/** Every sessionStorage key and value the app's origin holds in this tab. */
async function sessionEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const entries: Record<string, string> = {};
    for (let index = 0; index < window.sessionStorage.length; index += 1) {
      const key = window.sessionStorage.key(index);
      if (key?.startsWith('pathway-')) entries[key] = window.sessionStorage.getItem(key) ?? '';
    }
    return entries;
  });
}

function sessionBanner(page: Page) {
  return page.getByRole('region', { name: 'Session for someone else.' });
}

function endSessionButton(page: Page) {
  return sessionBanner(page).getByRole('button', { name: 'End session and clear' });
}

function menuLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name });
}

/**
 * With the person's own plan saved, starts a session from the start page, then a plan in it as far as
 * the second question.
 */
async function startSessionAndPlan(page: Page): Promise<void> {
  await seedSavedPlans(page, OWN_PLANS);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Continue My own plan' })).toBeVisible();
  await page.getByRole('link', { name: 'Start a session for someone else' }).click();
  await expect(pageHeading(page, 'Start a session for someone else')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'your own saved plans in this browser are not shown and are not changed',
  );
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(pageHeading(page, START_HEADING)).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Your session for someone else has started.');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(pageHeading(page, 'Where do you live or plan to train?')).toBeVisible();
  await page.getByRole('radio', { name: 'Wales' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(pageHeading(page, 'Where are you now?')).toBeVisible();
}

test('a session for someone else is kept in this tab only, hides the person’s own plans, and ending it clears it', async ({
  page,
  expectNoAxeViolations,
}) => {
  await startSessionAndPlan(page);
  await expect(sessionBanner(page)).toBeVisible();
  await expectNoAxeViolations();

  // Nothing of the session is in localStorage; the person's own plans there are exactly as they were.
  const local = await storageEntries(page);
  expect(Object.keys(local).filter((key) => key.startsWith('pathway-'))).toEqual([PLANS_KEY]);
  expect(local[PLANS_KEY]).toBe(OWN_PLANS);
  const session = await sessionEntries(page);
  expect(session['pathway-session-mode']).toBe('on');
  const sessionPlans = JSON.parse(session[PLANS_KEY] ?? 'null') as {
    state: { plans: { name: string; answers: unknown }[] };
  };
  expect(sessionPlans.state.plans).toEqual([
    expect.objectContaining({ name: 'Plan 1', answers: { nation: 'wales' } }),
  ]);

  // The saved plans page shows the session's plan only.
  await menuLink(page, 'Saved plans').click();
  await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'In this session, plans are kept in this tab only.',
  );
  await expect(page.getByRole('heading', { level: 2, name: /^Plan 1/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /My own plan/ })).toHaveCount(0);

  // Reloading the tab stays in the session.
  await page.reload();
  await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  await expect(sessionBanner(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Plan 1/ })).toBeVisible();

  // At 320 px the banner is still there in full, reached by keyboard from the top of the page.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(endSessionButton(page)).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations();
  await page.locator('body').focus();
  await tabTo(page, endSessionButton(page), 15);
  await page.keyboard.press('Enter');

  await expect(pageHeading(page, START_HEADING)).toBeVisible();
  await expectHeadingFocused(page);
  await expect(page.getByRole('alert')).toContainText(
    'The session has ended and everything from it has been cleared.',
  );
  await expect(sessionBanner(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Continue My own plan' })).toBeVisible();
  expect(await sessionEntries(page)).toEqual({});
  expect((await storageEntries(page))[PLANS_KEY]).toBe(OWN_PLANS);
  await expectNoAxeViolations();
});

test('nothing of a session survives closing its tab, and the person’s own plan is intact', async ({
  page,
  context,
}) => {
  await startSessionAndPlan(page);
  await page.close();

  // sessionStorage belongs to the closed tab: a new tab in the same browser starts without it.
  const next = await context.newPage();
  await setToday(next, TODAY);
  await next.goto('/');
  await expect(pageHeading(next, START_HEADING)).toBeVisible();
  await expect(next.getByRole('link', { name: 'Continue My own plan' })).toBeVisible();
  await expect(sessionBanner(next)).toHaveCount(0);
  expect(await sessionEntries(next)).toEqual({});
  expect((await storageEntries(next))[PLANS_KEY]).toBe(OWN_PLANS);
  await menuLink(next, 'Saved plans').click();
  await expect(pageHeading(next, 'Your saved plans')).toBeVisible();
  await expect(next.locator('main li.nhsuk-card').getByRole('heading', { level: 2 })).toHaveText([
    'My own plan (open now)',
  ]);
});

test('another tab clearing the person’s own plans does not reach the session', async ({
  page,
  context,
}) => {
  await startSessionAndPlan(page);

  const other = await context.newPage();
  await setToday(other, TODAY);
  await other.goto('/plans/clear-everything');
  await expect(
    pageHeading(other, 'Are you sure you want to clear everything from this device?'),
  ).toBeVisible();
  await other.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(other.getByRole('alert')).toContainText(
    'Everything Pathway saved in this browser has been cleared.',
  );

  await page.bringToFront();
  await menuLink(page, 'Saved plans').click();
  await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Plan 1/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Important' })).toHaveCount(0);
  expect(Object.keys(await sessionEntries(page)).sort()).toEqual([
    PLANS_KEY,
    'pathway-session-mode',
  ]);
});

test('the start session page and clear everything with nothing saved pass axe; clearing offers no button then', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/session/start');
  await expect(pageHeading(page, 'Start a session for someone else')).toBeVisible();
  await expectNoAxeViolations();

  // Nothing seeded: the person has never saved anything in this browser.
  await page.goto('/plans/clear-everything');
  await expect(pageHeading(page, 'There is nothing to clear')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, clear everything' })).toHaveCount(0);
  await expect(
    page.getByRole('heading', { level: 2, name: 'What Pathway cannot clear' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('usually with Ctrl+H (Cmd+Y on a Mac)');
  // The page itself, opened cold, saves nothing either.
  expect(
    Object.keys(await storageEntries(page)).filter((key) => key.startsWith('pathway-')),
  ).toEqual([]);
  await expectNoAxeViolations();
});
