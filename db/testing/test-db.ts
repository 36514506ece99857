import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { asc, eq, gt, max } from 'drizzle-orm';
import { Client } from 'pg';
import { inject } from 'vitest';
import type { SessionIdentity } from '@/lib/auth/viewer';
import { openPglite, openPostgres } from '../drivers';
import { auditLog, users } from '../schema';
import type { Db, DbHandle } from '../types';
import { withDatabase } from './local-only';

/**
 * A fresh copy of the seeded template for one test: PostgreSQL when DATABASE_URL is set, else PGlite.
 * Close it when done (afterEach), so no instance or database is left behind.
 */
export async function openTestDb(): Promise<DbHandle> {
  const template = inject('dbTemplate');
  const url = process.env.DATABASE_URL;
  if (!url) return openPglite({ loadDataDir: new Blob([readFileSync(template)]) });

  const name = `kp_test_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const handle = openPostgres(withDatabase(url, name));
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = new Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export async function userIdOf(db: Db, username: string): Promise<number> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no demo user ${username}`);
  return row.id;
}

/** A session as the user would have it after signing in now: their id and the current epoch. */
export async function sessionOf(db: Db, username: string): Promise<SessionIdentity> {
  const [row] = await db
    .select({ userId: users.id, epoch: users.sessionEpoch })
    .from(users)
    .where(eq(users.username, username));
  if (!row) throw new Error(`no demo user ${username}`);
  return row;
}

/**
 * The last audit row the seeded template holds (the demo's own history: plan approvals and changes). What a
 * test writes comes after it.
 */
export async function auditMark(db: Db): Promise<number> {
  const [row] = await db.select({ last: max(auditLog.id) }).from(auditLog);
  return row?.last ?? 0;
}

/** The audit rows written since `mark`, oldest first. */
export function auditAfter(db: Db, mark: number) {
  return db.select().from(auditLog).where(gt(auditLog.id, mark)).orderBy(asc(auditLog.id));
}
