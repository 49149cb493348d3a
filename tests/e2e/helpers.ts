import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Every journey runs on this date, so dates and ages on the pages are the same on every run. */
export const TODAY = '2026-11-25';

/** Where the app saves plans (src/state/persistence.ts). */
export const PLANS_KEY = 'pathway-plans';
export const RECOVERY_PREFIX = 'pathway-plans:recovered:';

/** The answers the Year 11 journey gives, as the app saves them. */
export const YEAR_11_ANSWERS = {
  now: { stage: 'school', yearGroup: 11 },
  dateOfBirth: '2011-03-14',
  nation: 'england',
  qualifications: {
    schoolQualification: {
      kind: 'a-levels',
      subjects: [
        { subject: 'chemistry', grade: 'A' },
        { subject: 'biology', grade: 'A' },
        { subject: 'maths', grade: 'B' },
      ],
    },
    gradesAre: 'predicted',
    gcse: { englishLanguage: 7, maths: 6 },
  },
  medicalSchoolRoute: 'standard',
  intercalate: false,
  gapYearsBeforeMedicalSchool: 0,
  yearsBeforeCoreTraining: 0,
  coreRoute: 'imt',
} as const;

/** An F2 doctor born 1 June 2000, going straight into IMT (the same plan the unit tests use). */
export { F2_ANSWERS } from '../support/plans';

export type SeedPlan = { readonly id: string; readonly name: string; readonly answers: unknown };

/** The text the app itself would save for these plans (schema version 2). */
export function savedPlansJson(plans: readonly SeedPlan[], activePlanId = plans[0]?.id): string {
  const at = `${TODAY}T09:00:00.000Z`;
  return JSON.stringify({
    state: {
      plans: plans.map((plan) => ({ ...plan, createdAt: at, updatedAt: at })),
      activePlanId: activePlanId ?? null,
    },
    version: 2,
  });
}

/**
 * Puts `raw` under `pathway-plans` before the app's own scripts run on the first page this tab opens,
 * exactly as if an earlier visit had saved it. Later loads in the same tab leave storage alone.
 */
export async function seedSavedPlans(page: Page, raw: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      try {
        if (window.sessionStorage.getItem('e2e-seeded') !== null) return;
        window.sessionStorage.setItem('e2e-seeded', 'yes');
        window.localStorage.setItem(key, value);
      } catch {
        // about:blank has no storage.
      }
    },
    [PLANS_KEY, raw] as const,
  );
}

/** Every localStorage key and value the app's origin holds. */
export async function storageEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const entries: Record<string, string> = {};
    for (let index = 0; index < window.localStorage.length; index += 1) {
      const key = window.localStorage.key(index);
      if (key !== null) entries[key] = window.localStorage.getItem(key) ?? '';
    }
    return entries;
  });
}

type SavedPlanJson = {
  readonly id: string;
  readonly name: string;
  readonly answers: Record<string, unknown>;
};

/** The plans saved under `pathway-plans` now, parsed. */
export async function savedPlans(page: Page): Promise<readonly SavedPlanJson[]> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), PLANS_KEY);
  expect(raw, 'pathway-plans is saved').not.toBeNull();
  return (JSON.parse(raw ?? '{}') as { state: { plans: SavedPlanJson[] } }).state.plans;
}

/** The page's h1. */
export function pageHeading(page: Page, name: string | RegExp): Locator {
  return page.getByRole('heading', { level: 1, name });
}

/** The app moves focus to the page's h1 after every client-side page change. */
export async function expectHeadingFocused(page: Page): Promise<void> {
  await expect(page.locator('main#maincontent h1')).toBeFocused();
}

/** One row of the "Check your answers" summary list, by its key. */
export function answerRow(page: Page, key: string): Locator {
  return page
    .locator('.nhsuk-summary-list__row')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${key}$`) }) });
}

/** The dated milestone with this heading on the route page. */
export function milestone(page: Page, title: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name: title, exact: true }) });
}

export const ROUTE_HEADING = 'Your route to consultant in palliative medicine';

export function cctSummary(monthYear: string, age: number): string {
  return `You could become a consultant in palliative medicine in ${monthYear}, aged ${age}, at the earliest.`;
}

/** Presses Tab (or Shift+Tab, going back) until `target` has focus, failing after `limit` presses. */
export async function tabTo(
  page: Page,
  target: Locator,
  limit = 40,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}

/** Types a date into an NHS date input, found by its legend. */
export async function fillDate(
  page: Page,
  group: string,
  day: string,
  month: string,
  year: string,
): Promise<void> {
  const date = page.getByRole('group', { name: group });
  await date.getByLabel('Day').fill(day);
  await date.getByLabel('Month').fill(month);
  await date.getByLabel('Year').fill(year);
}

/** The part-time working table's rows, each as its cells' text (the mobile headings are hidden). */
export async function workingRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /The working/ });
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
        return (copy.textContent ?? '').trim();
      }),
    ),
  );
}
