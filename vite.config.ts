/// <reference types="vitest/config" />
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { SECURITY_HEADERS, contentSecurityPolicy } from './scripts/content-security-policy.js';

const PROJECT_FOLDER = basename(fileURLToPath(new URL('.', import.meta.url)));

/** Tests run in Node, not jsdom: the domain engine's, the JSON fixtures and the lint rules. */
const NODE_TESTS = [
  'src/domain/**/*.test.{ts,tsx}',
  'tests/fixtures/**/*.test.ts',
  'tests/lint/**/*.test.ts',
];

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Works offline after one visit: the service worker precaches every page's code, and the app
    // offers to reload when a new version is waiting (src/app/pwa). The build only: the dev server and
    // vitest get the plugin's do-nothing registration.
    VitePWA({
      registerType: 'prompt',
      // The app registers the worker itself, lazily, so none of this code is in the first chunk.
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'Pathway: plan your route into palliative medicine',
        short_name: 'Pathway',
        description:
          'A planning aid for the UK route into palliative medicine: from GCSEs to consultant, with dated steps, ages and sources.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#005eb8',
        background_color: '#ffffff',
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/maskable-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every chunk, stylesheet and icon, so every page (including lazy ones) opens offline.
        // (The manifest's PNG icons are added by the plugin itself.)
        globPatterns: ['**/*.{js,css,html,svg}'],
        // Deep links (/your-route, /plans/compare, ...) are the single-page app's index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first worker takes charge of the open page at once, so it works offline without a
        // reload. A new version still waits for "Reload to update" (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
  resolve: {
    // React Router 7's package exports point only at its development build (remix-run/react-router
    // issues #12532 and #14753), which carries dev-only warnings. Production builds use its production
    // build instead.
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // As a static host would send them from _headers, so browser tests meet the policy in full.
    headers: { ...SECURITY_HEADERS },
  },
  build: {
    target: 'es2022',
    // Report sizes without gzip: size-limit measures brotli, the figure that matters.
    reportCompressedSize: false,
    rolldownOptions: {
      // Required by experimentalInlineCommonChunks below: chunks need not keep their modules' exports.
      preserveEntrySignatures: false,
      output: {
        // Rolldown names a chunk led by index.html after its folder (the checkout's name): call it app.
        chunkFileNames: (chunk) =>
          chunk.name === PROJECT_FOLDER ? 'assets/app-[hash].js' : 'assets/[name]-[hash].js',
        assetFileNames: (asset) =>
          asset.names.includes(`${PROJECT_FOLDER}.css`)
            ? 'assets/app-[hash][extname]'
            : 'assets/[name]-[hash][extname]',
        codeSplitting: {
          // Without this a page arrived as about 20 small files (BackLink, ErrorMessage, dated-text,
          // ...), and on a slow connection a browser fetches only 6 at a time from one host. Shared
          // chunks under 40 kB (before minifying) are copied into each page that uses them instead:
          // the route page is 8 files, not 23. Modules that hold state (the stores, React contexts,
          // the plan held from a link, the print flag, the rules findable by id) are never copied, so
          // there is always one of each.
          // Everything the first page needs in one chunk (react, the router, the shell and start
          // page), not five.
          groups: [
            { name: 'app', tags: ['$initial'] },
            {
              // What every page with a route needs beyond the start page: the timeline engine, the
              // rules it imports, the rules registry and the plan's timeline. One file, not four
              // (issue 14): the pay page 20 -> 17 requests, 169.8 -> 168.6 KiB brotli. Not the CCT
              // engine or the rules the saved-plan readers import, which the start page loads. Only
              // these modules, not their imports too, so the start page gets none of it. The part-time
              // rules (ltft.ts) too: every page that imports them loads this chunk, and the saved-plan
              // reader no longer needs them (src/domain/cct/change-kinds.ts), so one request fewer.
              // The CCT engine's core (cct/calculate.ts and what it imports) too: it was a chunk of its
              // own that this one imported and that only pages loading this one loaded, so one request
              // fewer on the route, pay and part-time pages for no byte more on any page.
              name: 'planner',
              includeDependenciesRecursively: false,
              test: /[\\/]src[\\/](domain[\\/](cct[\\/](kinds|layers|types|notice|limits|messages|validate|accrual|absence-review|tis-estimate|late-cct|result-guard|calculate)\.ts|timeline[\\/]|plan[\\/](validate|stage-years)\.ts|rules[\\/](entry|foundation|other-routes|registry|sources-pay-shared|ltft)\.ts)|state[\\/]plan-timeline\.ts|ui[\\/]SourceLinks\.tsx)/,
            },
            {
              // What every page loads straight after the first render (main.tsx, Layout.tsx): both
              // stores with the saved-data readers they hold (zod, the rules the readers check
              // against), the watch on other tabs and the notices about saved data. One file, not six
              // (issue 14): a browser fetches only 6 files at a time from one host on a slow
              // connection. With their imports, as every page needs them all.
              name: 'saved-data',
              test: /[\\/]src[\\/](state[\\/](cross-tab|plans-store|part-time-store|persistence)\.ts|app[\\/]layout[\\/]StoreNotices\.tsx)$/,
            },
            {
              // The update notice and the service worker's registration (Workbox's window library),
              // which it imports when the page has loaded: one file, not two, and not one after the
              // other.
              name: 'UpdateNotice',
              test: /[\\/]src[\\/]app[\\/](layout[\\/]UpdateNotice\.tsx|pwa[\\/])|virtual:pwa-register|[\\/]node_modules[\\/]workbox-window[\\/]/,
            },
          ],
          experimentalInlineCommonChunks: {
            maxSize: 40_000,
            exclude: [
              /[\\/]src[\\/]state[\\/]/,
              /[\\/]src[\\/]features[\\/]plan-questions[\\/]question-position\.ts$/,
              /[\\/]src[\\/]features[\\/]part-time[\\/]use-period-list\.ts$/,
              /[\\/]src[\\/]features[\\/]shared-plan[\\/]held-shared-plan\.ts$/,
              /[\\/]src[\\/]ui[\\/]usePrinting\.ts$/,
              /[\\/]src[\\/]domain[\\/]rules[\\/]registry\.ts$/,
              // Rules both the saved-plan reader (src/state, never copied) and the pages import: copied
              // into both, a page would load them twice (25 kB on the pay page, issue 14).
              /[\\/]src[\\/]domain[\\/]rules[\\/](ltft|specialty|medical-school|school-years|review|checked-on)\.ts$/,
              // A route's topics and their sources, for every page that shows a route: one copy the
              // pages share, not one in each page's chunk. And the rules both they and the timeline
              // engine import, which were copied into both and so loaded twice on the route page.
              /[\\/]src[\\/]domain[\\/]rules[\\/](route-topics|sources-route|entry-requirements)\.ts$/,
              /[\\/]src[\\/]domain[\\/]rules[\\/](entry|foundation|other-routes)\.ts$/,
            ],
          },
        },
      },
    },
  },
  test: {
    globals: true,
    restoreMocks: true,
    // A component test on a loaded 2-core machine can take several seconds to load its lazy pages; a
    // test that hangs still fails, but not for being slow.
    testTimeout: 15_000,
    // Two projects, one `vitest run`: the domain engine's tests and the JSON fixtures run in plain Node,
    // which proves at test time that the engine needs no DOM and saves setting up jsdom for each of
    // their files (issue 16); everything else (components, pages, the stores over browser storage) runs
    // in jsdom with the setup file.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: NODE_TESTS },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', ...NODE_TESTS],
        },
      },
    ],
  },
}));
