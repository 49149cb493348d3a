import { expect, setToday, test } from './fixtures';
import { TODAY, pageHeading } from './helpers';

test('a part-time page says when another tab changed or cleared the part-time answers', async ({
  page,
  context,
  expectNoAxeViolations,
}) => {
  await setToday(page, TODAY);
  await page.goto('/part-time');
  await expect(pageHeading(page, 'Part-time training and time out')).toBeVisible();

  const otherTab = await context.newPage();
  await otherTab.goto('/');
  await otherTab.evaluate(() =>
    window.localStorage.setItem(
      'pathway-part-time',
      JSON.stringify({
        state: {
          calculator: { answers: { stage: 'st5' }, changes: [] },
          scenarios: {},
        },
        version: 1,
      }),
    ),
  );
  const banner = page.getByRole('region', { name: 'Important' });
  await expect(banner).toContainText('changed in another tab or window');
  await expectNoAxeViolations();
  await banner.getByRole('button', { name: 'Hide this message' }).click();
  await expect(banner).toBeHidden();

  await otherTab.evaluate(() => window.localStorage.removeItem('pathway-part-time'));
  await expect(banner).toContainText('cleared in another tab or window');
});
