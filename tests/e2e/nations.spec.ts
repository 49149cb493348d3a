import type { Page } from '@playwright/test';
import { expect, setToday, test } from './fixtures';
import { ROUTE_HEADING, TODAY, answerRow, fillDate, milestone, pageHeading } from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

type Pupil = {
  readonly nation: string;
  /** The school year as the pupil's own nation writes it. */
  readonly year: string;
  readonly hint: string;
  readonly born: readonly [string, string, string];
  /** The UCAS deadline their route shows (15 October, or the Monday after a weekend). */
  readonly ucasDeadline: string;
  /** The qualification after GCSEs or National 5s offered first: the nation's usual one. */
  readonly firstQualification: string;
  /** How check your answers names that question, in the nation's words. */
  readonly qualificationsQuestion: string;
  /**
   * GCSE English language and maths in the nation's own grades (Wales and Northern Ireland offer their
   * letter grades first, then 9 to 1), and the entry-requirements item they give.
   */
  readonly gcseGrades?: {
    readonly english: string;
    readonly maths: string;
    /** The grades offered first, as the nation writes them. */
    readonly ownGrades: readonly string[];
    readonly item: string;
  };
  /** How many GCSEs (or National 5s) at the top grades, asked in the nation's own grades. */
  readonly topGrades: {
    readonly heading: string;
    readonly question: string;
    readonly count: string;
    /** The entry-requirements item and the status it shows for that count. */
    readonly item: string;
    readonly checkAnswers: readonly [string, string];
  };
};

/** Answers every question for a pupil with the fewest choices, and opens the route. */
async function planFor(page: Page, pupil: Pupil): Promise<void> {
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(pageHeading(page, 'Where do you live or plan to train?')).toBeVisible();
  await page.getByRole('radio', { name: pupil.nation }).check();
  await continueButton.click();

  await expect(pageHeading(page, 'Where are you now?')).toBeVisible();
  const school = page.getByRole('radio', { name: 'At school or college' });
  await expect(page.getByText(pupil.hint, { exact: true })).toBeVisible();
  await school.check();
  await page.getByLabel('Which school year are you in?').selectOption(pupil.year);
  await continueButton.click();

  await expect(pageHeading(page, 'What is your date of birth?')).toBeVisible();
  await fillDate(page, 'What is your date of birth?', ...pupil.born);
  await continueButton.click();

  await expect(
    pageHeading(page, 'Which qualifications are you taking or have you taken?'),
  ).toBeVisible();
  await expect(page.getByRole('radio').first()).toHaveAccessibleName(pupil.firstQualification);
  await page.getByRole('radio', { name: 'Something else' }).check();
  await continueButton.click();
  await expect(pageHeading(page, pupil.topGrades.heading)).toBeVisible();
  if (pupil.gcseGrades) {
    const english = page.getByLabel('English language');
    // The nation's own grades come first, then 9 to 1 for GCSEs from exam boards in England.
    await expect(english.locator('optgroup').first().locator('option')).toHaveText([
      ...pupil.gcseGrades.ownGrades,
    ]);
    await expect(english.locator('optgroup').nth(1)).toHaveAttribute('label', 'Grades 9 to 1');
    await english.selectOption(pupil.gcseGrades.english);
    await page.getByLabel('Maths').selectOption(pupil.gcseGrades.maths);
  }
  const count = page.getByLabel(pupil.topGrades.question);
  await expect(count).toHaveAttribute('inputmode', 'numeric');
  await count.fill(pupil.topGrades.count);
  await continueButton.click();
  await expect(
    pageHeading(page, 'Which route through medical school are you thinking about?'),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Standard course (5 years)' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: 'No gap year' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: 'None: straight into core training' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: 'Internal Medicine Training (IMT), 3 years' }).check();
  await continueButton.click();
  await expect(pageHeading(page, 'Check your answers')).toBeVisible();
  await page.getByRole('button', { name: 'See your route' }).click();
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
}

const PUPILS: readonly Pupil[] = [
  {
    nation: 'Scotland',
    year: 'S5',
    hint: 'S1 to S6',
    born: ['15', '6', '2010'],
    // S5 in 2026/27: S6 next year, applying by 15 October 2027 (a Friday).
    ucasDeadline: '15 October 2027',
    firstQualification: 'Scottish Highers and Advanced Highers',
    qualificationsQuestion: 'Qualifications after National 5s',
    topGrades: {
      heading: 'How many National 5s do you have at grade A?',
      question: 'How many National 5s do you have at grade A?',
      count: '7',
      item: 'National 5s at grade A',
      checkAnswers: ['National 5s', '7 at grade A'],
    },
  },
  {
    nation: 'Northern Ireland',
    year: 'Year 12',
    hint: 'Year 8 to Year 14',
    born: ['20', '1', '2011'],
    // The GCSE year: Year 14 in 2028/29, applying by 15 October 2028, a Sunday, so Monday 16 October.
    ucasDeadline: '16 October 2028',
    firstQualification: 'A-levels',
    qualificationsQuestion: 'Qualifications after GCSEs',
    // CCEA's C* is grade 5: Aberdeen's minimum, but others ask for 6, so 'check each school'.
    gcseGrades: {
      english: 'A',
      maths: 'C*',
      ownGrades: ['A*', 'A', 'B', 'C*', 'C', 'D', 'E', 'F', 'G'],
      item: 'GCSE English language and maths Meets typical offers',
    },
    topGrades: {
      heading: 'What are your GCSE grades?',
      question: 'How many GCSEs do you have at grade A or A*?',
      count: '6',
      item: 'GCSEs at grade A or A* Meets typical offers',
      checkAnswers: ['GCSE grades', 'English language A, maths C*; 6 at grade A or A*'],
    },
  },
  {
    nation: 'Wales',
    year: 'Year 13',
    hint: 'Year 9 to Year 13',
    born: ['2', '9', '2008'],
    // The final year: the round closes 15 October 2026, which has passed on 25 November 2026.
    ucasDeadline: '15 October 2027',
    firstQualification: 'A-levels',
    qualificationsQuestion: 'Qualifications after GCSEs',
    // A Welsh C is between grades 4 and 5: it may be below 5 and is below 6. Maths 7 from an
    // exam board in England.
    gcseGrades: {
      english: 'C',
      maths: '7',
      ownGrades: ['A*', 'A', 'B', 'C', 'D', 'E', 'F', 'G'],
      item: 'GCSE English language and maths Below typical offers',
    },
    topGrades: {
      heading: 'What are your GCSE grades?',
      question: 'How many GCSEs do you have at grade A or A*?',
      count: '3',
      item: 'GCSEs at grade A or A* Below typical offers',
      checkAnswers: ['GCSE grades', 'English language C, maths 7; 3 at grade A or A*'],
    },
  },
];

for (const pupil of PUPILS) {
  test(`a pupil in ${pupil.nation} answers in ${pupil.nation}'s own school years (${pupil.year}) and reaches their route`, async ({
    page,
    expectNoAxeViolations,
    externalRequests,
  }) => {
    await planFor(page, pupil);
    await expect(milestone(page, 'UCAS deadline for medicine').locator('time')).toHaveText(
      pupil.ucasDeadline,
    );
    // Getting into medical school speaks of the nation's own qualifications.
    const entry = page.getByRole('region', { name: 'Getting into medical school' });
    await expect(entry.getByRole('heading', { name: pupil.topGrades.item })).toBeVisible();
    if (pupil.gcseGrades)
      await expect(entry.getByRole('heading', { name: pupil.gcseGrades.item })).toBeVisible();
    if (pupil.nation === 'Scotland')
      await expect(entry.getByRole('heading', { name: /GCSE/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Change your answers' }).click();
    await expect(page.getByText(`At school, ${pupil.year}`)).toBeVisible();
    const [question, answer] = pupil.topGrades.checkAnswers;
    await expect(answerRow(page, question).getByRole('definition').first()).toHaveText(answer);
    await expect(
      answerRow(page, pupil.qualificationsQuestion).getByRole('definition').first(),
    ).toHaveText('Something else');
    await expectNoAxeViolations();
    expect(externalRequests).toEqual([]);
  });
}

test('a school year two or more years from the usual one for a date of birth is checked once, and either answer is accepted', async ({
  page,
  expectNoAxeViolations,
}) => {
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await page.goto('/questions/nation');
  await page.getByRole('radio', { name: 'England' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: 'At school or college' }).check();
  await page.getByLabel('Which school year are you in?').selectOption('Year 13');
  await continueButton.click();
  // Born March 2011: usually Year 11 in 2026/27, and 15 years old.
  await fillDate(page, 'What is your date of birth?', '14', '3', '2011');
  await continueButton.click();
  await expect(pageHeading(page, 'Is Year 13 right?')).toBeVisible();
  await expect(page.getByText(/You are usually in Year 11 at 15\./)).toBeVisible();
  await continueButton.click();
  await expect(page.getByRole('alert')).toContainText('Select yes if Year 13 is right.');
  await expectNoAxeViolations();
  await page.getByRole('radio', { name: 'Yes, Year 13 is right' }).check();
  await continueButton.click();
  await expect(
    pageHeading(page, 'Which qualifications are you taking or have you taken?'),
  ).toBeVisible();

  // Asked once: the same answers again go straight on.
  await page.goto('/questions/date-of-birth');
  await continueButton.click();
  await expect(
    pageHeading(page, 'Which qualifications are you taking or have you taken?'),
  ).toBeVisible();
});
