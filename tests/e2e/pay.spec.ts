import { expect, setToday, test } from './fixtures';
import { F2_ANSWERS, TODAY, pageHeading, savedPlansJson, seedSavedPlans } from './helpers';

test('an F2 doctor opens pay from their route, and the chart shows the same figures as the table', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  await setToday(page, TODAY);
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]),
  );
  await page.goto('/your-route');
  await page.getByRole('link', { name: 'What you could earn each year' }).click();
  await expect(pageHeading(page, 'What you could earn')).toBeVisible();
  await expect(page.getByText(/future pay awards/i).first()).toBeVisible();

  const table = page.getByRole('table', { name: 'Basic pay by financial year' });
  // 2027/28: F2 to 3 August 2027 (NP2) then IMT year 1 (NP3), both at the estimated 2026/27 rates
  // (the 2025/26 scale plus the accepted 3.5% award), as no later scale is known.
  await expect(table.getByRole('row', { name: /^2027\/28/ })).toContainText('F2, then IMT year 1');
  await expect(table).toContainText('At estimated 2026/27 rates.');

  // The chart is one image with a text alternative; the table holds every figure.
  const chart = page.getByRole('img', {
    name: /^Bar chart of basic pay by financial year, from £/,
  });
  await expect(chart).toBeAttached();
  // The chart loads as it comes near the window: scroll to it, wait for it, then compare each bar
  // with its table row.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toBeVisible();
  const bars = page.locator('.app-pay-chart [data-year]');
  await expect(bars.first()).toBeAttached();
  const barValues = await bars.evaluateAll((elements) =>
    elements.map((element) => [
      element.getAttribute('data-year'),
      element.getAttribute('data-amount'),
    ]),
  );
  const rowValues = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const year = row.getAttribute('data-year');
      const amount = row.querySelector('td.nhsuk-table__cell--numeric')?.textContent ?? '';
      return [year, /^£[\d,]+$/.test(amount) ? amount.replace(/[£,]/g, '') : ''];
    }),
  );
  expect(barValues.length).toBeGreaterThan(5);
  expect(barValues).toEqual(rowValues);

  await expectNoAxeViolations();
  expect(externalRequests).toEqual([]);
});

test('the pay page reflows at 320 px, the wide table scrolling inside its own box', async ({
  page,
}) => {
  await setToday(page, TODAY);
  await page.setViewportSize({ width: 320, height: 900 });
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]),
  );
  await page.goto('/pay');
  await expect(pageHeading(page, 'What you could earn')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('a direct load of the pay page shows the table without loading the chart, which loads near the window without moving anything', async ({
  page,
}) => {
  await setToday(page, TODAY);
  await page.setViewportSize({ width: 412, height: 823 });
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]),
  );
  const chartChunks: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/PayChart-[^/]+\.js$/.test(request.url())) chartChunks.push(request.url());
  });
  await page.goto('/pay');
  await expect(page.getByRole('table', { name: 'Basic pay by financial year' })).toBeVisible();
  const chart = page.getByRole('img', { name: /^Bar chart of basic pay by financial year/ });
  const tableBox = page.getByRole('region', { name: 'Basic pay by financial year' });
  /** Where an element's top is on the page (not in the window), in pixels. */
  const pageTop = (locator: typeof chart) =>
    locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  // Its box is there at the chart's height from the start, far below a phone's window.
  expect((await chart.boundingBox())?.height).toBe(320);
  const tableTop = await pageTop(tableBox);
  await page.waitForLoadState('networkidle');
  expect(chartChunks, 'the chart is not loaded before it comes near').toEqual([]);

  await chart.scrollIntoViewIfNeeded();
  await expect(page.locator('.app-pay-chart [data-year]').first()).toBeAttached();
  expect(chartChunks).toHaveLength(1);
  // Drawn in the space kept for it: the same height, and the table after it has not moved.
  expect((await chart.boundingBox())?.height).toBe(320);
  expect(await pageTop(tableBox)).toBe(tableTop);
});
