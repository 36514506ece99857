import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // 'server-only' throws outside React Server Components; tests import server modules directly.
      'server-only': path.join(root, 'db/testing/empty-module.ts'),
    },
  },
  test: {
    // Both cores: each db test file opens its own database copy, so files do not share state. Vitest's
    // default (cores - 1) left one core idle in CI.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'db/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.pg.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          // *.pg.test.ts need a PostgreSQL server (several connections, killing one): only with DATABASE_URL.
          include: ['**/*.db.test.ts', ...(process.env.DATABASE_URL ? ['**/*.pg.test.ts'] : [])],
          exclude: ['node_modules/**', '.next/**'],
          globalSetup: ['db/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
