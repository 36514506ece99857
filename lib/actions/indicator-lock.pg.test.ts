import { and, eq, sql } from 'drizzle-orm';
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { indicatorDefinitions, indicatorFilings, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { fileIndicatorsAction } from './indicator-filing';
import { setQuarterLockAction } from './indicator-quarter';

// A lock and a filing of the same quarter at the same moment, on two connections: the filing never lands in a
// quarter that the lock has closed, and a lock waits for a filing under way.

const h = actionHarness();

async function waitForLockWait(holder: Client) {
  const until = Date.now() + 5000;
  for (;;) {
    const r = await holder.query(
      "select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()",
    );
    if (r.rows.length > 0) return;
    if (Date.now() > until) throw new Error('nothing waited');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function input() {
  const [zone] = await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, 'shangdang'));
  const [def] = await h.db.select().from(indicatorDefinitions).limit(1);
  return {
    zoneId: zone?.id,
    year: 2024,
    quarter: 2,
    version: 0,
    values: [{ indicatorId: def?.id, value: '1' }],
  };
}

describe('a quarter locked while a zone files it', () => {
  it('a filing that waits for a lock under way is refused once the lock commits', async () => {
    await h.db.execute(sql`insert into indicator_quarters (year, quarter) values (2024, 2)`);
    const holder = new Client({ connectionString: h.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('update indicator_quarters set locked = true where year = 2024 and quarter = 2');
    const pending = h.run(fileIndicatorsAction, 'duban', await input());
    await waitForLockWait(holder);
    await holder.query('commit');
    await holder.end();
    expect(await pending).toMatchObject({ ok: false, code: 'conflict' });
    const [zone] = await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, 'shangdang'));
    const filed = await h.db
      .select()
      .from(indicatorFilings)
      .where(
        and(
          eq(indicatorFilings.zoneId, zone?.id ?? 0),
          eq(indicatorFilings.year, 2024),
          eq(indicatorFilings.quarter, 2),
        ),
      );
    expect(filed).toEqual([]);
  });

  it('a lock waits for a filing under way, which lands before the lock', async () => {
    await h.db.execute(sql`insert into indicator_quarters (year, quarter) values (2024, 2)`);
    const holder = new Client({ connectionString: h.url });
    await holder.connect();
    await holder.query('begin');
    // what a filing holds while it writes
    await holder.query('select * from indicator_quarters where year = 2024 and quarter = 2 for share');
    const pending = h.run(setQuarterLockAction, 'shangwu', { year: 2024, quarter: 2, locked: true });
    await waitForLockWait(holder);
    await holder.query('commit');
    await holder.end();
    expect(await pending).toMatchObject({ ok: true, data: { locked: true } });
  });
});
