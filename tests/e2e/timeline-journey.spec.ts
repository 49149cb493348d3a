import { expect, setToday, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await setToday(page, '2026-11-25');
});

test('a Year 11 pupil goes from the start page to a dated route to consultant', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Plan your route into palliative medicine');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Plan your route into palliative medicine' }),
  ).toBeVisible();
  await expect(page.getByText('Nothing you enter leaves your device.').first()).toBeVisible();
  await expectNoAxeViolations();

  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Your route to consultant in palliative medicine',
    }),
  ).toBeVisible();
  await expectNoAxeViolations();

  const dateOfBirth = page.getByRole('group', { name: 'What is your date of birth?' });
  await dateOfBirth.getByLabel('Day').fill('14');
  await dateOfBirth.getByLabel('Month').fill('3');
  await dateOfBirth.getByLabel('Year').fill('2011');
  await page.getByRole('radio', { name: 'At school' }).check();
  await page.getByLabel('Which school year are you in?').selectOption('11');
  await page.getByRole('radio', { name: /^Standard course/ }).check();
  await page.getByRole('button', { name: 'Show my route' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Your route' })).toBeFocused();
  await expect(
    page.getByText(
      'You could become a consultant in palliative medicine in August 2043, aged 32, at the earliest.',
    ),
  ).toBeVisible();

  const ucas = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'UCAS deadline for medicine' }) });
  await expect(ucas).toContainText('15 October 2028, age 17');
  await expect(ucas).toContainText('Estimate');
  await expect(ucas.getByRole('link', { name: /UCAS: Application deadlines/ })).toHaveAttribute(
    'href',
    /ucas\.com/,
  );
  await expect(ucas).toContainText('checked 24 November 2026');

  const cct = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Certificate of Completion of Training (CCT)' }),
  });
  await expect(cct).toContainText('2 August 2043, age 32');
  await expect(page.getByText(/still say specialty training takes/)).toBeVisible();
  await expectNoAxeViolations();

  expect(externalRequests).toEqual([]);
});

test('an ST5 doctor sees a route that starts from specialty training, not from school', async ({
  page,
}) => {
  await page.goto('/plan');
  const dateOfBirth = page.getByRole('group', { name: 'What is your date of birth?' });
  await dateOfBirth.getByLabel('Day').fill('2');
  await dateOfBirth.getByLabel('Month').fill('June');
  await dateOfBirth.getByLabel('Year').fill('1993');
  await page.getByRole('radio', { name: 'Specialty training in palliative medicine' }).check();
  await page.getByLabel('Which specialty training year are you in?').selectOption('5');
  await page.getByRole('button', { name: 'Show my route' }).click();

  await expect(
    page.getByText(/You could become a consultant in palliative medicine in August 2029, aged 36/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'UCAS deadline for medicine' })).toHaveCount(0);
  const st4 = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Start ST4 in palliative medicine' }) });
  await expect(st4).toContainText('Done');
});

test('answers that cannot be used get an error summary and inline messages', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/plan');
  await page.getByRole('button', { name: 'Show my route' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary.getByRole('link', { name: 'Enter date of birth' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Select where you are now' })).toBeVisible();
  await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
  await expectNoAxeViolations();

  await summary.getByRole('link', { name: 'Select where you are now' }).click();
  await expect(page.getByRole('radio', { name: 'At school' })).toBeFocused();

  const dateOfBirth = page.getByRole('group', { name: 'What is your date of birth?' });
  await dateOfBirth.getByLabel('Day').fill('30');
  await dateOfBirth.getByLabel('Month').fill('2');
  await dateOfBirth.getByLabel('Year').fill('2010');
  await page.getByRole('radio', { name: 'Consultant' }).check();
  await page.getByRole('button', { name: 'Show my route' }).click();
  await expect(
    summary.getByRole('link', { name: 'Date of birth must be a real date' }),
  ).toBeVisible();
  await expect(dateOfBirth).toContainText('Error: Date of birth must be a real date');
  // What was typed stays in the boxes so it can be corrected.
  await expect(dateOfBirth.getByLabel('Day')).toHaveValue('30');
  await expectNoAxeViolations();

  await dateOfBirth.getByLabel('Day').fill('1');
  await dateOfBirth.getByLabel('Month').fill('1');
  await dateOfBirth.getByLabel('Year').fill('2020');
  await page.getByRole('button', { name: 'Show my route' }).click();
  await expect(summary).toContainText('Date of birth must be for someone aged 13 or over');
  await expectNoAxeViolations();
});

test('the sources page lists every source with its checked-on date and explains the conflicts', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/sources');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sources and where they disagree' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /minimum of six years/ })).toBeVisible();
  await expect(
    page.getByText(/at least 7 years after Foundation through IMT, or 8 through ACCS-IM/),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'UCAS: Application deadlines' })).toBeVisible();
  await expect(page.getByText(/checked 24 November 2026/).first()).toBeVisible();
  await expectNoAxeViolations();
});

test('an unknown address shows a page not found message', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations();
});
