import { defineConfig } from '@playwright/test';

// PLAYWRIGHT_PORT lets a second checkout on the same machine run its browser tests alongside.
const port = Number(process.env.PLAYWRIGHT_PORT ?? 4173);
// PLAYWRIGHT_DIST lets that checkout serve its own build (vite build --outDir <dir>) instead of dist/.
const distDir = process.env.PLAYWRIGHT_DIST ?? 'dist';

/**
 * Browser tests run against the production build (vite preview) in Debian's Chromium. Playwright's own
 * browser download is not used: CHROMIUM_PATH or /usr/bin/chromium is launched instead.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry, reported as "flaky" and counted by .ci/run, for a stall that is Chromium's, not the
  // app's: on a loaded 2-core machine about 1 run in 60 stops drawing frames (0 frames in a second,
  // the trace's screencast frozen while the page's script still answers; tests/e2e/fixtures.ts
  // records the frame count on failure), so a click waiting for a stable element never proceeds.
  // A test that fails twice still fails.
  retries: 1,
  // Journeys with several axe scans take 10-15 s alone and over 30 s (the default) on a loaded 2-core
  // machine; a test that hangs still fails.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: process.env.CI ? 1 : 2,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${distDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
