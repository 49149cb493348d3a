/**
 * One Lighthouse mobile run (simulated slow 4G and 4x CPU, Lighthouse's defaults) in a fresh Debian
 * Chromium, and the static servers it runs against. Shared by scripts/lighthouse.ts (CI) and
 * scripts/compare-with-peer.ts (the side-by-side measurement in docs/performance.md).
 */
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** What Lighthouse found on one load of one page. Times in milliseconds, sizes in bytes. */
export type RunResult = {
  readonly performance: number;
  readonly accessibility: number;
  readonly cls: number;
  readonly tbt: number;
  readonly lcp: number;
  readonly fcp: number;
  /** Time to Interactive: when the page is usable (main thread quiet, content painted). */
  readonly tti: number;
  /** Every byte the page transferred (Lighthouse's total-byte-weight). */
  readonly transferBytes: number;
  /** Each request's address, resource type and bytes transferred, from Lighthouse's network-requests. */
  readonly requests: readonly { url: string; resourceType: string; transferSize: number }[];
  /** Accessibility audits that did not pass. */
  readonly failingAccessibility: readonly string[];
  /** What shifted, if anything did: each shift's biggest element and its share of the score. */
  readonly layoutShifts: readonly string[];
};

/**
 * Serves a built folder as `vite preview` does. For Pathway (`useAppConfig`) with the app's own config,
 * so its headers (the Content Security Policy) are sent; for another app, with no config at all.
 */
export async function startPreview(options: {
  readonly distDir: string;
  readonly port: number;
  readonly useAppConfig: boolean;
}): Promise<() => Promise<void>> {
  const server = await preview({
    ...(options.useAppConfig ? {} : { configFile: false as const, root: dirname(options.distDir) }),
    preview: { host: '127.0.0.1', port: options.port, strictPort: true },
    build: { outDir: options.distDir },
    logLevel: 'warn',
  });
  return () => server.close();
}

/**
 * Writes localStorage before Lighthouse loads the page, from `seedUrl` (a static file on the same
 * origin, such as the favicon): the app and its service worker never start there, so the measured
 * load is still cold.
 */
async function seedStorage(
  debuggingPort: number,
  seedUrl: string,
  storage: Readonly<Record<string, string>>,
): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default browser context');
  const page = await context.newPage();
  await page.goto(seedUrl);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
  }, storage);
  await page.close();
  // Disconnects only: Chromium keeps running for Lighthouse.
  await browser.close();
}

type LayoutShiftItem = {
  readonly score?: number;
  readonly node?: { readonly selector?: string; readonly snippet?: string };
};

/** Runs Lighthouse once on `url` in a new Chromium (and profile), so no run warms the next. */
export async function runLighthouse(
  url: string,
  seed?: { readonly url: string; readonly storage: Readonly<Record<string, string>> },
  /** Whether to audit accessibility too (axe in the page; it takes a few seconds of every run). */
  withAccessibility = true,
): Promise<RunResult> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    if (seed) await seedStorage(chrome.port, seed.url, seed.storage);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: withAccessibility ? ['performance', 'accessibility'] : ['performance'],
      formFactor: 'mobile',
      // Keep the seeded storage: Lighthouse would otherwise clear the origin's storage first.
      disableStorageReset: seed !== undefined,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const numeric = (id: string): number => audits[id]?.numericValue ?? Number.NaN;
    const requestDetails = audits['network-requests']?.details;
    const requests = (
      requestDetails && 'items' in requestDetails ? requestDetails.items : []
    ) as readonly { url?: string; resourceType?: string; transferSize?: number }[];
    const shiftDetails = audits['layout-shifts']?.details;
    const shiftItems = (
      shiftDetails && 'items' in shiftDetails ? shiftDetails.items : []
    ) as readonly LayoutShiftItem[];
    return {
      performance: categories.performance?.score ?? 0,
      // Not audited counts as a pass (NaN): callers judge accessibility only on runs that audit it.
      accessibility: categories.accessibility?.score ?? (withAccessibility ? 0 : Number.NaN),
      cls: numeric('cumulative-layout-shift'),
      tbt: numeric('total-blocking-time'),
      lcp: numeric('largest-contentful-paint'),
      fcp: numeric('first-contentful-paint'),
      tti: numeric('interactive'),
      transferBytes: numeric('total-byte-weight'),
      requests: requests.map((request) => ({
        url: request.url ?? '',
        resourceType: request.resourceType ?? '',
        transferSize: request.transferSize ?? 0,
      })),
      failingAccessibility: (categories.accessibility?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== 1)
        .map((ref) => ref.id),
      layoutShifts: shiftItems.map(
        (item) =>
          `${item.node?.selector ?? '(no element)'} ${item.node?.snippet ?? ''} (score ${(item.score ?? 0).toFixed(4)})`,
      ),
    };
  } finally {
    chrome.kill();
  }
}

/** The middle value (the upper middle for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
