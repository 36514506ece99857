import { type SQL, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { todayQueue } from './dashboard-queue';

const h = actionHarness();
const TODAY = '2024-04-15'; // the seed's "as of" in tests

/** One count in plain SQL over the projects of `zone` (null: every zone), written apart from the module. */
async function countOf(from: SQL, zone: string | null): Promise<number> {
  const inZone = zone === null ? sql`true` : sql`p.zone_id = (select id from zones where code = ${zone})`;
  const result = (await h.db.execute(sql`select count(*)::int as n ${from} and ${inZone}`)) as unknown as {
    rows: { n: number }[];
  };
  return Number(result.rows[0]?.n);
}

async function expected(zone: string | null) {
  const projectsWithLate = (await h.db.execute(sql`select count(distinct m.project_id)::int as n
    from milestones m join projects p on p.id = m.project_id
    where m.status <> 'done' and m.planned_on < ${TODAY}
    and ${zone === null ? sql`true` : sql`p.zone_id = (select id from zones where code = ${zone})`}`)) as unknown as {
    rows: { n: number }[];
  };
  return {
    blockersAwaiting: await countOf(
      sql`from blockers b join projects p on p.id = b.project_id where b.status = 'open'`,
      zone,
    ),
    blockersOverdue: await countOf(
      sql`from blockers b join projects p on p.id = b.project_id
        where b.status in ('open', 'assigned') and coalesce(b.deadline, b.needed_by) < ${TODAY}`,
      zone,
    ),
    lateMilestones: await countOf(
      sql`from milestones m join projects p on p.id = m.project_id
        where m.status <> 'done' and m.planned_on < ${TODAY}`,
      zone,
    ),
    lateMilestoneProjects: Number(projectsWithLate.rows[0]?.n),
    planRequests: await countOf(
      sql`from plan_change_requests r join projects p on p.id = r.project_id where r.status = 'open'`,
      zone,
    ),
  };
}

async function queueOf(username: string) {
  const viewer = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!viewer) throw new Error(username);
  return todayQueue(h.db, viewer, TODAY);
}

describe('todayQueue', () => {
  it('counts what waits for the zone’s supervisor, as the lists behind it do', async () => {
    const queue = await queueOf('duban');
    expect(queue).toEqual(await expected('shangdang'));
    // not vacuous: the demo zone has blockers to take on and late milestones
    expect(queue.blockersAwaiting).toBeGreaterThan(0);
    expect(queue.lateMilestones).toBeGreaterThan(0);
  });

  it('counts every zone for the city and nothing of another zone', async () => {
    expect(await queueOf('shangwu')).toEqual(await expected(null));
    // another zone's supervisor: its own zone's counts, none of 上党's (which differ)
    const gaoxin = await queueOf('gaoxin');
    expect(gaoxin).toEqual(await expected('gaoxin'));
    expect(gaoxin).not.toEqual(await expected('shangdang'));
  });
});
