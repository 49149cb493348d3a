import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

/** WCAG 2.2 AA, the level NHS services must meet (target-size runs only with the wcag22aa tag). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Fixtures = {
  /** Scans the page as it is now and fails on any accessibility violation. */
  expectNoAxeViolations: () => Promise<void>;
  /** Every request the page made to an origin other than the app's own. */
  externalRequests: string[];
  /**
   * Console errors a test expects and allows: matched against the message followed by the address of
   * the file it came from (a failed request's message names no file). None unless a spec says. (One
   * pattern, not a list: Playwright would read a list given to test.use as a value and its options.)
   */
  allowedConsoleErrors: RegExp | null;
  /** Fails any test whose page throws or logs an error to the console (runs for every test). */
  noPageErrors: void;
  /** Fails any test in which any page of its context breaks the Content Security Policy (every test). */
  noCspViolations: void;
  /**
   * When a test fails, attaches how many frames the browser drew for its page in one second: an action
   * that timed out "waiting for element to be stable" with frames drawn means the element kept moving
   * (an app fault); with none, the browser had stopped drawing the page (every test). Seen once in
   * about 80 runs of saved-plans.spec.ts:47 on a loaded machine: 0 frames, the trace's last screen
   * just after a client-side navigation, while the page's script still answered.
   */
  framesOnFailure: void;
};

/** The page's own requestAnimationFrame and setTimeout, kept before page.clock replaces them. */
const NATIVE_TIMERS = '__pathwayNativeTimers';

/** Called by every page in the test's context for each `securitypolicyviolation` event. */
const CSP_VIOLATION_BINDING = '__pathwayCspViolation';

export const test = base.extend<Fixtures>({
  expectNoAxeViolations: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
      expect(summary, `axe violations on ${page.url()}`).toEqual([]);
    });
  },
  externalRequests: async ({ page, baseURL }, use) => {
    const requests: string[] = [];
    const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== ownOrigin) requests.push(url);
    });
    await use(requests);
  },
  allowedConsoleErrors: [null, { option: true }],
  noPageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const described = `${message.text()} ${message.location().url}`;
        if (!allowedConsoleErrors?.test(described)) {
          errors.push(`console: ${message.text()}`);
        }
      });
      await use();
      expect(errors, `errors on ${page.url()}`).toEqual([]);
    },
    { auto: true },
  ],
  noCspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      // A binding, not only a list on window, so violations on pages left by navigation still count.
      await context.exposeBinding(CSP_VIOLATION_BINDING, (_source, violation: string) => {
        violations.push(violation);
      });
      await context.addInitScript((binding) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const violation = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber}) on ${window.location.pathname}`;
          const recorded = window as unknown as Record<string, unknown>;
          recorded.cspViolations = [...((recorded.cspViolations as string[]) ?? []), violation];
          const report = recorded[binding];
          if (typeof report === 'function') void report(violation);
        });
      }, CSP_VIOLATION_BINDING);
      await use();
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  framesOnFailure: [
    async ({ context, page }, use, testInfo) => {
      await context.addInitScript((name) => {
        const timers = {
          frame: window.requestAnimationFrame.bind(window),
          timeout: window.setTimeout.bind(window),
        };
        Object.defineProperty(window, name, { value: timers });
      }, NATIVE_TIMERS);
      await use();
      if (testInfo.status === testInfo.expectedStatus || page.isClosed()) return;
      const frames = await page
        .evaluate(
          (name) =>
            new Promise<number>((resolve) => {
              const native = (window as unknown as Record<string, unknown>)[name] as {
                frame: (callback: () => void) => void;
                timeout: (callback: () => void, ms: number) => void;
              };
              let count = 0;
              const tick = () => {
                count += 1;
                native.frame(tick);
              };
              native.frame(tick);
              native.timeout(() => resolve(count), 1000);
            }),
          NATIVE_TIMERS,
        )
        .then(String, (error: unknown) => `not counted: ${String(error)}`);
      await testInfo.attach('frames drawn in one second after the failure', {
        body: `${frames} (a page drawn normally gets about 20 to 60)`,
        contentType: 'text/plain',
      });
    },
    { auto: true },
  ],
});

/** Fixes the browser's clock, so dates in the journey are the same on every run. */
export async function setToday(page: Page, isoDate: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${isoDate}T10:00:00`));
}

export { expect };
