/**
 * Storage faults (issue 15): storage full, switched off, the `localStorage` getter throwing, and saved
 * data that cannot be read on a full device, for plans and part-time scenarios. Each time the person is
 * told in plain words, nothing they typed vanishes from the page, and unreadable saved data stays byte
 * for byte as it was until they choose to discard it.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, setToday, test } from './fixtures';
import {
  F2_ANSWERS,
  PLANS_KEY,
  TODAY,
  pageHeading,
  savedPlansJson,
  storageEntries,
} from './helpers';

const PART_TIME_KEY = 'pathway-part-time';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

/** Puts these entries in localStorage before the first page of the test loads (only then). */
async function seed(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((values) => {
    try {
      if (window.sessionStorage.getItem('e2e-seeded') !== null) return;
      window.sessionStorage.setItem('e2e-seeded', 'yes');
      for (const [key, value] of Object.entries(values)) window.localStorage.setItem(key, value);
    } catch {
      // about:blank has no storage.
    }
  }, entries);
}

/**
 * Makes localStorage full, as a browser's quota would: a write that would hold more than it held when
 * the page loaded throws QuotaExceededError, and removing a key frees its room.
 */
async function fillStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let storage: Storage;
    try {
      storage = window.localStorage;
    } catch {
      return;
    }
    const used = (): number => {
      let total = 0;
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index) ?? '';
        total += key.length + (storage.getItem(key) ?? '').length;
      }
      return total;
    };
    const quota = used();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === storage) {
        const before = this.getItem(key);
        const size = used() - (before === null ? 0 : key.length + before.length);
        if (size + key.length + String(value).length > quota) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
      }
      setItem.call(this, key, value);
    };
  });
}

/** Every localStorage method throws, as when the browser blocks storage for the site. */
async function switchStorageOff(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let storage: Storage;
    try {
      storage = window.localStorage;
    } catch {
      return;
    }
    for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
      const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
      Object.defineProperty(Storage.prototype, method, {
        configurable: true,
        value: function (this: Storage, ...args: unknown[]) {
          if (this === storage)
            throw new DOMException('The operation is insecure.', 'SecurityError');
          return original.apply(this, args);
        },
      });
    }
  });
}

/** Reading `window.localStorage` itself throws, as some browsers do in private modes. */
async function makeStorageGetterThrow(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

function banner(page: Page, heading: string) {
  return page.getByRole('region', { name: 'Important' }).filter({ hasText: heading });
}

/** Starts a plan from the start page: the first answer is given and the next question shown. */
async function startAPlan(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(pageHeading(page, 'Where do you live or plan to train?')).toBeVisible();
  await page.getByRole('radio', { name: 'Wales' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(pageHeading(page, 'Where are you now?')).toBeVisible();
}

/** On a saved F2 plan's part-time page, adds a scenario with no periods and returns to the list. */
async function addScenario(page: Page, name: string): Promise<void> {
  await page.goto('/part-time/plan');
  await expect(pageHeading(page, 'Part-time training and time out')).toBeVisible();
  await page.getByRole('link', { name: 'Add a scenario' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByRole('radio', { name: 'No periods' }).check();
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await expect(pageHeading(page, name)).toBeVisible();
}

async function expectPlanListed(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Saved plans' })
    .click();
  await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toBeVisible();
}

const F2_PLAN = savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]);

test.describe('storage full', () => {
  test('a new plan stays on the page and the person is told it was not saved', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await fillStorage(page);
    await startAPlan(page);
    await expect(
      banner(page, 'Your latest changes could not be saved on this device'),
    ).toContainText('Your plans are kept while this page is open');
    await expectNoAxeViolations();
    await expectPlanListed(page, 'Plan 1');
    expect(await storageEntries(page)).toEqual({});
  });

  test('a new part-time scenario stays on the page and the person is told it was not saved', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await seed(page, { [PLANS_KEY]: F2_PLAN });
    await fillStorage(page);
    await addScenario(page, 'No leave');
    await expect(
      banner(page, 'Your latest part-time changes could not be saved on this device'),
    ).toBeVisible();
    await expectNoAxeViolations();
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(
      page.getByRole('table', { name: 'CCT dates side by side' }).getByRole('row'),
    ).toContainText([/No leave/]);
    expect(await storageEntries(page)).toEqual({ [PLANS_KEY]: F2_PLAN });
  });
});

const OFF_CASES = [
  ['switched off', switchStorageOff],
  ['refused (the localStorage getter throws)', makeStorageGetterThrow],
] as const;

for (const [what, breakStorage] of OFF_CASES) {
  test(`storage ${what}: plans and part-time answers work on the page, and the person is told`, async ({
    page,
    expectNoAxeViolations,
  }) => {
    await breakStorage(page);
    await startAPlan(page);
    await expect(banner(page, 'Pathway cannot save plans on this device')).toContainText(
      'You can still make plans and use the part-time calculator, but what you enter will be lost when you close this page.',
    );
    await expectNoAxeViolations();
    await expectPlanListed(page, 'Plan 1');

    // The part-time calculator keeps its answers on the page too.
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Part-time training' })
      .click();
    await page.getByRole('link', { name: 'Work out a new CCT date' }).click();
    await expect(pageHeading(page, 'Where do you train?')).toBeVisible();
    await page.getByRole('radio', { name: 'Scotland' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(pageHeading(page, 'What stage of training are you in?')).toBeVisible();
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'Scotland' })).toBeChecked();
    // One notice says nothing can be saved; the part-time store does not add a second.
    await expect(page.getByRole('region', { name: 'Important' })).toHaveCount(1);
    await expectNoAxeViolations();
  });
}

test.describe('saved data that cannot be read, on a full device', () => {
  test('unreadable plans are left as they were until the person discards them', async ({
    page,
    expectNoAxeViolations,
  }) => {
    // Three plans cut short: discarding them frees room for the plan typed since.
    const complete = savedPlansJson(
      ['a', 'b', 'c'].map((id) => ({ id, name: `F2 plan ${id}`, answers: F2_ANSWERS })),
    );
    const unreadable = complete.slice(0, -40);
    await seed(page, { [PLANS_KEY]: unreadable });
    await fillStorage(page);
    await startAPlan(page);
    const notice = banner(page, 'We could not read your saved plans');
    await expect(notice).toContainText('Your changes are not being saved');
    await expect(notice.getByRole('button', { name: 'Hide this message' })).toHaveCount(0);
    await expectNoAxeViolations();
    await expectPlanListed(page, 'Plan 1');
    expect(await storageEntries(page)).toEqual({ [PLANS_KEY]: unreadable });

    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the unreadable data' }).click();
    expect(await readFile(await (await downloading).path(), 'utf8')).toBe(unreadable);

    await notice.getByRole('link', { name: 'Discard it' }).click();
    await expect(
      pageHeading(page, 'Are you sure you want to discard the saved plans Pathway could not read?'),
    ).toBeVisible();
    await expectNoAxeViolations();
    await page.getByRole('button', { name: 'Yes, discard it' }).click();
    await expect(pageHeading(page, 'Your saved plans')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Important' })).toHaveCount(0);
    // What was typed on the page is what is saved now.
    const saved = JSON.parse((await storageEntries(page))[PLANS_KEY] ?? 'null') as {
      state: { plans: { name: string; answers: unknown }[] };
    };
    expect(saved.state.plans).toMatchObject([{ name: 'Plan 1', answers: { nation: 'wales' } }]);
  });

  test('unreadable part-time data is left as it was while scenarios are added on the page', async ({
    page,
    expectNoAxeViolations,
  }) => {
    const unreadable = JSON.stringify({
      state: {
        calculator: { answers: { stage: 'st5' }, changes: [] },
        scenarios: { calculator: [{ id: 's1', name: 'Kept by hand', changes: 'not a list' }] },
      },
      version: 2,
    });
    await seed(page, { [PLANS_KEY]: F2_PLAN, [PART_TIME_KEY]: unreadable });
    await fillStorage(page);
    await addScenario(page, 'No leave');
    const notice = banner(page, 'We could not read all of your part-time answers and scenarios');
    await expect(notice).toContainText('The scenario "Kept by hand": part of it');
    await expect(notice).toContainText('Your changes are not being saved');
    await expectNoAxeViolations();
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(
      page.getByRole('table', { name: 'CCT dates side by side' }).getByRole('row'),
    ).toContainText([/No leave/]);
    expect((await storageEntries(page))[PART_TIME_KEY]).toBe(unreadable);

    await notice.getByRole('link', { name: 'Discard it' }).click();
    await expect(
      pageHeading(
        page,
        'Are you sure you want to discard the part-time answers and scenarios Pathway could not read?',
      ),
    ).toBeVisible();
    await expectNoAxeViolations();
    await page.getByRole('link', { name: 'No, go back' }).click();
    expect((await storageEntries(page))[PART_TIME_KEY]).toBe(unreadable);
  });
});
