/**
 * Lighthouse (mobile) on the start page and on the route page of a saved plan, three runs each, against
 * Vite's preview server (as `vite preview`) serving the production build, in Debian's Chromium. Prints
 * the median performance and accessibility scores and cumulative layout shift, and fails unless
 * accessibility is 100 on both pages. Performance is printed only: on a shared 2-core machine it is too
 * noisy to gate on.
 *
 *   npm run build && npx tsx scripts/lighthouse.ts
 *
 * LIGHTHOUSE_DIST (default dist) and LIGHTHOUSE_PORT (default 4175) choose the build and the port;
 * CHROME_PATH (default /usr/bin/chromium) the browser.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { F2_ANSWERS } from '../tests/support/plans';
import { PLANS_KEY, ROUTE_HEADING, savedPlansJson } from '../tests/e2e/helpers';

const RUNS = 3;
const distDir = process.env.LIGHTHOUSE_DIST ?? 'dist';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4175);
const origin = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

type Page = {
  readonly name: string;
  readonly path: string;
  /** What localStorage holds before the page opens: null for a first visit. */
  readonly savedPlans: string | null;
};

const PAGES: readonly Page[] = [
  { name: 'Start page', path: '/', savedPlans: null },
  {
    name: `Route page ("${ROUTE_HEADING}", an F2 doctor's saved plan)`,
    path: '/your-route',
    savedPlans: savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]),
  },
];

type RunScores = { performance: number; accessibility: number; cls: number; failing: string[] };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Serves the build as `vite preview` does (with the app's config: its headers too). */
async function startPreview(): Promise<() => Promise<void>> {
  const server = await preview({
    preview: { host: '127.0.0.1', port, strictPort: true },
    build: { outDir: distDir },
    logLevel: 'warn',
  });
  return () => server.close();
}

/**
 * Saves the plan in the origin's localStorage before Lighthouse loads the page, from the favicon's
 * address: the app (and its service worker) never starts there, so the measured load is still cold.
 */
async function seedStorage(debuggingPort: number, savedPlans: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default browser context');
  const page = await context.newPage();
  await page.goto(`${origin}/favicon.svg`);
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    PLANS_KEY,
    savedPlans,
  ] as const);
  await page.close();
  // Disconnects only: Chromium keeps running for Lighthouse.
  await browser.close();
}

async function runOnce(page: Page): Promise<RunScores> {
  // A new Chromium (and profile) for every run, so no run warms the next.
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    if (page.savedPlans !== null) await seedStorage(chrome.port, page.savedPlans);
    const result = await lighthouse(`${origin}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'mobile',
      // Keep the seeded plan: Lighthouse would otherwise clear the origin's storage first.
      disableStorageReset: page.savedPlans !== null,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const failing = (categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== 1)
      .map((ref) => ref.id);
    return {
      performance: categories.performance?.score ?? 0,
      accessibility: categories.accessibility?.score ?? 0,
      cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      failing,
    };
  } finally {
    chrome.kill();
  }
}

const stopPreview = await startPreview();
let failed = false;
try {
  for (const page of PAGES) {
    const runs: RunScores[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await runOnce(page));
    const performance = median(runs.map((run) => run.performance));
    const accessibility = median(runs.map((run) => run.accessibility));
    const cls = median(runs.map((run) => run.cls));
    console.log(`${page.name} (${page.path}), median of ${RUNS} mobile runs:`);
    console.log(
      `  performance ${Math.round(performance * 100)} (runs: ${runs.map((run) => Math.round(run.performance * 100)).join(', ')}), not gated`,
    );
    console.log(`  accessibility ${Math.round(accessibility * 100)}`);
    console.log(`  cumulative layout shift ${cls.toFixed(3)}`);
    if (accessibility < 1) {
      failed = true;
      const failing = [...new Set(runs.flatMap((run) => run.failing))];
      console.log(`  FAILED: accessibility must be 100; failing audits: ${failing.join(', ')}`);
    }
  }
} finally {
  await stopPreview();
}
process.exitCode = failed ? 1 : 0;
