import type { Locator, Page } from '@playwright/test';
import { expect, setToday, test } from './fixtures';
import { TODAY, expectHeadingFocused, pageHeading, tabTo } from './helpers';

test.beforeEach(async ({ page }) => {
  await setToday(page, TODAY);
});

/** Types a date into the focused day box, then the month and year boxes, moving on with Tab. */
async function typeDate(page: Page, group: Locator, day: string, month: string, year: string) {
  await tabTo(page, group.getByLabel('Day'), 10);
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await expect(group.getByLabel('Month')).toBeFocused();
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await expect(group.getByLabel('Year')).toBeFocused();
  await page.keyboard.type(year);
}

// Keyboard only: no click(), check(), fill() or selectOption() anywhere in this file.
test('an ST5 doctor works out a new CCT date at 60% using only the keyboard', async ({ page }) => {
  const keyboard = page.keyboard;
  const arriveAt = async (heading: string) => {
    await expect(pageHeading(page, heading)).toBeVisible();
    await expectHeadingFocused(page);
  };
  const pressButton = async (name: string) => {
    await tabTo(page, page.getByRole('button', { name }));
    await keyboard.press('Enter');
  };

  await page.goto('/part-time');
  await expect(pageHeading(page, 'Part-time training and time out')).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Work out a new CCT date' }));
  await keyboard.press('Enter');

  await arriveAt('Where do you train?');
  const england = page.getByRole('radio', { name: 'England' });
  await tabTo(page, england, 10);
  await keyboard.press('Space');
  await expect(england).toBeChecked();
  await pressButton('Continue');

  await arriveAt('What stage of training are you in?');
  await tabTo(page, page.getByRole('radio', { name: 'Foundation year 1 (F1)' }), 10);
  for (let press = 0; press < 4; press += 1) await keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'ST5' })).toBeChecked();
  await pressButton('Continue');

  await arriveAt('How much training do you have left?');
  const knowDate = page.getByRole('radio', { name: 'I know my current CCT date' });
  await tabTo(page, knowDate, 10);
  await keyboard.press('Space');
  await expect(knowDate).toBeChecked();
  await typeDate(page, page.getByRole('group', { name: 'Current CCT date' }), '5', '8', '2029');
  // Enter in a text box submits the form.
  await keyboard.press('Enter');

  await arriveAt('What percentage of full time do you work now?');
  const fullTime = page.getByRole('radio', { name: 'Full time (100%)' });
  await tabTo(page, fullTime, 10);
  await keyboard.press('Space');
  await expect(fullTime).toBeChecked();
  await pressButton('Continue');

  await arriveAt('Your new CCT date');
  await tabTo(page, page.getByRole('link', { name: 'Add a period' }));
  await keyboard.press('Enter');

  await arriveAt('What kind of period is it?');
  const ltft = page.getByRole('radio', { name: 'Less than full time training' });
  await tabTo(page, ltft, 10);
  await keyboard.press('Space');
  await expect(ltft).toBeChecked();
  await pressButton('Continue');

  await arriveAt('Less than full time training');
  await tabTo(page, page.getByRole('radio', { name: '80%' }));
  await keyboard.press('ArrowDown');
  await keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '60%' })).toBeChecked();
  await typeDate(page, page.getByRole('group', { name: 'When does it start?' }), '4', '8', '2027');
  const untilTheEnd = page.getByRole('radio', { name: 'Until I finish training' });
  await tabTo(page, untilTheEnd, 5);
  await keyboard.press('Space');
  await expect(untilTheEnd).toBeChecked();
  await pressButton('Save period');

  await arriveAt('Your new CCT date');
  await expect(
    page.getByRole('heading', { name: 'Your provisional CCT date: 7 December 2030' }),
  ).toBeVisible();
  await expect(
    page.getByText('16 months and 2 days later than your current CCT date, 5 August 2029.'),
  ).toBeVisible();

  // The new period can be changed from the keyboard too.
  await tabTo(page, page.getByRole('link', { name: 'Change Less than full time training at 60%' }));
  await keyboard.press('Enter');
  await arriveAt('Less than full time training');
  await expect(page.getByRole('radio', { name: '60%' })).toBeChecked();
  await expect(untilTheEnd).toBeChecked();
});
