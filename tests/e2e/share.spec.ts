import AxeBuilder from '@axe-core/playwright';
import { expect, setToday, test } from './fixtures';
import {
  PLANS_KEY,
  ROUTE_HEADING,
  TODAY,
  YEAR_11_ANSWERS,
  cctSummary,
  pageHeading,
  savedPlans,
  savedPlansJson,
  seedSavedPlans,
  storageEntries,
} from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

test('a plan sent as a link opens on another device, unsaved until saved, with the same CCT date', async ({
  page,
  browser,
  baseURL,
  expectNoAxeViolations,
  externalRequests,
}) => {
  await seedSavedPlans(
    page,
    savedPlansJson([
      {
        id: 'plan-a',
        name: 'Ayesha’s plan',
        answers: { ...YEAR_11_ANSWERS, reflections: ['communication'] },
      },
    ]),
  );
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByText(cctSummary('August 2043', 32))).toBeVisible();
  const section = page.getByRole('region', { name: 'Send this plan as a link' });
  await expect(section).toContainText('not sent to or stored on any server');
  const link = await section.getByRole('textbox', { name: 'Link to this plan' }).inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL ?? ''}/shared#v3\\.[A-Za-z0-9_-]+\\.[0-9a-f]{8}$`));
  await expectNoAxeViolations();

  // A new browser context: nothing saved, as on another computer.
  const other = await browser.newContext({ baseURL });
  const student = await other.newPage();
  await setToday(student, TODAY);
  const studentExternal: string[] = [];
  student.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin) {
      studentExternal.push(request.url());
    }
  });
  await student.goto(link);
  await expect(pageHeading(student, 'Ayesha’s plan')).toBeVisible();
  await expect(student.getByText(cctSummary('August 2043', 32))).toBeVisible();
  expect((await storageEntries(student))[PLANS_KEY]).toBeUndefined();
  // The fixture scans the first page only, so the other context's page is scanned here.
  const scan = await new AxeBuilder({ page: student }).withTags(WCAG_TAGS).analyze();
  expect(scan.violations.map((violation) => violation.id)).toEqual([]);

  await student.getByRole('button', { name: 'Save this plan on this device' }).click();
  await expect(pageHeading(student, ROUTE_HEADING)).toBeVisible();
  await expect(student.getByText('Ayesha’s plan')).toBeVisible();
  await expect(student.getByText(cctSummary('August 2043', 32))).toBeVisible();
  const saved = await savedPlans(student);
  expect(saved).toHaveLength(1);
  expect(saved[0]?.name).toBe('Ayesha’s plan');
  // The skills checklist stays with the person who sent the link.
  expect(saved[0]?.answers).toEqual(YEAR_11_ANSWERS);
  expect(studentExternal).toEqual([]);
  await other.close();
  expect(externalRequests).toEqual([]);
});

test('a changed link shows a plain problem page and leaves saved plans alone', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  const seeded = savedPlansJson([{ id: 'plan-a', name: 'My plan', answers: YEAR_11_ANSWERS }]);
  await seedSavedPlans(page, seeded);
  await page.goto('/your-route');
  const link = await page.getByRole('textbox', { name: 'Link to this plan' }).inputValue();
  const fragment = link.slice(link.indexOf('#'));
  // One character changed in the middle, as an email program or a hand edit might.
  const at = Math.floor(fragment.length / 2);
  const tampered = `${fragment.slice(0, at)}${fragment[at] === 'A' ? 'B' : 'A'}${fragment.slice(at + 1)}`;

  await page.goto(`/shared${tampered}`);
  await expect(pageHeading(page, 'There is a problem with this link')).toBeVisible();
  await expect(page.getByText('Ask the person who sent it to send it again.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Save/ })).toHaveCount(0);
  await expectNoAxeViolations();
  expect((await storageEntries(page))[PLANS_KEY]).toBe(seeded);

  await page.getByRole('link', { name: 'start a new plan' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(externalRequests).toEqual([]);
});
