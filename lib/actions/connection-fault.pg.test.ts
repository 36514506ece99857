import { eq, sql } from 'drizzle-orm';
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { milestones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { updateMilestoneAction } from './milestone-update';

const h = actionHarness();

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the connection is killed in the middle of an action', () => {
  it('rolls back, answers with a clean error, and the next request succeeds on the same pool', async () => {
    const [m] = await h.db.select().from(milestones).limit(1);
    if (!m) throw new Error('no milestone');
    // Another session holds the row, so the action stops inside its transaction, at its FOR UPDATE.
    const holder = new Client({ connectionString: h.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('select id from milestones where id = $1 for update', [m.id]);

    const input = { milestoneId: m.id, version: m.version, status: 'in_progress', note: '断线前' };
    const pending = h.run(updateMilestoneAction, 'duban', input);
    const pid = await waitFor(async () => {
      const r = await holder.query(
        "select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()",
      );
      return r.rows[0]?.pid as number | undefined;
    });
    await holder.query('select pg_terminate_backend($1)', [pid]);
    const result = await pending;
    expect(result).toMatchObject({ ok: false, code: 'error', message: '操作未能完成，请稍后重试' });
    await holder.query('rollback');
    await holder.end();

    expect(await h.audit()).toHaveLength(0);
    expect((await h.db.select().from(milestones).where(eq(milestones.id, m.id)))[0]?.note).toBe(m.note);
    const next = await h.run(updateMilestoneAction, 'duban', { ...input, note: '重连后' });
    expect(next.ok).toBe(true);
  });

  it('has a statement timeout on every connection', async () => {
    const result = await h.db.execute(sql`show statement_timeout`);
    const row = (result as unknown as { rows: { statement_timeout: string }[] }).rows[0];
    expect(row?.statement_timeout).toBe('15s');
  });
});
