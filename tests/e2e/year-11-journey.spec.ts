import { expect, setToday, test } from './fixtures';
import {
  ROUTE_HEADING,
  TODAY,
  answerRow,
  cctSummary,
  expectHeadingFocused,
  milestone,
  pageHeading,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('a Year 11 pupil answers every question, checks the answers and sees a dated route to consultant', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  let axeMs = 0;
  const axe = async () => {
    const started = Date.now();
    await expectNoAxeViolations();
    axeMs += Date.now() - started;
  };
  const continueButton = page.getByRole('button', { name: 'Continue' });
  /** Each question page: its heading, focus on the content, and an axe scan. */
  const onQuestion = async (heading: string) => {
    await expect(pageHeading(page, heading)).toBeVisible();
    await expect(page).toHaveTitle(`${heading} – Plan your route into palliative medicine`);
    await expectHeadingFocused(page);
    await axe();
  };

  const journeyStarted = Date.now();
  await page.goto('/');

  // Start page
  await expect(page).toHaveTitle('Plan your route into palliative medicine');
  await expect(pageHeading(page, 'Plan your route into palliative medicine')).toBeVisible();
  await expect(
    page.getByRole('main').getByText(/^Nothing you enter leaves your device\./),
  ).toBeVisible();
  // "Start now" becomes a button once saved plans have been read.
  const startNow = page.getByRole('button', { name: 'Start now' });
  await expect(startNow).toBeVisible();
  await axe();
  await startNow.click();

  await onQuestion('Where do you live or plan to train?');
  await page.getByRole('radio', { name: 'England' }).check();
  await continueButton.click();

  await onQuestion('Where are you now?');
  await page.getByRole('radio', { name: 'At school or college' }).check();
  await page.getByLabel('Which school year are you in?').selectOption('Year 11');
  await continueButton.click();

  await onQuestion('What is your date of birth?');
  const dateOfBirth = page.getByRole('group', { name: 'What is your date of birth?' });
  await dateOfBirth.getByLabel('Day').fill('14');
  await dateOfBirth.getByLabel('Month').fill('3');
  await dateOfBirth.getByLabel('Year').fill('2011');
  await continueButton.click();

  await onQuestion('Which qualifications are you taking or have you taken?');
  await page.getByRole('radio', { name: 'A-levels' }).check();
  await continueButton.click();

  await onQuestion('What are your A-level subjects and grades?');
  const grades = [
    ['Chemistry', 'A'],
    ['Biology', 'A'],
    ['Maths', 'B'],
  ] as const;
  for (const [index, [subject, grade]] of grades.entries()) {
    const row = page.getByRole('group', { name: `Subject ${index + 1}` });
    await row.getByLabel('Subject').selectOption(subject);
    await row.getByLabel('Grade').selectOption(grade);
  }
  await page.getByRole('radio', { name: 'Predicted grades' }).check();
  await continueButton.click();

  await onQuestion('What are your GCSE grades?');
  await page.getByLabel('English language').selectOption('7');
  await page.getByLabel('Maths', { exact: true }).selectOption('6');
  await page.getByLabel('How many GCSEs do you have at grade 7, 8 or 9?').fill('5');
  await continueButton.click();

  await onQuestion('Which route through medical school are you thinking about?');
  await page.getByRole('radio', { name: 'Standard course (5 years)' }).check();
  await expect(
    page.getByRole('checkbox', { name: 'I plan to take an intercalated degree' }),
  ).not.toBeChecked();
  await continueButton.click();

  await onQuestion('Do you plan to take a gap year before medical school?');
  await page.getByRole('radio', { name: 'No gap year' }).check();
  await continueButton.click();

  await onQuestion(
    'How long do you plan to take between the Foundation Programme and core training?',
  );
  await page.getByRole('radio', { name: 'None: straight into core training' }).check();
  await continueButton.click();

  await onQuestion('Which core training route?');
  await page.getByRole('radio', { name: 'Internal Medicine Training (IMT), 3 years' }).check();
  await continueButton.click();

  // Check your answers
  await expect(pageHeading(page, 'Check your answers')).toBeVisible();
  await expect(page).toHaveURL(/\/check-answers$/);
  await expectHeadingFocused(page);
  const expectedAnswers: ReadonlyArray<readonly [string, string]> = [
    ['Where you live or plan to train', 'England'],
    ['Where you are now', 'At school, Year 11'],
    ['Date of birth', '14 March 2011'],
    ['Qualifications after GCSEs', 'A-levels'],
    ['Subjects and grades', 'Chemistry A, Biology A, Maths B (predicted)'],
    ['GCSE grades', 'English language 7, maths 6; 5 at grade 7, 8 or 9'],
    ['Route through medical school', 'Standard course (5 years)'],
    ['Gap years before medical school', 'None'],
    ['Time between Foundation and core training', 'None'],
    ['Core training route', 'Internal Medicine Training (IMT), 3 years'],
  ];
  await expect(page.getByRole('term')).toHaveText(expectedAnswers.map(([key]) => key));
  for (const [key, value] of expectedAnswers) {
    await expect(answerRow(page, key).getByRole('definition').first()).toHaveText(value);
  }
  await axe();
  await page.getByRole('button', { name: 'See your route' }).click();

  // Your route
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  const journeyMs = Date.now() - journeyStarted;
  console.log(
    `journey took ${journeyMs} ms (Year 11, start page to route heading, 11 questions; ` +
      `${axeMs} ms of it in 13 axe scans, ${journeyMs - axeMs} ms without them)`,
  );
  await expectHeadingFocused(page);
  await expect(page).toHaveTitle(
    'Your route to consultant – Plan your route into palliative medicine',
  );
  await expect(page.getByText(cctSummary('August 2043', 32))).toBeVisible();

  const ucas = milestone(page, 'UCAS deadline for medicine');
  await expect(ucas.locator('time')).toHaveText('16 October 2028');
  await expect(ucas).toContainText('16 October 2028, age 17');
  await expect(ucas).toContainText('15 October 2028 is a Sunday');
  await expect(ucas).toContainText('Estimate');
  const ucasSource = ucas.getByRole('link', { name: 'UCAS: Application deadlines' });
  await expect(ucasSource).toHaveAttribute('href', /^https:\/\/(www\.)?ucas\.com\//);
  await expect(
    ucas.getByText(/UCAS: Application deadlines \(checked 24 November 2026/),
  ).toBeVisible();

  await expect(milestone(page, 'Certificate of Completion of Training (CCT)')).toContainText(
    '2 August 2043, age 32',
  );

  // The route at a glance: a link to each stage's part of the list.
  const glance = page.getByRole('navigation', { name: 'Your route at a glance' });
  const stageLinks = glance.getByRole('link');
  await expect(stageLinks).toHaveText([
    'School, 2026 to 2029 (you are here)',
    'Medical school, 2029 to 2034',
    'Foundation Programme (F1 and F2), 2034 to 2036',
    'Core training: Internal Medicine Training (IMT), 2036 to 2039',
    'Higher specialty training (ST4 to ST7), 2039 to 2043',
    'Consultant in palliative medicine, from 2043',
  ]);
  for (const link of await stageLinks.all()) {
    const href = await link.getAttribute('href');
    const linkText = (await link.textContent()) ?? '';
    expect(href).toMatch(/^#stage-[a-z-]+$/);
    const target = page.locator(href ?? '');
    await expect(target).toHaveCount(1);
    await expect(target).toHaveRole('heading');
    expect(linkText.startsWith(`${await target.textContent()}, `)).toBe(true);
  }
  await glance.getByRole('link', { name: /^Higher specialty training/ }).click();
  await expect(page).toHaveURL(/#stage-higher-specialty-training$/);
  const higher = page.getByRole('region', { name: 'Higher specialty training (ST4 to ST7)' });
  await expect(higher.getByRole('heading', { level: 3 })).toBeInViewport();

  // Getting into medical school: AAB predicted against typical offers of AAA, and contextual offers.
  const entry = page.getByRole('region', { name: 'Getting into medical school' });
  const aLevels = entry
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^A-level grades/ }) });
  await expect(aLevels.getByRole('heading')).toHaveText('A-level grades Below typical offers');
  await expect(aLevels).toContainText(
    'Your predicted grades, AAB, are below the lowest typical offer of AAA.',
  );
  await expect(aLevels).toContainText('Contextual offers at AAB exist at some schools');
  await expect(
    entry.getByRole('heading', { name: 'Contextual offers', exact: true }),
  ).toBeVisible();
  // Five GCSEs at 7 to 9: enough for the schools that ask for five, not for Nottingham's six.
  const topGrades = entry
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^GCSEs at grade 7, 8 or 9/ }) });
  await expect(topGrades.getByRole('heading')).toHaveText(
    'GCSEs at grade 7, 8 or 9 Meets typical offers',
  );
  await expect(topGrades).toContainText(
    'That meets what Keele and St Andrews ask for, but Nottingham asks for 6, so check each school.',
  );

  // NHS Health Careers' "minimum of six years" is explained beside higher specialty training.
  await expect(higher).toContainText(
    /Some pages, including NHS Health Careers, still say specialty training takes .a minimum of six years./,
  );
  await expect(higher.getByRole('link', { name: 'Where sources disagree' })).toHaveAttribute(
    'href',
    '/sources#conflict-specialty-training-length',
  );
  await axe();

  // Change one answer from the check page: a gateway course adds a year.
  await page.getByRole('link', { name: 'Change your answers' }).click();
  await expect(pageHeading(page, 'Check your answers')).toBeVisible();
  await page.getByRole('link', { name: 'Change route through medical school' }).click();
  await expect(page).toHaveURL(/\/questions\/medical-school-route\?return=check$/);
  await expect(page.getByRole('radio', { name: 'Standard course (5 years)' })).toBeChecked();
  await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/check-answers');
  await page.getByRole('radio', { name: 'Course with a gateway year (6 years)' }).check();
  await continueButton.click();
  await expect(pageHeading(page, 'Check your answers')).toBeVisible();
  await expect(page).toHaveURL(/\/check-answers$/);
  await expect(
    answerRow(page, 'Route through medical school').getByRole('definition').first(),
  ).toHaveText('Course with a gateway year (6 years)');
  await page.getByRole('button', { name: 'See your route' }).click();
  // CCT is four years after ST4 starts, less a day (docs/timeline-rules.md): ST4 from 1 August 2040.
  await expect(page.getByText(cctSummary('July 2044', 33))).toBeVisible();
  await expect(milestone(page, 'Certificate of Completion of Training (CCT)')).toContainText(
    '31 July 2044, age 33',
  );

  expect(externalRequests).toEqual([]);
});
