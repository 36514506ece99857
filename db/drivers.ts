import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import { fillMissingPinyin } from './name-pinyin';
import { queryLogger } from './query-log';
import * as schema from './schema';
import type { Db, DbHandle } from './types';

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** Statements that run longer than this are cancelled, so one slow query cannot hold a connection for good. */
const STATEMENT_TIMEOUT_MS = 15_000;

export function openPostgres(connectionString: string): DbHandle {
  const pool = new Pool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    statement_timeout: STATEMENT_TIMEOUT_MS,
    // No JIT: the planner's cost of a report over 500 projects passes jit_above_cost, and compiling then takes
    // longer (~30 ms) than running the query does (~25 ms). Requests are short; JIT pays only in analytics.
    options: '-c jit=off',
    // Which process holds a connection, in pg_stat_activity: with one worker per core (server.mjs), several.
    application_name: `key-projects/${process.pid}`,
  });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', (err) => console.error('[db] idle client error:', err.message));
  // A connection lost while in use must fail its query (the action answers with a clean error), not crash the
  // process with an unhandled 'error' event; the pool then opens a new one.
  pool.on('connect', (client) =>
    client.on('error', (err) => console.error('[db] connection lost:', err.message)),
  );
  const db = drizzlePg(pool, { schema, logger: queryLogger() }) as unknown as Db;
  return {
    db,
    driver: 'pg',
    url: connectionString,
    async close() {
      await pool.end();
    },
  };
}

/** Embedded PostgreSQL (WASM). One process per data folder: PGlite has no lock between processes. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<DbHandle> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // pg_trgm: the search's trigram indexes (migration 0012), the same as on PostgreSQL.
  const client = await PGlite.create(options.dataDir, {
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
  });
  const db = drizzlePglite(client, { schema, logger: queryLogger() }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    pglite: client,
    async close() {
      await client.close();
    },
  };
}

export async function migrateDatabase(handle: DbHandle): Promise<void> {
  if (handle.driver === 'pg') {
    await migratePg(handle.db as never, { migrationsFolder });
  } else {
    await migratePglite(handle.db as never, { migrationsFolder });
  }
  // Names written before the search's pinyin table existed (and by hand) get their keys here.
  await fillMissingPinyin(handle.db);
}
