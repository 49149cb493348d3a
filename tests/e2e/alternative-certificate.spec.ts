import { expect, setToday, test } from './fixtures';
import {
  ROUTE_HEADING,
  TODAY,
  answerRow,
  cctSummary,
  fillDate,
  milestone,
  pageHeading,
  savedPlans,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('a GP trainee chooses the Alternative Certificate and sees a route straight to ST4, with its sources and the other routes', async ({
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
  await page.getByRole('radio', { name: 'In another training programme or doctor’s job' }).check();
  await continueButton.click();

  await onQuestion('What is your date of birth?');
  await fillDate(page, 'What is your date of birth?', '10', '5', '1996');
  await continueButton.click();

  await onQuestion('How do you plan to get into palliative medicine training?');
  // Nothing chosen: the error says what to do, and axe passes on the error state too.
  await continueButton.click();
  await expect(
    page.getByRole('alert').getByRole('link', {
      name: 'Select how you plan to get into palliative medicine training',
    }),
  ).toBeVisible();
  await expectNoAxeViolations();
  await page
    .getByRole('radio', { name: 'Apply straight for ST4 with an Alternative Certificate' })
    .check();
  await continueButton.click();

  await onQuestion('Have you passed MRCP(UK)?');
  await expectNoAxeViolations();
  await page.getByRole('radio', { name: 'I have passed Part 1' }).check();
  await continueButton.click();

  await onQuestion('When do you want to start ST4?');
  // On 25 November 2026 the round for August 2027 is still open (it closes at the end of December).
  await expect(page.getByRole('radio')).toHaveCount(5);
  await expect(page.getByRole('radio').first()).toHaveAccessibleName('August 2027');
  await expectNoAxeViolations();
  await page.getByRole('radio', { name: 'August 2027' }).check();
  await continueButton.click();

  await expect(pageHeading(page, 'Check your answers')).toBeVisible();
  expect(questionsSeen).toEqual([
    'Where do you live or plan to train?',
    'Where are you now?',
    'What is your date of birth?',
    'How do you plan to get into palliative medicine training?',
    'Have you passed MRCP(UK)?',
    'When do you want to start ST4?',
  ]);
  await expect(answerRow(page, 'How you plan to reach ST4')).toContainText(
    'Straight to ST4 with an Alternative Certificate',
  );
  await expect(answerRow(page, 'MRCP\\(UK\\)')).toContainText('Part 1');
  await expect(answerRow(page, 'When you want to start ST4')).toContainText('August 2027');
  // No core training, medical school or Foundation questions for a doctor in another post.
  await expect(page.getByRole('main')).not.toContainText(/core training route|GCSE|Foundation/i);
  await expectNoAxeViolations();

  const [plan] = await savedPlans(page);
  expect(plan?.answers).toMatchObject({
    now: { stage: 'other-post' },
    st4Route: 'alternative-certificate',
    mrcp: 'part-1',
    plannedSt4Year: 2027,
  });

  await page.getByRole('button', { name: 'See your route' }).click();
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  // ST4 from 4 August 2027; the CCT the day before the fourth anniversary: 3 August 2031, aged 35.
  await expect(page.getByText(cctSummary('August 2031', 35))).toBeVisible();
  const glance = page.getByRole('navigation', { name: 'Your route at a glance' });
  await expect(glance.getByRole('link')).toHaveText([
    /^Your current post, .*\(you are here\)$/,
    'Higher specialty training (ST4 to ST7), 2027 to 2031',
    'Consultant in palliative medicine, from 2031',
  ]);
  await expect(milestone(page, 'Have your Alternative Certificate signed')).toContainText(
    'November to December 2026',
  );
  const fullMrcp = milestone(page, 'Have the full MRCP(UK) diploma');
  await expect(fullMrcp).toContainText('April 2027');
  await expect(fullMrcp.getByRole('link', { name: /MRCP\(UK\)/ }).first()).toHaveAttribute(
    'href',
    'https://www.phstrecruitment.org.uk/recruitment-process/am-i-eligible/mrcp-uk',
  );
  await expect(milestone(page, 'Start ST4 in palliative medicine')).toContainText(
    '4 August 2027, age 31',
  );
  await expect(milestone(page, 'Certificate of Completion of Training (CCT)')).toContainText(
    '3 August 2031, age 35',
  );
  await expect(
    page.getByRole('heading', { name: /^Start Internal Medicine Training/ }),
  ).toHaveCount(0);

  // The other routes in, each folded away with its sources.
  const otherRoutes = page.getByRole('region', { name: 'Other routes into palliative medicine' });
  await expect(otherRoutes).toContainText(
    'This plan goes straight to ST4 with an Alternative Certificate.',
  );
  await otherRoutes.getByText('The GMC Portfolio pathway (formerly CESR)').click();
  await expect(otherRoutes.getByText(/renamed it on 30 November 2023/)).toBeVisible();
  await otherRoutes.getByText('Standalone IMY3 posts have ended').click();
  await expect(
    otherRoutes.getByRole('link', { name: /IMT Recruitment: IMY3/ }).first(),
  ).toHaveAttribute('href', 'https://imtrecruitment.org.uk/imy3');
  await expectNoAxeViolations();

  // The roles page says the same, with the Alternative Certificate as a route Pathway plans.
  await otherRoutes.getByRole('link', { name: 'Other routes on the roles page' }).click();
  await expect(page).toHaveURL(/\/roles#other-routes$/);
  const section = page.getByRole('region', {
    name: 'Other routes into training and the Specialist Register',
  });
  await expect(
    section.getByRole('region', { name: 'Straight to ST4 with an Alternative Certificate' }),
  ).toContainText('Pathway can plan this route');
  await expect(
    section.getByRole('region', { name: 'The GMC Portfolio pathway (formerly CESR)' }),
  ).toContainText('Pathway does not date this route');
  await expectNoAxeViolations();

  expect(externalRequests).toEqual([]);
});

test('a doctor in another post without MRCP(UK) Part 1 is offered ST4 from the round that opens next', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start now' }).click();
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await page.getByRole('radio', { name: 'Wales' }).check();
  await continueButton.click();
  await page.getByRole('radio', { name: 'In another training programme or doctor’s job' }).check();
  await continueButton.click();
  await fillDate(page, 'What is your date of birth?', '20', '2', '1995');
  await continueButton.click();
  await page
    .getByRole('radio', { name: 'Apply straight for ST4 with an Alternative Certificate' })
    .check();
  await continueButton.click();
  await page.getByRole('radio', { name: 'Not yet' }).check();
  await continueButton.click();

  await expect(pageHeading(page, 'When do you want to start ST4?')).toBeVisible();
  // The August 2027 round opened on 1 November 2026, before Part 1 could be passed.
  await expect(page.getByRole('radio').first()).toHaveAccessibleName('August 2028');
  await page.getByRole('radio', { name: 'August 2028' }).check();
  await continueButton.click();
  await page.getByRole('button', { name: 'See your route' }).click();

  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(milestone(page, 'Pass MRCP(UK) Part 1')).toContainText('November to December 2027');
  await expect(milestone(page, 'Start ST4 in palliative medicine')).toContainText(
    '2 August 2028, age 33',
  );
  await expect(page.getByText(cctSummary('August 2032', 37))).toBeVisible();
  await expectNoAxeViolations();
});
