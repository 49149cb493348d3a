import { readFile } from 'node:fs/promises';
import { expect, setToday, test } from './fixtures';
import {
  F2_ANSWERS,
  ROUTE_HEADING,
  TODAY,
  pageHeading,
  savedPlansJson,
  seedSavedPlans,
  tabTo,
} from './helpers';

/** Unfolds an iCalendar file's lines (a line starting with a space continues the one before). */
function unfoldedLines(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

test('an F2 doctor saves the dates still to come as a calendar file, by keyboard, and nothing leaves the browser', async ({
  page,
  expectNoAxeViolations,
  externalRequests,
}) => {
  await setToday(page, TODAY);
  await seedSavedPlans(
    page,
    savedPlansJson([{ id: 'plan-f2', name: 'F2 plan', answers: F2_ANSWERS }]),
  );
  await page.goto('/your-route');
  await expect(pageHeading(page, ROUTE_HEADING)).toBeVisible();

  const section = page.getByRole('region', { name: 'Add the dates to your calendar' });
  const button = section.getByRole('button', { name: 'Download the dates as a calendar file' });
  await tabTo(page, button, 200);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('pathway-plan-f2-plan-2026-11-25.ics');
  const lines = unfoldedLines(await readFile(await download.path(), 'utf8'));

  // F1 and F2 have started, so the file begins with the core training application round, open today.
  const summaries = lines.filter((line) => line.startsWith('SUMMARY:'));
  expect(summaries[0]).toBe('SUMMARY:Apply for IMT or ACCS-IM (estimate)');
  expect(summaries.at(-1)).toBe('SUMMARY:Certificate of Completion of Training (CCT) (estimate)');
  expect(lines).toContain('DTSTART;VALUE=DATE:20340806');
  expect(lines.some((line) => line.startsWith('DESCRIPTION:When: 6 August 2034.'))).toBe(true);

  await expect(section.getByRole('status')).toContainText(
    'We have made the file pathway-plan-f2-plan-2026-11-25.ics.',
  );
  await expectNoAxeViolations();
  expect(externalRequests).toEqual([]);
});
