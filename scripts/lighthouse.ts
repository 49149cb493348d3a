/**
 * Lighthouse (mobile: simulated slow 4G and 4x CPU) on the start page and, with a saved plan, on the
 * route, part-time (the plan's periods) and pay pages; three runs each, against Vite's preview server
 * (as `vite preview`) serving the production build, in Debian's Chromium. Prints the median
 * performance score (with every run's), total blocking time, cumulative layout shift and transfer size,
 * and fails unless accessibility is 100 (audited on the first run) and no run shifted the layout at
 * all (CLS 0), naming the element that moved when one did. Performance is printed only: on a shared 2-core machine it is too noisy to
 * gate on (docs/performance.md has the measured spread).
 *
 *   npm run build && npx tsx scripts/lighthouse.ts
 *
 * LIGHTHOUSE_DIST (default dist) and LIGHTHOUSE_PORT (default 4175) choose the build and the port;
 * CHROME_PATH (default /usr/bin/chromium) the browser.
 */
import { F2_ANSWERS } from '../tests/support/plans';
import { PLANS_KEY, ROUTE_HEADING, savedPlansJson } from '../tests/e2e/helpers';
import { median, runLighthouse, startPreview, type RunResult } from './lighthouse-run';

const RUNS = 3;
const distDir = process.env.LIGHTHOUSE_DIST ?? 'dist';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4175);
const origin = `http://127.0.0.1:${port}`;

type Page = {
  readonly name: string;
  readonly path: string;
  /** Whether an F2 doctor's plan is saved before the page opens (otherwise a first visit). */
  readonly withSavedPlan: boolean;
};

const PAGES: readonly Page[] = [
  { name: 'Start page', path: '/', withSavedPlan: false },
  { name: `Route page ("${ROUTE_HEADING}")`, path: '/your-route', withSavedPlan: true },
  // Where /part-time's 'Add periods to F2 plan' leads: the plan's periods and CCT date. (The /part-time
  // start page loads the same files; measuring both took the step past three minutes.)
  {
    name: 'Part-time page (the saved plan’s periods)',
    path: '/part-time/plan',
    withSavedPlan: true,
  },
  { name: 'Pay page', path: '/pay', withSavedPlan: true },
];

const savedPlan = {
  // The favicon is a static file on the same origin: the app never starts there.
  url: `${origin}/favicon.svg`,
  storage: {
    [PLANS_KEY]: savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]),
  },
};

const whole = (score: number): number => Math.round(score * 100);

/** Prints the page's medians; returns why it fails, if it does. */
function report(page: Page, runs: readonly RunResult[]): string[] {
  const of = (pick: (run: RunResult) => number): number => median(runs.map(pick));
  const suffix = page.withSavedPlan ? ', an F2 doctor’s saved plan' : '';
  console.log(`${page.name} (${page.path}${suffix}), median of ${RUNS} mobile runs:`);
  console.log(
    `  performance ${whole(of((run) => run.performance))} (runs: ${runs.map((run) => whole(run.performance)).join(', ')}), not gated`,
  );
  console.log(
    `  total blocking time ${Math.round(of((run) => run.tbt))} ms, largest contentful paint ${Math.round(of((run) => run.lcp))} ms, transfer ${(of((run) => run.transferBytes) / 1024).toFixed(1)} KiB`,
  );
  const audited = runs.filter((run) => !Number.isNaN(run.accessibility));
  console.log(
    `  accessibility ${audited.map((run) => whole(run.accessibility)).join(', ')} (first run)`,
  );
  console.log(
    `  cumulative layout shift ${of((run) => run.cls).toFixed(3)} (runs: ${runs.map((run) => run.cls.toFixed(3)).join(', ')})`,
  );
  const failures: string[] = [];
  if (audited.length === 0 || audited.some((run) => run.accessibility < 1)) {
    const failing = [...new Set(runs.flatMap((run) => run.failingAccessibility))];
    failures.push(`accessibility must be 100; failing audits: ${failing.join(', ')}`);
  }
  // Every run, not the median: a shift in one load of three is a real shift that a person will see.
  if (runs.some((run) => run.cls > 0)) {
    const shifted = [...new Set(runs.flatMap((run) => run.layoutShifts))];
    failures.push(`layout shifted (CLS must be 0); what moved: ${shifted.join('; ') || 'unknown'}`);
  }
  for (const failure of failures) console.log(`  FAILED: ${failure}`);
  return failures;
}

const stopPreview = await startPreview({ distDir, port, useAppConfig: true });
let failed = false;
try {
  for (const page of PAGES) {
    const runs: RunResult[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Accessibility on the first run only: axe finds the same on every load of the same page, and
      // leaving it out of the other two keeps the step near three minutes.
      runs.push(
        await runLighthouse(
          `${origin}${page.path}`,
          page.withSavedPlan ? savedPlan : undefined,
          run === 0,
        ),
      );
    }
    if (report(page, runs).length > 0) failed = true;
  }
} finally {
  await stopPreview();
}
process.exitCode = failed ? 1 : 0;
