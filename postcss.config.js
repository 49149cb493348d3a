// Vite runs this PostCSS step on the compiled src/styles/main.scss (issue 14). main.scss imports only
// the NHS.UK frontend components the app uses, but each brings every variant of itself (care cards,
// reverse buttons, every spacing utility...), and nhsuk-frontend has no finer imports than that:
// most of those rules could match nothing on any page. PurgeCSS removes them from the build.
import { fileURLToPath } from 'node:url';
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The build drops a rule only when a selector names an `nhsuk-` class that no source file mentions,
 * so it cannot apply to any page. Elements, attributes (`[aria-current=page]`, set by React Router),
 * the app's own `app-` classes and ids are never a reason to drop a rule. Classes the app builds in
 * template strings are kept in full: `nhsuk-tag--${colour}`, `nhsuk-label--${size}` and
 * `nhsuk-input--width-${width}`. The app does not load nhsuk-frontend's JavaScript, so no class comes
 * from there. The dev server keeps every rule, so a class added while it runs works at once.
 */
const purgeUnusedNhsukRules = purgeCSSPlugin({
  content: [`${root}index.html`, `${root}src/**/*.{ts,tsx}`],
  skippedContentGlobs: [`${root}src/**/*.test.{ts,tsx}`],
  safelist: {
    standard: [/^(?!nhsuk-)/, /^nhsuk-tag--/, /^nhsuk-label--/, /^nhsuk-input--width-/],
  },
});

export default (ctx) => ({
  plugins: ctx.env === 'production' ? [purgeUnusedNhsukRules] : [],
});
