import { eq, type SQL, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, users } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { fileProgressAction } from '@/lib/actions/progress';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { AT_RISK_DAYS } from '@/lib/domain/milestones';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import { myWork } from './my-work';

const h = actionHarness();
const TODAY = '2024-04-15'; // the seed's "as of" in tests
const WEEK = reportWeekContaining(TODAY);

async function viewer(username: string): Promise<Viewer> {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(username);
  return v;
}

/** Plain SQL, written apart from the query module, so that the two have to agree on the rules. */
async function ids(query: SQL): Promise<number[]> {
  const result = (await h.db.execute(query)) as unknown as { rows: { id: number }[] };
  return result.rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}
const sorted = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

const heldBy = (userId: number) =>
  sql`select project_id from project_assignments where user_id = ${userId} and until is null`;
const unfiledOf = (userId: number) =>
  ids(sql`select p.id from projects p where p.id in (${heldBy(userId)})
    and not exists (select 1 from progress_reports r where r.project_id = p.id and r.week_start = ${WEEK.start})`);
const dueOf = (userId: number) =>
  ids(sql`select m.id from milestones m where m.project_id in (${heldBy(userId)})
    and m.status <> 'done' and m.planned_on <= ${TODAY}::date + ${AT_RISK_DAYS}::int`);
const openBlockersOf = (userId: number) =>
  ids(sql`select b.id from blockers b where b.status <> 'closed'
    and (b.project_id in (${heldBy(userId)}) or b.raised_by = ${userId})`);

async function officials() {
  return h.db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(eq(users.role, 'official'))
    .orderBy(users.id);
}

describe('myWork', () => {
  it('gives every official exactly their unfiled projects, due or late milestones and open blockers', async () => {
    let withUnfiled = 0;
    let withDue = 0;
    for (const o of await officials()) {
      const v = await loadViewer(h.db, await sessionOf(h.db, o.username));
      if (!v) continue; // the disabled account signs in nowhere
      const work = await myWork(h.db, v, WEEK, TODAY);
      const unfiled = await unfiledOf(o.id);
      const due = await dueOf(o.id);
      expect(sorted(work.unfiled), o.username).toEqual(unfiled);
      expect(sorted(work.dueMilestones), o.username).toEqual(due);
      expect(sorted(work.blockers), o.username).toEqual(await openBlockersOf(o.id));
      if (unfiled.length > 0) withUnfiled++;
      if (due.length > 0) withDue++;
    }
    // not vacuous: the demo has officials with reports to file and milestones to mind
    expect(withUnfiled).toBeGreaterThan(1);
    expect(withDue).toBeGreaterThan(1);
  });

  it('says how far each milestone is from today, the late ones first', async () => {
    const v = await viewer('xu');
    const { dueMilestones } = await myWork(h.db, v, WEEK, TODAY);
    const result =
      (await h.db.execute(sql`select id, planned_on::text as planned, planned_on - ${TODAY}::date as days
      from milestones where id in (${sql.join(
        dueMilestones.map((m) => sql`${m.id}`),
        sql`, `,
      )})`)) as unknown as { rows: { id: number; planned: string; days: number }[] };
    expect(dueMilestones.length).toBeGreaterThan(0);
    for (const m of dueMilestones) {
      const row = result.rows.find((r) => Number(r.id) === m.id);
      expect({ plannedOn: m.plannedOn, days: m.days }).toEqual({
        plannedOn: row?.planned,
        days: Number(row?.days),
      });
    }
    const days = dueMilestones.map((m) => m.days);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(Math.max(...days)).toBeLessThanOrEqual(AT_RISK_DAYS);
  });

  it('moves a project from 待报送 to 已报送 once its report is filed', async () => {
    const officialsWithWork = [];
    for (const o of await officials()) if ((await unfiledOf(o.id)).length > 0) officialsWithWork.push(o);
    const official = officialsWithWork[0];
    if (!official) throw new Error('the demo has no unfiled report');
    const v = await viewer(official.username);
    const before = await myWork(h.db, v, WEEK, TODAY);
    const project = before.unfiled[0];
    if (!project) throw new Error('no unfiled project');

    const filed = await h.run(fileProgressAction, official.username, {
      projectId: project.id,
      weekStart: WEEK.start,
      version: '',
      progress: '完成设备调试。',
      nextPlan: '准备试生产。',
      investment: '0',
    });
    expect(filed.ok).toBe(true);

    const after = await myWork(h.db, v, WEEK, TODAY);
    expect(sorted(after.unfiled)).toEqual(await unfiledOf(official.id));
    expect(after.unfiled.map((p) => p.id)).not.toContain(project.id);
    expect(after.filed.map((p) => p.id)).toContain(project.id);
    expect(after.unfiled).toHaveLength(before.unfiled.length - 1);
  });

  it('never shows one official another’s projects', async () => {
    const [xu, sun] = [await viewer('xu'), await viewer('sun')];
    const sunOwn = await ids(sql`select project_id as id from project_assignments
      where user_id = ${sun.id} and until is null
      and project_id not in (${heldBy(xu.id)})`);
    expect(sunOwn.length).toBeGreaterThan(0);
    const work = await myWork(h.db, xu, WEEK, TODAY);
    const seen = [
      ...work.unfiled.map((p) => p.id),
      ...work.filed.map((p) => p.id),
      ...work.dueMilestones.map((m) => m.projectId),
    ];
    for (const id of sunOwn) expect(seen).not.toContain(id);
  });

  it('counts the unread notices and shows the newest of them, unread only', async () => {
    // The demo sends no notices: xu gets four unread ones and, newest of all, one already read.
    const xu = await h.userId('xu');
    const at = (minute: number) => new Date(Date.UTC(2024, 3, 15, 2, minute));
    await h.db
      .insert(notifications)
      .values([
        ...[1, 2, 3, 4].map((m) => ({ userId: xu, kind: 'blocker_assign', payload: {}, createdAt: at(m) })),
        { userId: xu, kind: 'blocker_close', payload: {}, createdAt: at(5), readAt: at(6) },
      ]);
    let withUnread = 0;
    for (const o of await officials()) {
      const v = await loadViewer(h.db, await sessionOf(h.db, o.username));
      if (!v) continue;
      const { unread } = await myWork(h.db, v, WEEK, TODAY);
      const expected = await ids(
        sql`select id from notifications where user_id = ${o.id} and read_at is null`,
      );
      expect(unread.count, o.username).toBe(expected.length);
      expect(unread.latest.length).toBe(Math.min(3, expected.length));
      for (const n of unread.latest) expect(n.readAt).toBeNull();
      if (unread.count > 0) withUnread++;
    }
    expect(withUnread).toBeGreaterThan(0);
    const { unread } = await myWork(h.db, await viewer('xu'), WEEK, TODAY);
    expect(unread.latest.map((n) => n.createdAt)).toEqual([at(4), at(3), at(2)]);
  });
});
