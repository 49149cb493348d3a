import type { CDPSession, Page } from '@playwright/test';
import { expect, setToday, test } from './fixtures';
import { F2_ANSWERS, TODAY, pageHeading, savedPlansJson, seedSavedPlans } from './helpers';

/**
 * Leaving the pay page frees what it used (issue 14). The tab first goes from the route page to
 * another page and back, and is measured after a forced garbage collection: a visit that never opened
 * /pay. It then opens the pay page, scrolls until the chart (Recharts) has drawn, goes back to the
 * route page and is measured again. DOM nodes and event listeners, counted by Chromium, must be back
 * to within a few of the first measurement. Counts, not timings, so a loaded machine cannot fail it.
 * The JS heap is printed, not asserted: it keeps the code of every module loaded (ES modules are never
 * unloaded), so it grows by the pay page's and Recharts's code even when nothing else stays.
 */

type Counts = {
  readonly nodes: number;
  /** Elements in <body>: the page itself, without the module preload links Vite adds to <head>. */
  readonly bodyElements: number;
  readonly jsEventListeners: number;
  readonly windowListeners: readonly string[];
  readonly documentListeners: readonly string[];
  readonly heapBytes: number;
};

/** The types of the listeners on window or document, sorted. */
async function listenerTypes(cdp: CDPSession, expression: string): Promise<string[]> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (result.objectId === undefined) throw new Error(`${expression} has no object id`);
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId,
  });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.map((listener) => listener.type).sort();
}

async function countAfterGarbageCollection(page: Page, cdp: CDPSession): Promise<Counts> {
  const bodyElements = await page.evaluate(() => document.body.getElementsByTagName('*').length);
  for (let round = 0; round < 3; round += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const windowListeners = await listenerTypes(cdp, 'window');
  const documentListeners = await listenerTypes(cdp, 'document');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return {
    nodes,
    bodyElements,
    jsEventListeners,
    windowListeners,
    documentListeners,
    heapBytes: usedSize,
  };
}

const PAY_LINK = 'What you could earn each year';

/** Back on the route page, by the browser's Back button, with the app's own navigation. */
async function backToRoute(page: Page): Promise<void> {
  await page.goBack();
  await expect(page.getByRole('link', { name: PAY_LINK })).toBeVisible();
}

test('leaving the pay page frees its DOM, listeners and chart, whatever the chart loaded', async ({
  page,
}) => {
  await setToday(page, TODAY);
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]),
  );
  const cdp = await page.context().newCDPSession(page);
  await page.goto('/your-route');
  await expect(page.getByRole('link', { name: PAY_LINK })).toBeVisible();

  // The visit without the pay page, with the same kinds of steps (Playwright adds listeners of its own).
  await page.getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(pageHeading(page, /./)).toBeVisible();
  await page.locator('main').evaluate((main) => main.scrollIntoView());
  await expect(page.locator('main h1')).toBeAttached();
  await backToRoute(page);
  const baseline = await countAfterGarbageCollection(page, cdp);

  await page.getByRole('link', { name: PAY_LINK }).click();
  await expect(pageHeading(page, 'What you could earn')).toBeVisible();
  await page.locator('.app-pay-chart').evaluate((chart) => chart.scrollIntoView());
  await expect(page.locator('.app-pay-chart [data-year]').first()).toBeAttached();
  await backToRoute(page);
  const afterPay = await countAfterGarbageCollection(page, cdp);

  console.log(
    `Before /pay: ${baseline.nodes} DOM nodes, ${baseline.jsEventListeners} listeners, heap ${(baseline.heapBytes / 1024).toFixed(0)} KiB. ` +
      `After /pay and back: ${afterPay.nodes} DOM nodes, ${afterPay.jsEventListeners} listeners, heap ${(afterPay.heapBytes / 1024).toFixed(0)} KiB.`,
  );
  expect(afterPay.bodyElements, 'the route page is the same page again').toBe(
    baseline.bodyElements,
  );
  // Before the fix, the chart's detached layer kept the whole pay page: 400 to 1,700 more nodes and
  // about 600 more listeners (React's, on each of the chart's portal containers). The few nodes allowed
  // are the module preload links Vite adds to <head> for the pay page's chunks, which stay.
  expect(Math.abs(afterPay.nodes - baseline.nodes), 'DOM nodes left behind').toBeLessThanOrEqual(
    20,
  );
  expect(
    Math.abs(afterPay.jsEventListeners - baseline.jsEventListeners),
    'event listeners left behind',
  ).toBeLessThanOrEqual(5);
  expect(afterPay.windowListeners, 'listeners on window').toEqual(baseline.windowListeners);
  expect(afterPay.documentListeners, 'listeners on document').toEqual(baseline.documentListeners);
  // Recharts's hidden span for measuring labels goes with the chart.
  await expect(page.locator('#recharts_measurement_span')).toHaveCount(0);
});
