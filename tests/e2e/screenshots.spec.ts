import { expect, setToday, test } from './fixtures';
import {
  PLANS_KEY,
  ROUTE_HEADING,
  TODAY,
  YEAR_11_ANSWERS,
  cctSummary,
  pageHeading,
  savedPlansJson,
} from './helpers';

const SCREENSHOTS = 'test-results/screenshots';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

for (const width of [320, 1280] as const) {
  test(`start, question error, check answers and route pages at ${width} px wide`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });

    /** A full-page screenshot and, at 320 px, no scrolling sideways (WCAG 1.4.10 reflow). */
    const capture = async (name: string) => {
      // Let lazy-loaded notices and fonts settle before measuring.
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
      if (width === 320) {
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `page width of ${name} at 320 px`).toBeLessThanOrEqual(320);
      }
    };

    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
    await capture('start');

    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(pageHeading(page, 'Where do you live or plan to train?')).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toContainText('Select where you live or plan to train');
    await capture('question-error');

    // A complete plan, saved as the app saves it, then read afresh.
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
      PLANS_KEY,
      savedPlansJson([{ id: 'plan-1', name: 'Plan 1', answers: YEAR_11_ANSWERS }]),
    ] as const);
    await page.goto('/check-answers');
    await expect(pageHeading(page, 'Check your answers')).toBeVisible();
    await capture('check-answers');

    await page.getByRole('button', { name: 'See your route' }).click();
    await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
    await expect(page.getByText(cctSummary('August 2043', 32))).toBeVisible();
    await capture('your-route');
  });
}
