import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { contentSecurityPolicy } from './lib/security/csp';

// Messages are compiled from ICU text at build time (next-intl's catalogue loader): the browser then formats
// them with a small runtime instead of shipping the ICU parser to every page (~9 kB gzip of first-load JS).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', precompile: true },
  },
});

// On every response. The Content-Security-Policy here has no nonce: it covers what proxy.ts does not see
// (static files) and its redirects; proxy.ts replaces it with the per-request policy on everything else.
const SECURITY_HEADERS = [
  {
    key: 'Content-Security-Policy',
    value: contentSecurityPolicy({ nonce: null, development: process.env.NODE_ENV === 'development' }),
  },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  // Several builds side by side on one checkout (parallel work, benchmarks): each names its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // PGlite loads its WASM through file URLs, argon2 is a native addon, exceljs requires its parts at run time,
  // nodemailer is plain Node (sockets, TLS) that gains nothing from bundling, pdfkit reads its font metrics
  // from files beside its code: they stay outside the bundle.
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@node-rs/argon2',
    'exceljs',
    'heic-decode',
    'nodemailer',
    'pdfkit',
    'sharp',
  ],
  // `npm test` runs tsc itself; checking again inside `next build` only costs time.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // proxy.ts makes Next buffer every request body up to this size, and cut what is beyond it: a ledger (10 MB,
  // app/api/import/ledger) and its form fields must arrive whole, so its own route can refuse or read them.
  experimental: { proxyClientMaxBodySize: '11mb' },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
