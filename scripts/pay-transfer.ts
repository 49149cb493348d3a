/**
 * What a direct load of /pay with a saved plan transfers, compressed as a static host would serve it.
 * `vite preview` serves files uncompressed, so this records every request the page makes and compresses
 * each file it got from the build (brotli at quality 11 and gzip at level 9, as precompressed files;
 * images already compressed count as they are). The service worker is blocked: its precache of every
 * page's code is a download in the background after the page has loaded, not the pay page's transfer.
 *
 * It loads the page in a phone-sized window (412 x 823, as Lighthouse's mobile profile), waits for the
 * network to go quiet, and prints the files and totals; then does the same after scrolling to the chart.
 *
 *   npx vite build --outDir /tmp/dist && PAY_TRANSFER_DIST=/tmp/dist npx tsx scripts/pay-transfer.ts
 *
 * PAY_TRANSFER_DIST (default dist) and PAY_TRANSFER_PORT (default 4177) choose the build and the port;
 * CHROMIUM_PATH (default /usr/bin/chromium) the browser.
 *
 * Issue 14, on 6cc50f9's build: 282.5 KiB brotli (331.6 KiB gzip) with the chart loaded at once; with it
 * loaded near the window, 190.6 KiB brotli (220.6 KiB gzip), and 281.4 KiB once scrolled to it.
 * Later (docs/performance.md, 21:45): 179.1 -> 165.6 KiB brotli with the sources split by page; 168.7
 * KiB (193.7 gzip, 17 files) on the tree then with the planner chunk, and 259.5 once scrolled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { F2_ANSWERS } from '../tests/support/plans';
import { PLANS_KEY, savedPlansJson } from '../tests/e2e/helpers';

const distDir = process.env.PAY_TRANSFER_DIST ?? 'dist';
const port = Number(process.env.PAY_TRANSFER_PORT ?? 4177);
const origin = `http://127.0.0.1:${port}`;
const KIB = 1024;

/** Already-compressed formats a host sends as they are. */
const STORED = /\.(png|jpe?g|webp|avif|woff2?)$/;

type FileSize = {
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
};

function sizeOf(path: string): FileSize {
  const file = path === '/' || !/\.[a-z0-9]+$/.test(path) ? '/index.html' : path;
  const bytes = readFileSync(join(distDir, file));
  if (STORED.test(file))
    return { path, raw: bytes.length, gzip: bytes.length, brotli: bytes.length };
  return {
    path,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

function report(label: string, paths: ReadonlySet<string>): void {
  const files = [...paths].map(sizeOf).sort((a, b) => b.brotli - a.brotli);
  const total = (key: 'raw' | 'gzip' | 'brotli') =>
    (files.reduce((sum, file) => sum + file[key], 0) / KIB).toFixed(1);
  console.log(`${label}: ${files.length} files`);
  for (const file of files) {
    console.log(
      `  ${file.path.padEnd(48)} raw ${(file.raw / KIB).toFixed(1).padStart(6)} KiB  gzip ${(file.gzip / KIB).toFixed(1).padStart(6)}  brotli ${(file.brotli / KIB).toFixed(1).padStart(6)}`,
    );
  }
  console.log(
    `  total raw ${total('raw')} KiB, gzip ${total('gzip')} KiB, brotli ${total('brotli')} KiB`,
  );
}

/** Every same-origin path the page requests from now on. */
function recordRequests(page: Page): Set<string> {
  const paths = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) paths.add(url.pathname);
  });
  return paths;
}

const server = await preview({
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: { outDir: distDir },
  logLevel: 'warn',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  await context.addInitScript(
    ([key, value]) => {
      if (window.location.pathname === '/pay') window.localStorage.setItem(key, value);
    },
    [PLANS_KEY, savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }])] as const,
  );
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  const paths = recordRequests(page);
  await page.goto(`${origin}/pay`, { waitUntil: 'networkidle' });
  await page.getByRole('table', { name: 'Basic pay by financial year' }).waitFor();
  await page.waitForLoadState('networkidle');
  report('Direct load of /pay (phone window, saved plan)', paths);
  await page.locator('.app-pay-chart').scrollIntoViewIfNeeded();
  await page.locator('.app-pay-chart [data-year]').first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  report('… and after scrolling to the chart', paths);
} finally {
  await browser.close();
  await server.close();
}
