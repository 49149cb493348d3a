// The initial JavaScript is whatever dist/index.html loads before the first paint: its module
// script and every chunk it preloads. Lazy routes are measured separately.
import { existsSync, readFileSync } from 'node:fs';

const html = existsSync('dist/index.html') ? readFileSync('dist/index.html', 'utf8') : '';
const initialScripts = [
  ...html.matchAll(/<script[^>]+src="\/(assets\/[^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/(assets\/[^"]+\.js)"/g),
].map((match) => `dist/${match[1]}`);

export default [
  {
    // 79.6 kB measured on 2026-12-08 (issue 14): React DOM, React Router and the shell.
    name: 'Initial JavaScript (entry and preloaded chunks, brotli)',
    path: initialScripts.length > 0 ? initialScripts : ['dist/index.html'],
    limit: '80.5 kB',
  },
  {
    // Small shared parts (form controls, the entry checklist, plan files) are copied into each page
    // that uses them (vite.config.ts), so this is most of the route page's own code. (There has been
    // no rules-*.js chunk for some time.) 30 -> 24.5 kB (issue 14): 24.0 kB measured once the route
    // page took the CCT modules it uses by name (the percentage and date-difference helpers, 0.3 kB)
    // rather than the whole calculator from the shared CCT chunk (3 kB less there).
    name: 'Planner page, loaded on demand (page and the small parts it shares, brotli)',
    path: ['dist/assets/TimelineRoute-*.js'],
    limit: '24.5 kB',
  },
  {
    // Was 12 kB: the pay rules (about 6 kB) were in a shared chunk every content page loaded; now only
    // the pages that show them (pay, roles) do, so they count here. Then 18 -> 19.5 kB: the sources
    // only pay rules cite (about 3 kB) moved here from the catalogue every content page loaded. The
    // pay page loads less in all (scripts/pay-transfer.ts). Then 19.5 -> 17 kB (16.6 measured): the pay
    // rules' titles and notes, which the page never shows, moved to rules/pay-words.ts (issue 14).
    name: 'Pay page, loaded on demand (page, pay engine, pay rules and their sources, brotli)',
    path: ['dist/assets/PayRoute-*.js'],
    limit: '17 kB',
  },
  {
    // vite.config.ts: the timeline engine, the rules it imports and the rules registry, which every
    // page with a route loads beyond the start page. 15.7 kB measured when it was made (issue 14).
    // 16.5 -> 20.5 kB: the part-time rules (ltft.ts, 4.4 kB) moved here from the chunk the start page
    // loads; every page that needs them loads this chunk, so they cost no page anything more.
    // 20.5 -> 28.5 kB (27.9 measured): the CCT engine's core (9.6 kB), once a chunk of its own that only
    // pages loading this one loaded, joined it: one request fewer and 1.6 KiB less on each of them.
    name: 'Route engine shared by the pages with a route (planner chunk, brotli)',
    path: ['dist/assets/planner-*.js'],
    limit: '28.5 kB',
  },
  {
    // vite.config.ts: both stores with their saved-data readers (zod and the rules they check
    // against), the watch on other tabs and the saved-data notices, which every page loads straight
    // after its first render. 25.9 kB measured when the six files became one (issue 14); 26.5 kB
    // with the two-tab merges loaded with the stores again and the saved fields as zod schemas.
    name: 'Saved data, loaded by every page after its first render (saved-data chunk, brotli)',
    path: ['dist/assets/saved-data-*.js'],
    limit: '27 kB',
  },
  {
    // Recharts's BarChart without ResponsiveContainer: 93.0 kB measured (94.5 kB before issue 14).
    name: 'Pay chart, loaded as it comes near the window (Recharts, brotli)',
    path: ['dist/assets/PayChart-*.js'],
    limit: '94 kB',
  },
  {
    // Was 10 kB: the roles and pay rules it quotes (about 8 kB) were in a shared chunk every content
    // page loaded; now only the pages that show them do, so they count here. 19 -> 16 kB (15.4 measured)
    // once the pay rules it quotes came without their titles and notes (rules/pay-words.ts, issue 14).
    name: 'Roles page, loaded on demand (page, its sourced content and the rules it quotes, brotli)',
    path: ['dist/assets/RolesRoute-*.js'],
    limit: '16 kB',
  },
  {
    // One chunk since issue 14 (vite.config.ts): the notice and Workbox's window library.
    name: 'Update notice and service-worker registration, loaded after the page (brotli)',
    path: ['dist/assets/UpdateNotice-*.js'],
    limit: '3 kB',
  },
  {
    name: 'Service worker (sw.js and the Workbox runtime, brotli)',
    path: ['dist/sw.js', 'dist/workbox-*.js'],
    limit: '8 kB',
  },
  {
    name: 'QR code of the share link, loaded when asked for (uqr, brotli)',
    path: ['dist/assets/link-qr-code-*.js'],
    limit: '5 kB',
  },
  {
    // Issue 14: 20.8 kB brotli (233 kB raw) with every rule of the imported NHS.UK components, 10.0 kB
    // (84 kB raw) once the build drops the rules for classes no source file names (postcss.config.js).
    name: 'CSS (brotli)',
    path: 'dist/assets/*.css',
    limit: '10.5 kB',
  },
];
