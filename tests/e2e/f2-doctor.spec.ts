import { expect, setToday, test } from './fixtures';
import { ROUTE_HEADING, TODAY, cctSummary, milestone, pageHeading } from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('an F2 doctor is asked only about themselves and core training, and sees a route from core training', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  const continueButton = page.getByRole('button', { name: 'Continue' });
  const questionsSeen: string[] = [];
  const onQuestion = async (heading: string) => {
    await expect(pageHeading(page, heading)).toBeVisible();
    questionsSeen.push(heading);
  };

  await page.goto('/');
  await page.getByRole('button', { name: 'Start now' }).click();

  await onQuestion('Where do you live or plan to train?');
  await page.getByRole('radio', { name: 'England' }).check();
  await continueButton.click();

  await onQuestion('Where are you now?');
  await page.getByRole('radio', { name: 'Foundation year 2 (F2)' }).check();
  await continueButton.click();

  await onQuestion('What is your date of birth?');
  const dateOfBirth = page.getByRole('group', { name: 'What is your date of birth?' });
  await dateOfBirth.getByLabel('Day').fill('1');
  await dateOfBirth.getByLabel('Month').fill('6');
  await dateOfBirth.getByLabel('Year').fill('2000');
  await continueButton.click();

  await onQuestion(
    'How long do you plan to take between the Foundation Programme and core training?',
  );
  await page.getByRole('radio', { name: 'None: straight into core training' }).check();
  await continueButton.click();

  await onQuestion('Which core training route?');
  await page.getByRole('radio', { name: 'Internal Medicine Training (IMT), 3 years' }).check();
  await continueButton.click();

  await expect(pageHeading(page, 'Check your answers')).toBeVisible();
  expect(questionsSeen).toEqual([
    'Where do you live or plan to train?',
    'Where are you now?',
    'What is your date of birth?',
    'How long do you plan to take between the Foundation Programme and core training?',
    'Which core training route?',
  ]);
  // No GCSE, A-level or medical school questions, here or on the check page.
  await expect(page.getByRole('term')).toHaveText([
    'Where you live or plan to train',
    'Where you are now',
    'Date of birth',
    'Time between Foundation and core training',
    'Core training route',
  ]);
  await expect(page.getByRole('main')).not.toContainText(/GCSE|medical school|A-level/i);

  // Questions that do not apply cannot be reached by address either.
  await page.goto('/questions/gcse-grades');
  await expect(pageHeading(page, 'Check your answers')).toBeVisible();
  await expect(page).toHaveURL(/\/check-answers$/);

  await page.getByRole('button', { name: 'See your route' }).click();
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText(cctSummary('August 2034', 34))).toBeVisible();

  const glance = page.getByRole('navigation', { name: 'Your route at a glance' });
  await expect(glance.getByRole('link')).toHaveText([
    /^Foundation Programme \(F1 and F2\), .*\(you are here\)$/,
    'Core training: Internal Medicine Training (IMT), 2027 to 2030',
    'Higher specialty training (ST4 to ST7), 2030 to 2034',
    'Consultant in palliative medicine, from 2034',
  ]);
  await expect(milestone(page, 'Start Internal Medicine Training (IMT)')).toContainText(
    'August 2027, age 27',
  );
  await expect(milestone(page, 'Certificate of Completion of Training (CCT)')).toContainText(
    'August 2034, age 34',
  );
  await expect(page.getByRole('heading', { name: 'UCAS deadline for medicine' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Getting into medical school' })).toHaveCount(0);
  await expectNoAxeViolations();

  expect(externalRequests).toEqual([]);
});
