import path from 'node:path';
import { zoneDateOf } from '@/lib/domain/dates';
import { migrateDatabase, openPglite, openPostgres } from './drivers';
import { isDatabaseEmpty, seedDemoData } from './seed/seed';
import type { DbHandle } from './types';

export function embeddedDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join('.data', 'pglite'));
}

/**
 * PostgreSQL when DATABASE_URL is set (migrated and seeded by explicit commands, as a real deployment is);
 * otherwise the embedded database, migrated and given the demo zone on its first start.
 */
export async function openDefaultDatabase(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgres(url);
  const handle = await openPglite({ dataDir: embeddedDataDir() });
  await migrateDatabase(handle);
  if (await isDatabaseEmpty(handle.db)) {
    await seedDemoData(handle.db, { asOf: process.env.SEED_AS_OF ?? zoneDateOf(new Date()) });
    console.log('[db] embedded database created with the demo zone at', embeddedDataDir());
  }
  return handle;
}
