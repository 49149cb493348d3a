/**
 * Pathway side by side with a peer app, john12321/cct-calculator-app (an NHS CCT date calculator, also
 * React and nhsuk-frontend), in one run on one machine: the figures in docs/performance.md. Optional and
 * not run by CI: it needs the peer checked out and built, and takes about ten minutes.
 *
 * Lighthouse (mobile: simulated slow 4G and 4x CPU) runs 7 times on the peer's page and on each Pathway
 * page (start; with an F2 doctor's saved plan the route, part-time periods and pay pages), interleaved
 * (peer, then each Pathway page, then the next round) so a busy spell on the machine falls on every page
 * alike. For each it prints min, median and max of the performance score, CLS, total blocking time,
 * time to interactive ("usable": Lighthouse's TTI on slow 4G and 4x CPU), largest contentful paint and
 * transfer size. Then the JavaScript heap after a full journey (3 runs each, median), measured after a
 * forced garbage collection (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage), and the same
 * after each app's first page alone:
 * - Pathway: the F2 doctor's questions from the start page, check answers, the route, adding 52 weeks
 *   of parental leave on the part-time page, the route again and the pay page with its chart, all within one page load;
 * - the peer: Quick mode, Palliative medicine, a start date, Save and continue, and the summary.
 *
 * The peer, once (it is not a dependency of Pathway):
 *   fetch github:john12321/cct-calculator-app into a git mirror, then
 *   git --git-dir=<mirror> archive HEAD | tar -x -C /tmp/peer && cd /tmp/peer && npm ci && npx vite build
 * Then:
 *   npx vite build --outDir /tmp/dist-pathway --emptyOutDir
 *   PATHWAY_DIST=/tmp/dist-pathway PEER_DIST=/tmp/peer/dist npx tsx scripts/compare-with-peer.ts
 *
 * PATHWAY_DIST (default dist), PEER_DIST (default /tmp/peer/dist), COMPARE_PORT (default 4201; the peer
 * is served on the next port), COMPARE_RUNS (default 7) and CHROME_PATH (default /usr/bin/chromium).
 */
import { chromium, type Page } from '@playwright/test';
import { F2_ANSWERS } from '../tests/support/plans';
import { PLANS_KEY, ROUTE_HEADING, savedPlansJson } from '../tests/e2e/helpers';
import { chromePath, median, runLighthouse, startPreview, type RunResult } from './lighthouse-run';

const RUNS = Number(process.env.COMPARE_RUNS ?? 7);
const HEAP_RUNS = 3;
const pathwayDist = process.env.PATHWAY_DIST ?? 'dist';
const peerDist = process.env.PEER_DIST ?? '/tmp/peer/dist';
const pathwayPort = Number(process.env.COMPARE_PORT ?? 4201);
const pathway = `http://127.0.0.1:${pathwayPort}`;
const peer = `http://127.0.0.1:${pathwayPort + 1}`;

const savedPlan = {
  url: `${pathway}/favicon.svg`,
  storage: {
    [PLANS_KEY]: savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]),
  },
};

type Target = { readonly name: string; readonly url: string; readonly seed?: typeof savedPlan };

const TARGETS: readonly Target[] = [
  { name: 'Peer: CCT calculator (its one page)', url: `${peer}/` },
  { name: 'Pathway: start', url: `${pathway}/` },
  { name: 'Pathway: route (saved plan)', url: `${pathway}/your-route`, seed: savedPlan },
  {
    name: 'Pathway: part-time periods (saved plan)',
    url: `${pathway}/part-time/plan`,
    seed: savedPlan,
  },
  { name: 'Pathway: pay (saved plan)', url: `${pathway}/pay`, seed: savedPlan },
];

/** "min / median / max" of one measure over every run. */
function spread(runs: readonly RunResult[], pick: (run: RunResult) => number, digits = 0): string {
  const values = runs.map(pick).sort((a, b) => a - b);
  const show = (value: number | undefined) => (value ?? Number.NaN).toFixed(digits);
  return `${show(values[0])} / ${show(median(values))} / ${show(values.at(-1))}`;
}

async function lighthouseRounds(): Promise<RunResult[][]> {
  const results = TARGETS.map((): RunResult[] => []);
  for (let round = 1; round <= RUNS; round += 1) {
    for (const [index, target] of TARGETS.entries()) {
      results[index]?.push(await runLighthouse(target.url, target.seed));
    }
    console.error(`Lighthouse round ${round} of ${RUNS} done`);
  }
  return results;
}

const forcedGc = async (page: Page): Promise<number> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  // Twice: a first collection can leave objects that only a second one frees (weak references).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
};

async function pathwayJourney(page: Page, loaded: () => Promise<void>): Promise<void> {
  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const next = () => page.getByRole('button', { name: 'Continue' }).click();
  const date = async (group: string, day: string, month: string, year: string) => {
    const fields = page.getByRole('group', { name: group });
    await fields.getByLabel('Day').fill(day);
    await fields.getByLabel('Month').fill(month);
    await fields.getByLabel('Year').fill(year);
  };
  await page.goto(`${pathway}/`);
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  await loaded();
  await page.getByRole('button', { name: 'Start now' }).click();
  await heading('Where do you live or plan to train?');
  await page.getByRole('radio', { name: 'England' }).check();
  await next();
  await heading('Where are you now?');
  await page.getByRole('radio', { name: 'Foundation year 2 (F2)' }).check();
  await next();
  await heading('What is your date of birth?');
  await date('What is your date of birth?', '1', '6', '2000');
  await next();
  await page.getByRole('radio', { name: 'None: straight into core training' }).check();
  await next();
  await page.getByRole('radio', { name: 'Internal Medicine Training (IMT), 3 years' }).check();
  await next();
  await heading('Check your answers');
  await page.getByRole('button', { name: 'See your route' }).click();
  await heading(ROUTE_HEADING);
  await page.getByRole('link', { name: 'What if I train part time?' }).click();
  await heading('Part-time training and time out');
  await page.getByRole('link', { name: 'Add a period' }).click();
  await page.getByRole('radio', { name: 'Parental leave' }).check();
  await next();
  await heading('Parental leave');
  await date('When does it start?', '6', '8', '2031');
  await date('When does it end?', '3', '8', '2032');
  await page.getByRole('button', { name: 'Save period' }).click();
  await page.getByRole('heading', { name: /Your provisional CCT date/ }).waitFor();
  await page.getByRole('link', { name: 'See your route with these periods' }).click();
  await heading(ROUTE_HEADING);
  await page.getByRole('link', { name: 'What you could earn each year' }).click();
  await heading('What you could earn');
  // The pay chart loads when it nears the window (LazyPayChart), so a person who reads on sees it.
  await page.locator('.app-pay-chart, .recharts-surface').first().scrollIntoViewIfNeeded();
  await page.locator('.recharts-surface').first().waitFor();
}

async function peerJourney(page: Page, loaded: () => Promise<void>): Promise<void> {
  await page.goto(`${peer}/`);
  await page.getByRole('button', { name: 'Use Quick mode' }).waitFor();
  await loaded();
  await page.getByRole('button', { name: 'Use Quick mode' }).click();
  const specialty = page.locator('#programme-specialty');
  await specialty.click();
  await specialty.pressSequentially('Palliative');
  await page.getByRole('option', { name: 'Palliative medicine', exact: true }).click();
  const start = page.getByRole('group', { name: 'Programme start date' });
  await start.getByLabel('Day').fill('6');
  await start.getByLabel('Month').fill('8');
  await start.getByLabel('Year').fill('2030');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('button', { name: 'Show summary' }).click();
  await page
    .getByRole('heading', { name: 'Completion of Training Date Calculation Summary' })
    .waitFor();
}

/** The heap (bytes) after each journey, HEAP_RUNS times, alternating, each in a new browser. */
async function heapAfterJourneys(): Promise<{
  pathway: number[];
  peer: number[];
  firstPage: { pathway: number[]; peer: number[] };
}> {
  const heaps = { pathway: [] as number[], peer: [] as number[] };
  const firstPage = { pathway: [] as number[], peer: [] as number[] };
  for (let run = 0; run < HEAP_RUNS; run += 1) {
    for (const [name, journey] of [
      ['peer', peerJourney],
      ['pathway', pathwayJourney],
    ] as const) {
      const browser = await chromium.launch({
        executablePath: chromePath,
        args: ['--no-sandbox', '--disable-gpu'],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
        await journey(page, async () => {
          firstPage[name].push(await forcedGc(page));
        });
        heaps[name].push(await forcedGc(page));
      } finally {
        await browser.close();
      }
    }
  }
  return { ...heaps, firstPage };
}

const stopPathway = await startPreview({
  distDir: pathwayDist,
  port: pathwayPort,
  useAppConfig: true,
});
const stopPeer = await startPreview({
  distDir: peerDist,
  port: pathwayPort + 1,
  useAppConfig: false,
});
try {
  const started = new Date();
  const heaps = await heapAfterJourneys();
  const results = await lighthouseRounds();
  console.log(
    `Measured ${started.toISOString()}, ${RUNS} interleaved Lighthouse mobile runs each.`,
  );
  console.log('min / median / max over the runs');
  console.log(
    '| Page | Performance | CLS | TBT (ms) | Usable, TTI (ms) | LCP (ms) | Transfer (KiB) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [index, target] of TARGETS.entries()) {
    const runs = results[index] ?? [];
    console.log(
      `| ${target.name} | ${spread(runs, (run) => run.performance * 100)} | ${spread(runs, (run) => run.cls, 3)} | ${spread(runs, (run) => run.tbt)} | ${spread(runs, (run) => run.tti)} | ${spread(runs, (run) => run.lcp)} | ${spread(runs, (run) => run.transferBytes / 1024, 1)} |`,
    );
  }
  const mib = (bytes: readonly number[]) =>
    bytes.map((value) => (value / 1024 / 1024).toFixed(2)).join(', ');
  const ratio = median(heaps.pathway) / median(heaps.peer);
  console.log(
    `\nJS heap after a full journey, after garbage collection (MiB; median of ${HEAP_RUNS}): Pathway ${(median(heaps.pathway) / 1024 / 1024).toFixed(2)} (runs ${mib(heaps.pathway)}), peer ${(median(heaps.peer) / 1024 / 1024).toFixed(2)} (runs ${mib(heaps.peer)}); Pathway is ${ratio.toFixed(2)} times the peer`,
  );
  console.log(
    `After the first page only (same measure): Pathway ${(median(heaps.firstPage.pathway) / 1024 / 1024).toFixed(2)}, peer ${(median(heaps.firstPage.peer) / 1024 / 1024).toFixed(2)}`,
  );
  const payRuns = results[TARGETS.length - 1] ?? [];
  const payMedian =
    payRuns[
      payRuns.findIndex((run) => run.transferBytes === median(payRuns.map((r) => r.transferBytes)))
    ];
  if (payMedian) {
    console.log('\nPay page, the median run’s requests (KiB transferred):');
    for (const request of [...payMedian.requests].sort((a, b) => b.transferSize - a.transferSize)) {
      console.log(
        `  ${(request.transferSize / 1024).toFixed(1)} ${request.resourceType} ${request.url}`,
      );
    }
  }
  const shifts = results.flatMap((runs, index) =>
    runs.flatMap((run) => run.layoutShifts.map((shift) => `${TARGETS[index]?.name}: ${shift}`)),
  );
  if (shifts.length > 0) console.log(`\nLayout shifts:\n  ${[...new Set(shifts)].join('\n  ')}`);
} finally {
  await stopPathway();
  await stopPeer();
}
