import { readFileSync } from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { expect, setToday, test } from './fixtures';
import { TODAY, pageHeading } from './helpers';

const distDir = process.env.PLAYWRIGHT_DIST ?? 'dist';

// A server of this spec's own, serving the build, that can start serving "a new version": the same
// build with a changed service worker, as a deployment would.
let server: PreviewServer;
let newVersionDeployed = false;

test.beforeEach(() => {
  newVersionDeployed = false;
});

test.beforeAll(async () => {
  server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0 },
    plugins: [
      {
        name: 'deploy-a-new-version',
        configurePreviewServer(previewServer) {
          previewServer.middlewares.use((request, response, next) => {
            if (!newVersionDeployed || request.url !== '/sw.js') return next();
            const worker = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
            response.setHeader('Content-Type', 'text/javascript');
            response.end(`${worker}\n// A new version.\n`);
          });
        },
      },
    ],
  });
});

test.afterAll(async () => {
  await server.close();
});

const VISITORS = [
  { who: 'a returning visitor', reloadsFirst: true },
  { who: 'a tab left open since the first visit', reloadsFirst: false },
];

for (const { who, reloadsFirst } of VISITORS) {
  test(`when a new version is deployed, ${who} is offered a reload into it`, async ({
    page,
    expectNoAxeViolations,
  }) => {
    const origin = server.resolvedUrls?.local[0];
    if (!origin) throw new Error('The server has no address');
    await setToday(page, TODAY);
    await page.goto(origin);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        message: "the first version's service worker controls the page",
      })
      .toBe(true);
    if (reloadsFirst) await page.reload();
    const notice = page.getByRole('region', { name: 'Important' });
    await expect(pageHeading(page, /./)).toBeVisible();
    await expect(notice).toHaveCount(0);

    newVersionDeployed = true;
    // Browsers look for a new worker on each visit; asking now stands in for the next visit.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(notice).toContainText('A new version of Pathway is available');
    await expectNoAxeViolations();

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await expect(pageHeading(page, /./)).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
      'no version is left waiting',
    ).toBeNull();
  });
}
