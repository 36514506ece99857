import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema and committed; both drivers (pg and PGlite) apply the same files.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
