/**
 * Models how long a first-time user takes to go from the start page to their route, on the Year 11
 * journey (the longest set of questions). It drives the production build in Chromium and adds up:
 * reading every visible word in the page's main content (not select options or screen-reader-only text) at a
 * reading speed,
 * 2 s for each choice, 1 s plus 3 characters a second for typing, and 1 s for each button.
 *
 *   npm run build && npx vite preview --port 4174 &   then   node scripts/first-use-time.mjs [words per minute]
 */
import { chromium } from '@playwright/test';

const wordsPerMinute = Number(process.argv[2] ?? 200);
const base = process.env.PATHWAY_URL ?? 'http://127.0.0.1:4174';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await (await browser.newContext()).newPage();
await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));

let seconds = 0;
const lines = [];
async function read(label, heading) {
  // Wait for this page's own heading, so words are never counted from the page before.
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  const words = await page.evaluate(() => {
    const main = document.querySelector('main').cloneNode(true);
    // Sighted readers do not see select options until they open them, nor text hidden for screen readers.
    main
      .querySelectorAll('option, select, .nhsuk-u-visually-hidden')
      .forEach((node) => node.remove());
    return main.innerText.split(/\s+/).filter(Boolean).length;
  });
  const reading = (words / wordsPerMinute) * 60;
  seconds += reading;
  lines.push(
    `${label.padEnd(28)} ${String(words).padStart(4)} words  ${reading.toFixed(0).padStart(3)} s`,
  );
}
const choose = async (act) => {
  await act();
  seconds += 2;
};
const type = async (locator, text) => {
  await locator.fill(text);
  seconds += 1 + text.length / 3;
};
const press = async (name) => {
  await page.getByRole('button', { name }).click();
  seconds += 1;
};

await page.goto(`${base}/`);
await read('Start page', 'Plan your route into palliative medicine');
await press('Start now');
await read('Where are you now?', 'Where are you now?');
await choose(() => page.getByRole('radio', { name: 'At school or college' }).check());
await choose(() => page.getByLabel('Which school year are you in?').selectOption('11'));
await press('Continue');
await read('Date of birth', 'What is your date of birth?');
await type(page.getByLabel('Day'), '14');
await type(page.getByLabel('Month'), '3');
await type(page.getByLabel('Year'), '2011');
await press('Continue');
await read('Nation', 'Where do you live or plan to train?');
await choose(() => page.getByRole('radio', { name: 'England' }).check());
await press('Continue');
await read('Qualifications', 'Which qualifications are you taking or have you taken?');
await choose(() => page.getByRole('radio', { name: 'A-levels' }).check());
await press('Continue');
await read('A-level grades', 'What are your A-level subjects and grades?');
for (const [row, subject, grade] of [
  [0, 'chemistry', 'A'],
  [1, 'biology', 'A'],
  [2, 'maths', 'B'],
]) {
  await choose(() => page.getByLabel('Subject').nth(row).selectOption(subject));
  await choose(() => page.getByLabel('Grade').nth(row).selectOption(grade));
}
await choose(() => page.getByRole('radio', { name: 'Predicted grades' }).check());
await press('Continue');
await read('GCSE grades', 'What are your GCSE grades?');
await choose(() => page.getByLabel('English language').selectOption('7'));
await choose(() => page.getByLabel('Maths', { exact: true }).selectOption('6'));
await press('Continue');
await read(
  'Route through medical school',
  'Which route through medical school are you thinking about?',
);
await choose(() => page.getByRole('radio', { name: /^Standard course/ }).check());
await press('Continue');
await read('Gap years', 'Do you plan to take a gap year before medical school?');
await choose(() => page.getByRole('radio', { name: 'No gap year' }).check());
await press('Continue');
await read(
  'Time before core training',
  'How long do you plan to take between the Foundation Programme and core training?',
);
await choose(() => page.getByRole('radio', { name: /^None/ }).check());
await press('Continue');
await read('Core route', 'Which core training route?');
await choose(() => page.getByRole('radio', { name: /^Internal Medicine Training/ }).check());
await press('Continue');
await read('Check your answers', 'Check your answers');
await press('See your route');
await page
  .getByRole('heading', { level: 1, name: 'Your route to consultant in palliative medicine' })
  .waitFor();
const summary = await page.getByText(/You could become a consultant/).innerText();
seconds += (summary.split(/\s+/).length / wordsPerMinute) * 60;

console.log(lines.join('\n'));
console.log(
  `Modelled first-time user at ${wordsPerMinute} words a minute: ${Math.round(seconds)} s from the start page to reading the route summary`,
);
await browser.close();
