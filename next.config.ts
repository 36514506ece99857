import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // PGlite loads its WASM through file URLs, argon2 is a native addon, exceljs requires its parts at run time:
  // they stay outside the bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'exceljs'],
  // `npm test` runs tsc itself; checking again inside `next build` only costs time.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
