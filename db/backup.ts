import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import type { Db, DbHandle } from './types';

const run = promisify(execFile);

// Backups: PostgreSQL with its own tools (a custom-format pg_dump, restored by pg_restore); the embedded
// database as a dump of its data folder. Either restores into an empty database, and the row counts and
// per-table checksums say whether it came back whole.

export async function backupPostgres(url: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`]);
}

export async function restorePostgres(file: string, url: string): Promise<void> {
  await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${url}`, file]);
}

/** The embedded database's data folder as one gzipped tarball. Never while the app has the folder open. */
export async function backupPglite(handle: DbHandle, file: string): Promise<void> {
  if (!handle.pglite) throw new Error('not an embedded database');
  const dump = await handle.pglite.dumpDataDir('gzip');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}

/** Restores into a new, empty folder (refuses one that holds anything: that would be someone's data). */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  if (readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty`);
  const client = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  await client.close();
}

const TABLES = (Object.values(schema) as unknown[]).filter((t): t is PgTable => is(t, PgTable));

/** Per table: its row count and an md5 over all its rows in a stable order. */
export async function tableChecksums(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const table of TABLES.map((t) => getTableName(t)).sort()) {
    const t = sql.identifier(table);
    const result = await db.execute<{ rows: number; md5: string }>(
      sql`select count(*)::int as rows, coalesce(md5(string_agg(r::text, '|' order by r::text)), '') as md5 from ${t} r`,
    );
    const row = (result as unknown as { rows: { rows: number; md5: string }[] }).rows[0];
    out[table] = { rows: Number(row?.rows ?? 0), md5: row?.md5 ?? '' };
  }
  return out;
}

export function defaultBackupFile(driver: 'pg' | 'pglite'): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return path.resolve('.data', 'backups', `key-projects-${stamp}.${driver === 'pg' ? 'dump' : 'tar.gz'}`);
}
