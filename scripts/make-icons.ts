/**
 * Draws the app icons the web app manifest needs (PNG, 192 and 512 pixels, and a 512 pixel maskable
 * one) from public/favicon.svg, using the Chromium the browser tests already use. Run it again only
 * when the icon changes, and commit the PNGs:
 *
 *   npx tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');

/** The same mark on a full-bleed square, inside the middle 60 %: launchers may crop a maskable icon to a circle. */
const maskableSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#005eb8"/><g transform="translate(6.4 6.4) scale(0.6)">${svg}</g></svg>`;

const icons = [
  { file: 'pwa-192x192.png', size: 192, source: svg },
  { file: 'pwa-512x512.png', size: 512, source: svg },
  { file: 'maskable-512x512.png', size: 512, source: maskableSvg },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${icon.source}`,
    );
    await page.screenshot({
      path: new URL(`../public/${icon.file}`, import.meta.url).pathname,
      omitBackground: true,
    });
    await page.close();
    console.log(`public/${icon.file}`);
  }
} finally {
  await browser.close();
}
