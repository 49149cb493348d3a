import type { Page } from '@playwright/test';
import { expect, setToday, test } from './fixtures';
import {
  F2_ANSWERS,
  ROUTE_HEADING,
  TODAY,
  YEAR_11_ANSWERS,
  cctSummary,
  pageHeading,
  savedPlansJson,
  seedSavedPlans,
} from './helpers';

const PRINT_BUTTON = 'Print or save as PDF';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

/** The Year 11 journey's plan, open, and a copy of it through ACCS-IM to compare it with. */
async function seedYear11Plans(page: Page): Promise<void> {
  await seedSavedPlans(
    page,
    savedPlansJson([
      { id: 'plan-year-11', name: 'Year 11 plan', answers: YEAR_11_ANSWERS },
      {
        id: 'plan-accs',
        name: 'ACCS-IM plan',
        answers: { ...YEAR_11_ANSWERS, coreRoute: 'accs-im' },
      },
    ]),
  );
}

/** The pages in a PDF: one "/Type /Page" object each (the page tree itself is "/Type /Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Counts calls to window.print instead of opening the print dialog. */
async function countPrintCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = window as Window & { printCalls?: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls = (counted.printCalls ?? 0) + 1;
    };
  });
}

async function printCalls(page: Page): Promise<number> {
  return page.evaluate(() => (window as Window & { printCalls?: number }).printCalls ?? 0);
}

/** What a link's printed text is followed by: nhsuk-frontend's print styles add its address. */
async function printedAfterLinks(page: Page): Promise<string[]> {
  return page
    .locator('a[href]')
    .evaluateAll((links) => [
      ...new Set(links.map((link) => getComputedStyle(link, '::after').content)),
    ]);
}

test('a printed route keeps the dates and the planning-aid notice, without the navigation', async ({
  page,
}) => {
  await seedYear11Plans(page);
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
  const printed = page.getByRole('article', { name: ROUTE_HEADING });
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  await expect(printed.getByText(cctSummary('August 2043', 32))).toBeVisible();
  await expect(page.getByText('This is an independent planning tool')).toBeVisible();
  await expect(
    printed.getByRole('columnheader', { name: /^Higher specialty training \(ST4 to ST7\)/ }),
  ).toBeVisible();
});

test('the route prints as a summary on at most two sheets of A4, with key dates, ages and numbered sources', async ({
  page,
  expectNoAxeViolations,
}) => {
  await seedYear11Plans(page);
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();
  // On screen the route is long: every step, with its explanation and sources.
  await expect(page.getByRole('heading', { name: 'Every step, with dates' })).toBeVisible();

  // Printed from the button: afterwards, focus is where it was.
  const printButton = page.getByRole('button', { name: PRINT_BUTTON });
  await printButton.focus();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
  expect(pdfPageCount(pdf), 'A4 pages in the printed route').toBeLessThanOrEqual(2);
  await expect(printButton).toBeFocused();

  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('article', { name: ROUTE_HEADING });
  await expect(printed).toBeVisible();
  await expect(printed).toContainText('Year 11 plan');
  // The app's today (the clock is fixed to TODAY), not a date written into the page.
  await expect(printed).toContainText('Printed on 25 November 2026.');
  await expect(printed.getByText(cctSummary('August 2043', 32))).toBeVisible();
  await expect(page.getByText('This is an independent planning tool')).toBeVisible();

  const keyDates = printed.getByRole('table', { name: 'Key dates' });
  await expect(keyDates.getByRole('columnheader', { name: 'Age' })).toBeVisible();
  const ucas = keyDates.getByRole('row', { name: /^UCAS deadline for medicine/ });
  await expect(ucas.getByRole('cell').nth(0)).toHaveText('16 October 2028 (estimate)');
  await expect(ucas.getByRole('cell').nth(1)).toHaveText('17');
  const cct = keyDates.getByRole('row', { name: /^Certificate of Completion of Training/ });
  await expect(cct.getByRole('cell').nth(1)).toHaveText('32');

  await expect(
    printed
      .getByRole('table', { name: 'Entry requirements' })
      .getByRole('row', { name: /^A-level grades/ }),
  ).toContainText('Below typical offers.');

  // Each note a row cites is numbered at the end, with its title and the date it was checked.
  const notes = printed.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  const cited = (await ucas.getByRole('cell').nth(2).innerText()).split(', ').map(Number);
  expect(cited.length).toBeGreaterThan(0);
  for (const number of cited) {
    await expect(notes.nth(number - 1)).toHaveAttribute('value', String(number));
    await expect(notes.nth(number - 1)).toContainText(/, checked \d{1,2} [A-Z][a-z]+ 20\d\d/);
  }
  await expect(notes.filter({ hasText: 'UCAS: Application deadlines' })).toHaveCount(1);

  // Nothing to press or follow on paper, and no link addresses spelled out.
  await expect(printButton).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Send this plan as a link' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Every step, with dates' })).toBeHidden();
  expect(await printedAfterLinks(page)).toEqual(['none']);
  // The whole width of the sheet, not two thirds of it.
  const widths = await page.evaluate(() => ({
    summary: document.querySelector('.app-print-summary')?.getBoundingClientRect().width ?? 0,
    main: document.querySelector('main')?.getBoundingClientRect().width ?? 0,
  }));
  expect(widths.summary).toBeGreaterThan(widths.main * 0.95);

  // A PDF saved from it keeps the summary's headings and tables for screen readers.
  await expectNoAxeViolations();

  // Back on screen, the route is as it was.
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Every step, with dates' })).toBeVisible();
});

test('the print button on the route, pay and compare pages opens the print dialog', async ({
  page,
}) => {
  await seedYear11Plans(page);
  await countPrintCalls(page);
  await page.goto('/your-route');
  await page.getByRole('button', { name: PRINT_BUTTON }).click();
  expect(await printCalls(page)).toBe(1);

  await page.getByRole('link', { name: 'What you could earn each year' }).click();
  await expect(pageHeading(page, 'What you could earn')).toBeVisible();
  await page.getByRole('button', { name: PRINT_BUTTON }).click();
  expect(await printCalls(page)).toBe(2);

  // A new page load: the count starts again.
  await page.goto('/plans/compare');
  await expect(pageHeading(page, 'Compare two plans')).toBeVisible();
  await page.getByRole('button', { name: PRINT_BUTTON }).click();
  expect(await printCalls(page)).toBe(1);
});

test('a printed comparison keeps the table, without the form or buttons', async ({ page }) => {
  await seedYear11Plans(page);
  await page.goto('/plans/compare');
  const buttons = page.locator('main .nhsuk-button');
  await expect(buttons.first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'First plan' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const button of await buttons.all()) await expect(button).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'First plan' })).toBeHidden();
  const table = page.getByRole('table', { name: 'Key dates in Year 11 plan and ACCS-IM plan' });
  await expect(table).toBeVisible();
  await expectFullWidth(page, table);
  expect(await printedAfterLinks(page)).toEqual(['none']);
});

test('printed pay keeps the table at full width, without the navigation or buttons', async ({
  page,
}) => {
  await seedYear11Plans(page);
  await page.goto('/pay');
  await expect(pageHeading(page, 'What you could earn')).toBeVisible();
  await expect(page.getByRole('button', { name: PRINT_BUTTON })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('button', { name: PRINT_BUTTON })).toBeHidden();
  const table = page.getByRole('table', { name: 'Basic pay by financial year' });
  await expect(table).toBeVisible();
  await expectFullWidth(page, table);
  expect(await printedAfterLinks(page)).toEqual(['none']);
});

test('a printed part-time result keeps the CCT date and working, without buttons or change links', async ({
  page,
}) => {
  await countPrintCalls(page);
  await seedSavedPlans(
    page,
    savedPlansJson([
      {
        id: 'plan-f2',
        name: 'F2 plan',
        answers: {
          ...F2_ANSWERS,
          changes: [{ id: 'p1', kind: 'ltft', start: '2030-08-07', end: null, wte: 0.6 }],
        },
      },
    ]),
  );
  await page.goto('/part-time/plan');
  await expect(pageHeading(page, 'Part-time training and time out')).toBeVisible();
  const headline = page.getByRole('heading', { name: /^Your provisional CCT date/ });
  await expect(headline).toBeVisible();
  await page.getByRole('button', { name: PRINT_BUTTON }).click();
  expect(await printCalls(page)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(headline).toBeVisible();
  const working = page.getByRole('table', { name: /^The working/ });
  await expect(working).toBeVisible();
  await expectFullWidth(page, working);
  for (const button of await page.locator('main .nhsuk-button').all())
    await expect(button).toBeHidden();
  await expect(page.getByRole('link', { name: /^Change/ }).first()).toBeHidden();
  expect(await printedAfterLinks(page)).toEqual(['none']);
});

/** A table printed across the page's content width, not squeezed into a column. */
async function expectFullWidth(page: Page, table: ReturnType<Page['getByRole']>): Promise<void> {
  const tableBox = await table.boundingBox();
  const mainBox = await page.locator('main').boundingBox();
  expect(tableBox?.width ?? 0).toBeGreaterThan((mainBox?.width ?? Infinity) * 0.95);
}
