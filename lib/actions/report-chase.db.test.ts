import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, notifyChannels, outbox, reportChases, reportWeeks, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { chaseReportsAction } from './report-chase';

const h = actionHarness();
const week = () => reportWeekOf(new Date()).start;
const zoneId = async () =>
  (await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, 'shangdang')))[0]?.id ?? 0;
const chase = async (username: string, extra: Record<string, unknown> = {}) =>
  h.run(chaseReportsAction, username, { zoneId: await zoneId(), weekStart: week(), ...extra });

/** Worked out apart from the action: the zone's projects with no report this week and their active officials. */
async function expected() {
  const rows = (await h.db.execute(sql`
    select p.id project_id, a.user_id, u.disabled
    from projects p
    join zones z on z.id = p.zone_id and z.code = 'shangdang'
    left join progress_reports r on r.project_id = p.id and r.week_start = ${week()}
    left join project_assignments a on a.project_id = p.id and a.until is null
    left join users u on u.id = a.user_id
    where r.id is null`)) as unknown as {
    rows: { project_id: number; user_id: number | null; disabled: boolean | null }[];
  };
  // A project whose officials are all disabled is still chased; nobody disabled is told.
  const projects = new Set(rows.rows.map((r) => Number(r.project_id)));
  const people = new Set(
    rows.rows.flatMap((r) => (r.user_id === null || r.disabled ? [] : [Number(r.user_id)])),
  );
  return { projects, people };
}

const chaseNotices = () =>
  h.db
    .select()
    .from(notifications)
    .where(eq(notifications.kind, 'report_chase'))
    .orderBy(notifications.userId);

describe('催报', () => {
  it('tells every official of the unfiled projects once, whatever the number of their projects', async () => {
    const { projects, people } = await expected();
    expect(projects.size).toBeGreaterThan(1);
    const result = await chase('duban', { message: '请于周五12时前报送' });
    expect(result).toEqual({
      ok: true,
      data: { projects: projects.size, people: people.size, skipped: 0, robots: 0 },
    });

    const notices = await chaseNotices();
    expect(notices.map((n) => n.userId).sort((a, b) => a - b)).toEqual([...people].sort((a, b) => a - b));
    for (const n of notices)
      expect(n.payload).toMatchObject({
        actorName: '督办员 郑某',
        comment: '请于周五12时前报送',
        weekStart: week(),
      });
    const chased = await h.db.select().from(reportChases);
    expect(new Set(chased.map((c) => c.projectId))).toEqual(projects);
    expect(await h.audit()).toMatchObject([
      { action: 'report.chase', after: { projects: projects.size, people: people.size } },
    ]);
  });

  it('refuses a second chase within the quiet period and changes nothing; after it, chases again', async () => {
    await chase('duban');
    const again = await h.expectRefused(
      chaseReportsAction,
      'duban',
      { zoneId: await zoneId(), weekStart: week() },
      'conflict',
    );
    expect(again).toMatchObject({ message: '所选项目刚催报过，请稍后再催。' });

    // The zone's quiet period (12 hours by default) has passed.
    await h.db.update(reportChases).set({ chasedAt: sql`now() - interval '13 hours'` });
    expect(await chase('duban')).toMatchObject({ ok: true });
  });

  it('chases only the projects picked, and leaves out those chased a moment ago', async () => {
    const { projects } = await expected();
    const [first, second] = [...projects];
    expect(await chase('duban', { projectIds: [first] })).toMatchObject({ ok: true, data: { projects: 1 } });
    expect(await chase('duban', { projectIds: [first, second] })).toMatchObject({
      ok: true,
      data: { projects: 1, skipped: 1 },
    });
    const rows = await h.db
      .select()
      .from(reportChases)
      .where(and(eq(reportChases.projectId, first ?? 0)));
    expect(rows).toHaveLength(1);
  });

  it('queues one message per robot the zone has configured, and none on a refused repeat', async () => {
    const zone = await zoneId();
    await h.db.insert(notifyChannels).values([
      { zoneId: zone, kind: 'wecom', webhookUrl: 'http://127.0.0.1:9/wecom' },
      { zoneId: zone, kind: 'dingtalk', webhookUrl: 'http://127.0.0.1:9/dingtalk', secret: 'SEC' },
      { zoneId: zone, kind: 'wecom', webhookUrl: 'http://127.0.0.1:9/off', enabled: false },
    ]);
    const { projects } = await expected();
    expect(await chase('duban', { message: '周五前报送' })).toMatchObject({ ok: true, data: { robots: 2 } });
    const queued = await h.db.select().from(outbox);
    expect(queued).toHaveLength(2);
    for (const m of queued) {
      expect(m.body).toMatchObject({ title: `催报：${projects.size} 个项目未报送周调度` });
      expect((m.body as { text: string }).text).toContain('附言：周五前报送');
    }
    await h.expectRefused(chaseReportsAction, 'duban', { zoneId: zone, weekStart: week() }, 'conflict');
  });

  it('is refused once the week is closed: nobody could file it', async () => {
    await h.db
      .insert(reportWeeks)
      .values({ zoneId: await zoneId(), weekStart: week(), status: 'closed', snapshot: {} });
    const refused = await h.expectRefused(
      chaseReportsAction,
      'duban',
      { zoneId: await zoneId(), weekStart: week() },
      'conflict',
    );
    expect(refused).toMatchObject({ message: '该周已关闭，无法再催报。' });
  });

  it('is refused to an official and to another zone’s supervisor, with nothing written', async () => {
    await h.expectRefused(
      chaseReportsAction,
      'xu',
      { zoneId: await zoneId(), weekStart: week() },
      'forbidden',
    );
    await h.expectRefused(
      chaseReportsAction,
      'gaoxin',
      { zoneId: await zoneId(), weekStart: week() },
      'forbidden',
    );
  });
});
