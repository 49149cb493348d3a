import type { Plugin } from 'vite';

/**
 * The Content Security Policy the built app ships with, one directive per entry. Everything comes from
 * the app's own origin: no inline or eval script, no third-party request of any kind.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // Only the app's own stylesheet. React (and Recharts, rendering through React) sets `style` props
  // through the CSSOM (element.style), which CSP does not govern, so 'unsafe-inline' is not needed.
  ['style-src', "'self'"],
  // data: for the small NHS.UK icons that the build inlines into the stylesheet.
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  // The app has no <base> element, so none may be added to send its links elsewhere.
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['object-src', "'none'"],
];

/** The policy as the built index.html carries it in a meta tag. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join(
  '; ',
);

/** The same policy sent as a header, which can also forbid framing (a meta tag cannot). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * Browser features the app never uses, switched off for it and anything it could be made to load.
 * Each is a name Chromium knows: it reports an unknown one in the console (Chromium 150 does for
 * bluetooth; csp.spec.ts checks). The clipboard stays allowed: the share link can be copied.
 */
export const FEATURES_DENIED: readonly string[] = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

export const PERMISSIONS_POLICY = FEATURES_DENIED.map((feature) => `${feature}=()`).join(', ');

/** Headers for every address, as static hosts (Netlify, Cloudflare Pages) read them from _headers. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

/** The _headers file (Netlify and Cloudflare Pages format): the security headers for every path. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}

const CHARSET_TAG = /<meta charset="UTF-8" \/>/i;

/**
 * Adds the policy to the built index.html (straight after the charset, before any script) and writes
 * _headers beside it. Build only: the dev server's React refresh needs an inline script.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'pathway-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET_TAG.test(html)) {
          throw new Error('index.html has no <meta charset="UTF-8" /> to put the policy after');
        }
        return html.replace(
          CHARSET_TAG,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
