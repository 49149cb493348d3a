/**
 * Hostile answers in Chromium (issue 15): share links with a correct check, and the same answers as
 * saved data, whose values no page expects: keys of Object.prototype as choices, A-levels with no list
 * of subjects or a subject of null, IB Higher Levels that are not a list, and an OOPR credit so small
 * that training would take millennia. Each page renders with its heading and plain words, names what it
 * could not read, and throws nothing (the fixture fails a test on any page error or console error).
 * The pages must render on their own: a page error boundary, if one shows, fails the test too.
 */
import type { Page } from '@playwright/test';
import type { PlanAnswers } from '../../src/domain/plan/answers';
import { encodeSharedPlan } from '../../src/domain/plan/share-link';
import { expect, setToday, test } from './fixtures';
import {
  F2_ANSWERS,
  PLANS_KEY,
  TODAY,
  YEAR_11_ANSWERS,
  pageHeading,
  savedPlansJson,
} from './helpers';

type HostileCase = {
  readonly title: string;
  readonly answers: Readonly<Record<string, unknown>>;
  /** How the page names the answer it could not read; null when every answer reads. */
  readonly named: string | null;
  /** A period the engine refuses: the shared page says what is wrong with it. */
  readonly periodRefused?: boolean;
};

const A_LEVELS = YEAR_11_ANSWERS.qualifications;

const CASES: readonly HostileCase[] = [
  {
    title: 'a stage of "__proto__"',
    answers: { ...YEAR_11_ANSWERS, now: { stage: '__proto__', yearGroup: 11 } },
    named: 'where you are now',
  },
  {
    title: 'a nation of "__proto__"',
    answers: { ...YEAR_11_ANSWERS, nation: '__proto__' },
    named: 'where you live',
  },
  {
    title: 'a medical school route of "toString"',
    answers: { ...YEAR_11_ANSWERS, medicalSchoolRoute: 'toString' },
    named: 'the route through medical school',
  },
  {
    title: 'a core route of "constructor"',
    answers: { ...YEAR_11_ANSWERS, coreRoute: 'constructor' },
    named: 'the core training route',
  },
  {
    title: 'A-levels with no list of subjects',
    answers: {
      ...YEAR_11_ANSWERS,
      qualifications: { ...A_LEVELS, schoolQualification: { kind: 'a-levels' } },
    },
    named: 'your A-levels',
  },
  {
    title: 'an A-level with a null subject',
    answers: {
      ...YEAR_11_ANSWERS,
      qualifications: {
        ...A_LEVELS,
        schoolQualification: { kind: 'a-levels', subjects: [{ subject: null, grade: 'A' }] },
      },
    },
    named: 'your A-levels',
  },
  {
    title: 'IB Higher Levels that are not a list',
    answers: {
      ...YEAR_11_ANSWERS,
      qualifications: {
        ...A_LEVELS,
        schoolQualification: {
          kind: 'ib',
          points: 38,
          higherLevel: { subject: 'chemistry', grade: 7 },
        },
      },
    },
    named: 'your IB Diploma',
  },
  {
    title: 'an open-ended OOPR with a credit of 0.00001',
    answers: {
      ...F2_ANSWERS,
      changes: [{ id: 'p1', kind: 'oopr', start: '2028-08-02', end: null, credit: 0.00001 }],
    },
    named: null,
    periodRefused: true,
  },
];

/** The headings a page error boundary shows: seeing one means the page itself broke. */
const BROKEN_PAGE = /There is a problem with this page|could not be loaded|Sorry/;

const MONTH_AND_YEAR =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) (\d+)/g;

/** Every year the page shows with a month, so a date no training could reach (July 4020) is seen. */
async function yearsShown(page: Page): Promise<number[]> {
  const text = await page.locator('main#maincontent').innerText();
  return [...text.matchAll(MONTH_AND_YEAR)].map((match) => Number(match[1]));
}

/** The page has a heading of its own and words under it, not a blank page or the error boundary. */
async function expectRendered(page: Page): Promise<void> {
  const heading = page.locator('main#maincontent h1');
  await expect(heading).toBeVisible();
  await expect(heading).not.toHaveText(BROKEN_PAGE);
  await expect(heading).not.toHaveText('');
  await expect(page.locator('main#maincontent p').first()).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

for (const [index, hostile] of CASES.entries()) {
  test(`a share link with ${hostile.title} opens as a plan, naming what it could not read`, async ({
    page,
    expectNoAxeViolations,
  }) => {
    // Cast: the answers are hand-made to be of a shape Pathway never writes; the check is correct.
    const link = encodeSharedPlan('Hostile plan', hostile.answers as unknown as PlanAnswers);
    await page.goto(`/shared#${link}`);
    await expect(pageHeading(page, 'Hostile plan')).toBeVisible();
    await expectRendered(page);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Answers in this plan' }),
    ).toBeVisible();
    const callout = page.getByRole('heading', { name: 'Some answers could not be read' });
    if (hostile.named === null) {
      await expect(callout).toHaveCount(0);
    } else {
      await expect(callout).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: hostile.named })).toBeVisible();
    }
    if (hostile.periodRefused === true)
      await expect(
        page.getByText('We cannot show this plan’s route because of its part-time periods'),
      ).toBeVisible();
    // No route that ends centuries on: the engine refuses it rather than showing July 4020.
    expect((await yearsShown(page)).filter((year) => year > 2200)).toEqual([]);
    // One scan is enough to show the callout and the page around it are accessible.
    if (index === 0) await expectNoAxeViolations();
  });

  test(`saved data with ${hostile.title} leaves the start page and the plan's pages working`, async ({
    page,
  }) => {
    const raw = savedPlansJson([{ id: 'hostile', name: 'Hostile plan', answers: hostile.answers }]);
    // Before every load, not only the first: each page meets the saved data as it was first found.
    await page.addInitScript(
      ([key, value]) => {
        try {
          window.localStorage.setItem(key, value);
        } catch {
          // about:blank has no storage.
        }
      },
      [PLANS_KEY, raw] as const,
    );
    for (const path of ['/', '/check-answers', '/your-route', '/plans', '/pay', '/part-time']) {
      await page.goto(path);
      await expectRendered(page);
      expect((await yearsShown(page)).filter((year) => year > 2200)).toEqual([]);
      // The notice on every page names the answer left out, with the plan's name.
      if (hostile.named !== null)
        await expect(page.getByText(`Hostile plan: ${hostile.named}`)).toBeVisible();
    }
  });
}
