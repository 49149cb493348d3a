/**
 * Two tabs of one browser, saving at the same instant (issue 15): neither tab's change is lost, in
 * storage or on either page, for saved plans and for part-time scenarios; and an answer chosen but not
 * yet submitted survives another tab's save.
 */
import type { Page } from '@playwright/test';
import { expect, setToday, test } from './fixtures';
import {
  PLANS_KEY,
  TODAY,
  YEAR_11_ANSWERS,
  pageHeading,
  savedPlans,
  savedPlansJson,
} from './helpers';

const PART_TIME_KEY = 'pathway-part-time';
const ROUNDS = 10;

/** Two pages in one browser context, both open at `path`, with `raw` saved before either loads. */
async function openTwoTabs(page: Page, raw: string, path: string): Promise<[Page, Page]> {
  await setToday(page, TODAY);
  await page.goto('/');
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    PLANS_KEY,
    raw,
  ] as const);
  const other = await page.context().newPage();
  await setToday(other, TODAY);
  await Promise.all([page.goto(path), other.goto(path)]);
  return [page, other];
}

function planNames(page: Page): Promise<string[]> {
  return savedPlans(page).then((plans) => plans.map((plan) => plan.name));
}

test('plans: a rename or a new plan saved in each of two tabs at the same instant is kept in both, 10 rounds', async ({
  page,
}) => {
  const raw = savedPlansJson([
    { id: 'first', name: 'First plan', answers: YEAR_11_ANSWERS },
    { id: 'second', name: 'Second plan', answers: YEAR_11_ANSWERS },
  ]);
  const [tabA, tabB] = await openTwoTabs(page, raw, '/plans');
  await expect(pageHeading(tabA, 'Your saved plans')).toBeVisible();
  await expect(pageHeading(tabB, 'Your saved plans')).toBeVisible();
  let names = { first: 'First plan', second: 'Second plan' };
  let plansSaved = 2;

  for (let round = 1; round <= ROUNDS; round += 1) {
    if (round % 2 === 1) {
      // Each tab renames a different plan.
      const next = { first: `First, round ${round}`, second: `Second, round ${round}` };
      await tabA.getByRole('link', { name: `Rename ${names.first}` }).click();
      await tabB.getByRole('link', { name: `Rename ${names.second}` }).click();
      await tabA.getByLabel('Plan name').fill(next.first);
      await tabB.getByLabel('Plan name').fill(next.second);
      await Promise.all([
        tabA.getByRole('button', { name: 'Save name' }).click(),
        tabB.getByRole('button', { name: 'Save name' }).click(),
      ]);
      names = next;
    } else {
      // Each tab starts a new plan, then comes back to the list.
      await Promise.all([
        tabA.getByRole('button', { name: 'Start a new plan' }).click(),
        tabB.getByRole('button', { name: 'Start a new plan' }).click(),
      ]);
      plansSaved += 2;
      for (const tab of [tabA, tabB]) {
        await expect(tab).toHaveURL(/\/questions\//);
        await tab.getByRole('link', { name: 'Saved plans' }).click();
      }
    }
    // Once both saves have settled: storage and both pages hold both changes.
    await expect
      .poll(() => planNames(tabA), { message: `storage after round ${round}` })
      .toEqual(expect.arrayContaining([names.first, names.second]));
    await expect.poll(async () => (await planNames(tabA)).length).toBe(plansSaved);
    for (const tab of [tabA, tabB]) {
      await expect(pageHeading(tab, 'Your saved plans')).toBeVisible();
      const headings = tab.getByRole('main').getByRole('heading', { level: 2 });
      await expect(headings.filter({ hasText: names.first })).toHaveCount(1);
      await expect(headings.filter({ hasText: names.second })).toHaveCount(1);
      await expect(tab.getByRole('link', { name: /^Rename / })).toHaveCount(plansSaved);
    }
  }
  // Storage on reload holds the same.
  await tabB.reload();
  await expect(tabB.getByRole('link', { name: /^Rename / })).toHaveCount(plansSaved);
});

/** The direct calculator answered, as the app saves it, with no scenarios yet. */
const CALCULATOR_ONLY = JSON.stringify({
  state: {
    calculator: {
      answers: {
        nation: 'england',
        stage: 'st5',
        trainingLeft: 'cct-date',
        currentCct: '2029-08-01',
        wtePercent: 100,
      },
      changes: [],
    },
    scenarios: {},
  },
  version: 2,
});

function scenarioNames(page: Page): Promise<string[]> {
  return page.evaluate((key) => {
    const saved = JSON.parse(window.localStorage.getItem(key) ?? '{}') as {
      state?: { scenarios?: Record<string, { name: string }[]> };
    };
    return Object.values(saved.state?.scenarios ?? {}).flatMap((list) => list.map((s) => s.name));
  }, PART_TIME_KEY);
}

test('part-time: a scenario added in each of two tabs at the same instant is kept in both, 10 rounds', async ({
  page,
}) => {
  await setToday(page, TODAY);
  await page.goto('/');
  const tabB = await page.context().newPage();
  await setToday(tabB, TODAY);
  const tabA = page;

  for (let round = 1; round <= ROUNDS; round += 1) {
    // Each round starts with no scenarios (only two are allowed), read afresh by both tabs.
    await tabA.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
      PART_TIME_KEY,
      CALCULATOR_ONLY,
    ] as const);
    await Promise.all([
      tabA.goto('/part-time/calculator/scenarios/new'),
      tabB.goto('/part-time/calculator/scenarios/new'),
    ]);
    const names = [`From tab A, round ${round}`, `From tab B, round ${round}`];
    for (const [index, tab] of [tabA, tabB].entries()) {
      await expect(pageHeading(tab, 'Add a scenario')).toBeVisible();
      await tab.getByLabel('Name').fill(names[index] ?? '');
      await tab.getByRole('radio', { name: 'No periods' }).check();
    }
    await Promise.all([
      tabA.getByRole('button', { name: 'Add scenario' }).click(),
      tabB.getByRole('button', { name: 'Add scenario' }).click(),
    ]);
    await expect
      .poll(() => scenarioNames(tabA), { message: `storage after round ${round}` })
      .toEqual(expect.arrayContaining(names));
    // Each page says which scenario the other tab added (so it holds it too).
    await expect(tabA.getByRole('region', { name: 'Important' })).toContainText(
      `The scenario "${names[1]}" was added in another tab or window.`,
    );
    await expect(tabB.getByRole('region', { name: 'Important' })).toContainText(
      `The scenario "${names[0]}" was added in another tab or window.`,
    );
    expect(await scenarioNames(tabB)).toHaveLength(2);
  }
});

test('an answer chosen but not yet submitted is the one saved when another tab saves the plan meanwhile', async ({
  page,
  expectNoAxeViolations,
}) => {
  const raw = savedPlansJson([{ id: 'shared', name: 'Shared plan', answers: YEAR_11_ANSWERS }]);
  const [tabA, tabB] = await openTwoTabs(page, raw, '/questions/core-route');
  const accs = tabA.getByRole('radio', { name: /^Acute Care Common Stem/ });
  await accs.check();

  // Tab B saves a different change to the same plan.
  await tabB.goto('/questions/nation');
  await tabB.getByRole('radio', { name: 'Wales' }).check();
  await tabB.getByRole('button', { name: 'Continue' }).click();
  await expect(tabA.getByRole('region', { name: 'Important' })).toContainText(
    'This plan was changed in another tab or window: where you live.',
  );
  await expect(accs).toBeChecked();
  await expectNoAxeViolations();

  await tabA.getByRole('button', { name: 'Continue' }).click();
  await expect
    .poll(async () => (await savedPlans(tabA))[0]?.answers)
    .toMatchObject({ coreRoute: 'accs-im', nation: 'wales' });
});
