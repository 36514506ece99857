import { availableParallelism } from 'node:os';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '@/db/testing/test-db';
import type { DbHandle } from '@/db/types';
import { type RunningApp, signIn, startBuiltApp } from '@/lib/testing/app-server';

// server.mjs on PostgreSQL with two workers (WEB_CONCURRENCY=2): one port, each new connection handed to the
// next worker. A session signed by one worker is good on the other, a write made through one is read through
// the other, and both really serve (each worker's pool names its process in pg_stat_activity).

let handle: DbHandle;
let app: RunningApp;
let cookie: string;

beforeAll(async () => {
  handle = await openTestDb();
  app = await startBuiltApp({ url: handle.url ?? '' }, { workers: 2 });
  cookie = await signIn(app.url, 'duban');
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await handle?.close();
});

/** A request on a connection of its own, so that the next one goes to the other worker. */
const fresh = (path: string) =>
  fetch(`${app.url}${path}`, { headers: { cookie, connection: 'close' }, redirect: 'manual' });

/** App processes holding connections to the test's database (this test's own process aside). */
const workersSeen = async () => {
  const result = await handle.db.execute(sql`select count(distinct application_name)::int as n
    from pg_stat_activity where datname = current_database() and application_name like 'key-projects/%'
      and application_name <> ${`key-projects/${process.pid}`}`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n;
};

describe('one worker per core', () => {
  it('starts the number of workers asked for, each of them serving', async () => {
    expect(app.output().match(/> Ready on/g)).toHaveLength(2);
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () => fresh('/projects').then((r) => r.status)),
    );
    expect(statuses).toEqual(Array(12).fill(200));
    expect(await workersSeen()).toBe(2);
  });

  it('a session signed by one worker is good on the other, for every request in turn', async () => {
    for (let i = 0; i < 6; i += 1) {
      const response = await fresh('/projects/1');
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('日盛达');
    }
  });

  it('without WEB_CONCURRENCY starts one worker per core, at most 8', async () => {
    const expected = Math.min(availableParallelism(), 8);
    const byDefault = await startBuiltApp({ url: handle.url ?? '' }, { workers: 'default' });
    try {
      expect(byDefault.output().match(/> Ready on/g)).toHaveLength(expected);
      expect((await fetch(`${byDefault.url}/login`)).status).toBe(200);
    } finally {
      await byDefault.stop();
    }
  });

  it('refuses a WEB_CONCURRENCY that is not a whole number of workers', async () => {
    await expect(startBuiltApp({ url: handle.url ?? '' }, { workers: 0 })).rejects.toThrow(
      /WEB_CONCURRENCY must be a whole number/,
    );
  });
});
