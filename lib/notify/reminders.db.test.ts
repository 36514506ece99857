import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  blockers,
  notifications,
  projects,
  reminderSends,
  reportWeeks,
  users,
  zoneReminders,
  zones,
} from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/domain/reminder-schedule';
import { translatorFor } from '@/lib/i18n/messages';
import { listNotifications } from '@/lib/queries/notifications';
import { noticeHref } from './notice-link';
import { noticeParams } from './notice-params';
import { REMINDER_NOTICE_KINDS } from './notices';
import { sendDueReminders } from './reminders';

// The scheduler's round against the seeded demo (its report day, Monday 2024-04-15: a third of the projects
// have not filed that week). The clock is moved, never waited for. Who should be told is worked out here in
// SQL apart from the code, and compared with the ledger and the notifications.

const h = actionHarness();
const WEEK = '2024-04-15';
/** Instants in UTC; Shanghai is UTC+8. */
const THURSDAY_1559 = new Date('2024-04-18T07:59:00Z');
const THURSDAY_1600 = new Date('2024-04-18T08:00:00Z');
const THURSDAY_0900 = new Date('2024-04-18T01:00:00Z');
const THURSDAY_0859 = new Date('2024-04-18T00:59:00Z');

type Row = Record<string, unknown>;
const rows = async (query: ReturnType<typeof sql>) =>
  ((await h.db.execute(query)) as unknown as { rows: Row[] }).rows;
const keys = (list: Row[], ...fields: string[]) =>
  list.map((r) => fields.map((f) => String(r[f])).join('|')).sort();

const zoneId = async (code = 'shangdang') =>
  (await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, code)))[0]?.id ?? 0;

/**
 * Enabled active officials of each project with no report for the week: one reminder per pair. Every zone's,
 * or one zone's (each zone has its own settings).
 */
const expectedFiling = async (week: string, zone?: number) =>
  keys(
    await rows(sql`
      select distinct a.user_id, p.id project_id from projects p
      join project_assignments a on a.project_id = p.id and a.until is null
      join users u on u.id = a.user_id and not u.disabled
      left join progress_reports r on r.project_id = p.id and r.week_start = ${week}
      where r.id is null and ${zone === undefined ? sql`true` : sql`p.zone_id = ${zone}`}`),
    'user_id',
    'project_id',
  );

/** Enabled active officials of each milestone not done, due within 7 days of `today` or overdue. */
const expectedMilestones = async (today: string) =>
  keys(
    await rows(sql`
      select distinct case when m.planned_on < ${today}::date then 'remind_milestone_overdue'
        else 'remind_milestone_due' end reason, a.user_id, m.id object_id
      from milestones m
      join project_assignments a on a.project_id = m.project_id and a.until is null
      join users u on u.id = a.user_id and not u.disabled
      where m.status <> 'done' and m.planned_on <= ${today}::date + 7`),
    'reason',
    'user_id',
    'object_id',
  );

/** Blockers still open or assigned whose deadline is today or past: the project's officials and the raiser. */
const expectedBlockers = async (today: string) =>
  keys(
    await rows(sql`
      select distinct b.id object_id, x.user_id from blockers b
      cross join lateral (
        select a.user_id from project_assignments a where a.project_id = b.project_id and a.until is null
        union select b.raised_by) x
      join users u on u.id = x.user_id and not u.disabled
      where b.status in ('open', 'assigned') and b.deadline <= ${today}::date`),
    'user_id',
    'object_id',
  );

const ledger = async (reason: string, period: string) =>
  h.db
    .select()
    .from(reminderSends)
    .where(and(eq(reminderSends.reason, reason), eq(reminderSends.period, period)));

const notices = (kind: string) => h.db.select().from(notifications).where(eq(notifications.kind, kind));
const countOf = async (kind: string) => (await notices(kind)).length;
/** The notices of a kind about one zone's projects (the demo's other zones keep their own settings). */
const countIn = async (kind: string, zone: number) =>
  (
    await h.db
      .select({ id: notifications.id })
      .from(notifications)
      .innerJoin(projects, eq(projects.id, notifications.projectId))
      .where(and(eq(notifications.kind, kind), eq(projects.zoneId, zone)))
  ).length;

describe('scheduled reminders: the weekly filing reminder', () => {
  it('tells no one before Thursday 16:00, then each official of each unfiled project once', async () => {
    await sendDueReminders(h.db, THURSDAY_1559);
    expect(await countOf('remind_filing')).toBe(0);
    expect(await ledger('remind_filing', WEEK)).toEqual([]);

    // A disabled account is never told: liu holds unfiled projects and is disabled now.
    const liu = await h.userId('liu');
    expect((await expectedFiling(WEEK)).some((k) => k.startsWith(`${liu}|`))).toBe(true);
    await h.db.update(users).set({ disabled: true }).where(eq(users.id, liu));

    await sendDueReminders(h.db, THURSDAY_1600);
    const expected = await expectedFiling(WEEK);
    expect(expected.length).toBeGreaterThan(3);
    const told = await notices('remind_filing');
    expect(keys(told, 'userId', 'projectId')).toEqual(expected);
    expect(told.some((n) => n.userId === liu)).toBe(false);
    expect(keys(await ledger('remind_filing', WEEK), 'userId', 'objectId')).toEqual(expected);
    for (const n of told)
      expect(n.payload).toMatchObject({ weekStart: WEEK, actorName: '', blockerTitle: '' });
    expect(told.every((n) => (n.payload as { projectName?: string }).projectName)).toBe(true);
  });

  it('tells no one twice in the same week, however often it runs; the next week it tells again', async () => {
    await sendDueReminders(h.db, THURSDAY_1600);
    const first = await countOf('remind_filing');
    await sendDueReminders(h.db, new Date('2024-04-18T08:01:00Z'));
    await sendDueReminders(h.db, new Date('2024-04-20T12:00:00Z')); // Saturday
    expect(await countOf('remind_filing')).toBe(first);

    await sendDueReminders(h.db, new Date('2024-04-25T07:59:00Z')); // next Thursday 15:59
    expect(await countOf('remind_filing')).toBe(first);
    await sendDueReminders(h.db, new Date('2024-04-25T08:00:00Z'));
    // Nothing is filed for the week of 22 April yet: every project's officials are asked.
    const nextWeek = await expectedFiling('2024-04-22');
    expect(keys(await ledger('remind_filing', '2024-04-22'), 'userId', 'objectId')).toEqual(nextWeek);
    expect(await countOf('remind_filing')).toBe(first + nextWeek.length);
  });

  it('asks nobody to file a closed week', async () => {
    await h.db.insert(reportWeeks).values({ zoneId: await zoneId(), weekStart: WEEK, status: 'closed' });
    await sendDueReminders(h.db, THURSDAY_1600);
    expect(await countIn('remind_filing', await zoneId())).toBe(0);
    // another zone, whose week is open, is asked as usual
    const other = await zoneId('gaoxin');
    expect(await countIn('remind_filing', other)).toBe((await expectedFiling(WEEK, other)).length);
    expect(await countIn('remind_filing', other)).toBeGreaterThan(0);
  });

  it('follows the zone’s settings and its own time zone', async () => {
    const zone = await zoneId();
    await h.db.insert(zoneReminders).values({ zoneId: zone, filingWeekday: 5, filingTime: '10:30' });
    await sendDueReminders(h.db, THURSDAY_1600);
    expect(await countIn('remind_filing', zone)).toBe(0);
    // Friday 10:30 in Urumqi (UTC+6) is 04:30 UTC, and 12:30 already in Shanghai.
    await h.db.update(zones).set({ timeZone: 'Asia/Urumqi' }).where(eq(zones.id, zone));
    await sendDueReminders(h.db, new Date('2024-04-19T04:29:00Z'));
    expect(await countIn('remind_filing', zone)).toBe(0);
    await sendDueReminders(h.db, new Date('2024-04-19T04:30:00Z'));
    expect(await countIn('remind_filing', zone)).toBe((await expectedFiling(WEEK, zone)).length);

    await h.db.update(zoneReminders).set({ filingEnabled: false }).where(eq(zoneReminders.zoneId, zone));
    await sendDueReminders(h.db, new Date('2024-04-25T08:00:00Z'));
    const zoneProjects = new Set(
      (await h.db.select({ id: projects.id }).from(projects).where(eq(projects.zoneId, zone))).map(
        (p) => p.id,
      ),
    );
    const nextWeek = await ledger('remind_filing', '2024-04-22');
    expect(nextWeek.length).toBeGreaterThan(0); // the other zones are still reminded
    expect(nextWeek.filter((l) => zoneProjects.has(Number(l.objectId)))).toEqual([]);
  });

  it('a zone without a settings row has the defaults the database gives a new row', async () => {
    const zone = await zoneId();
    const [row] = await h.db.insert(zoneReminders).values({ zoneId: zone }).returning();
    const { zoneId: _zone, version, ...settings } = row ?? { zoneId: 0, version: 0 };
    expect(version).toBe(1);
    expect(settings).toEqual(DEFAULT_REMINDER_SETTINGS);
  });
});

describe('scheduled reminders: milestones and blocker deadlines, daily', () => {
  /** An assigned blocker on project 日盛达光伏玻璃生产线（二期）, raised by its liaison, due `deadline`. */
  async function blockerDue(deadline: string, status: 'assigned' | 'resolved' = 'assigned') {
    const [row] = await h.db
      .insert(blockers)
      .values({
        projectId: await h.projectId('日盛达光伏玻璃生产线（二期）'),
        title: `到期测试${status}`,
        category: 'land',
        status,
        responsibleUnit: '自然资源局',
        deadline,
        raisedBy: await h.userId('xu'),
        clientKey: randomUUID(),
      })
      .returning();
    return row?.id ?? 0;
  }

  it('tells no one before the daily time, then each official once per milestone and blocker', async () => {
    const dueToday = await blockerDue('2024-04-18');
    const resolved = await blockerDue('2024-04-10', 'resolved');
    await sendDueReminders(h.db, THURSDAY_0859);
    expect(await h.db.select().from(reminderSends)).toEqual([]);

    await sendDueReminders(h.db, THURSDAY_0900);
    const today = '2024-04-18';
    const milestones = await expectedMilestones(today);
    expect(milestones.some((k) => k.startsWith('remind_milestone_overdue'))).toBe(true);
    expect(milestones.some((k) => k.startsWith('remind_milestone_due'))).toBe(true);
    const sent = [
      ...(await ledger('remind_milestone_due', today)),
      ...(await ledger('remind_milestone_overdue', today)),
    ];
    expect(keys(sent, 'reason', 'userId', 'objectId')).toEqual(milestones);
    expect((await countOf('remind_milestone_due')) + (await countOf('remind_milestone_overdue'))).toBe(
      milestones.length,
    );

    const blockerKeys = await expectedBlockers(today);
    expect(keys(await ledger('remind_blocker_deadline', today), 'userId', 'objectId')).toEqual(blockerKeys);
    const told = await notices('remind_blocker_deadline');
    expect(keys(told, 'userId', 'blockerId')).toEqual(blockerKeys);
    expect(told.some((n) => n.blockerId === resolved)).toBe(false);
    // The raiser (xu, also the liaison) once, with the project's leader and cadre.
    const onNew = told.filter((n) => n.blockerId === dueToday);
    expect(onNew.map((n) => n.userId).sort()).toEqual(
      [await h.userId('xu'), await h.userId('zhang'), await h.userId('liu')].sort(),
    );
    expect(onNew[0]?.payload).toMatchObject({ blockerTitle: '到期测试assigned', dueDate: today });
    const [late] = await notices('remind_milestone_overdue');
    expect(late?.payload).toMatchObject({ milestoneName: expect.any(String), dueDate: expect.any(String) });
  });

  it('once a day: again the same day adds nothing, the next day reminds again', async () => {
    await sendDueReminders(h.db, THURSDAY_0900);
    const kinds = REMINDER_NOTICE_KINDS.filter((k) => k !== 'remind_filing');
    const total = async () =>
      (await h.db.select().from(notifications).where(inArray(notifications.kind, kinds))).length;
    const first = await total();
    expect(first).toBeGreaterThan(0);
    await sendDueReminders(h.db, new Date('2024-04-18T06:00:00Z'));
    await sendDueReminders(h.db, new Date('2024-04-18T15:59:00Z')); // 23:59
    expect(await total()).toBe(first);

    await sendDueReminders(h.db, new Date('2024-04-19T00:59:00Z'));
    expect(await total()).toBe(first);
    await sendDueReminders(h.db, new Date('2024-04-19T01:00:00Z'));
    const friday = [
      ...(await ledger('remind_milestone_due', '2024-04-19')),
      ...(await ledger('remind_milestone_overdue', '2024-04-19')),
    ];
    expect(keys(friday, 'reason', 'userId', 'objectId')).toEqual(await expectedMilestones('2024-04-19'));
    expect(keys(await ledger('remind_blocker_deadline', '2024-04-19'), 'userId', 'objectId')).toEqual(
      await expectedBlockers('2024-04-19'),
    );
  });

  it('each kind is switched off by the zone’s admin, and the window follows its N days', async () => {
    const zone = await zoneId();
    await h.db.insert(zoneReminders).values({ zoneId: zone, blockerEnabled: false, milestoneDays: 30 });
    const zoneMilestones = new Set(
      (
        await rows(
          sql`select m.id from milestones m join projects p on p.id = m.project_id where p.zone_id = ${zone}`,
        )
      ).map((r) => Number(r.id)),
    );
    await sendDueReminders(h.db, THURSDAY_0900);
    expect(await countIn('remind_blocker_deadline', zone)).toBe(0);
    // not vacuous: 高新区 keeps its blocker reminders on, and has a blocker past its deadline
    expect(await countIn('remind_blocker_deadline', await zoneId('gaoxin'))).toBeGreaterThan(0);
    const due = (await ledger('remind_milestone_due', '2024-04-18')).filter((l) =>
      zoneMilestones.has(Number(l.objectId)),
    );
    const within30 = keys(
      await rows(sql`
        select distinct a.user_id, m.id object_id from milestones m
        join project_assignments a on a.project_id = m.project_id and a.until is null
        join users u on u.id = a.user_id and not u.disabled
        join projects p on p.id = m.project_id and p.zone_id = ${zone}
        where m.status <> 'done' and m.planned_on between '2024-04-18' and '2024-05-18'`),
      'user_id',
      'object_id',
    );
    expect(keys(due, 'userId', 'objectId')).toEqual(within30);
  });

  it('a zone with an unknown time zone fails alone: the others are reminded, and the failure is reported', async () => {
    await h.db.update(zones).set({ timeZone: 'Mars/Olympus' }).where(eq(zones.code, 'gaoxin'));
    await expect(sendDueReminders(h.db, THURSDAY_0900)).rejects.toThrow(AggregateError);
    await expect(sendDueReminders(h.db, THURSDAY_0900)).rejects.toMatchObject({
      errors: [expect.objectContaining({ message: expect.stringContaining('Mars/Olympus') })],
    });
    expect(await countOf('remind_milestone_overdue')).toBeGreaterThan(0);
  });

  it('each kind reads in both languages in the reader’s list and opens where the work is done', async () => {
    await sendDueReminders(h.db, THURSDAY_1600);
    for (const kind of REMINDER_NOTICE_KINDS) {
      const [sent] = await notices(kind);
      if (!sent) throw new Error(`no ${kind} reminder in the demo`);
      const [reader] = await h.db.select().from(users).where(eq(users.id, sent.userId));
      const viewer = reader && (await loadViewer(h.db, await sessionOf(h.db, reader.username)));
      if (!viewer) throw new Error('no reader');
      const n = (await listNotifications(h.db, viewer, { limit: 500 })).find((r) => r.id === sent.id);
      expect(n?.kind).toBe(kind);
      expect(n?.payload).toEqual(sent.payload);
      if (!n?.kind) continue;
      for (const locale of ['zh-CN', 'en'] as const) {
        const text = translatorFor(locale)(`notifications.kinds.${n.kind}`, noticeParams(n.payload, locale));
        expect(text, `${kind} ${locale}`).not.toMatch(/[{}]/);
        const named = kind === 'remind_blocker_deadline' ? n.payload.blockerTitle : n.payload.projectName;
        expect(text).toContain(named);
        if (n.payload.milestoneName) expect(text).toContain(n.payload.milestoneName);
        if (n.payload.dueDate) expect(text).toContain(n.payload.dueDate);
      }
      const href = noticeHref(n);
      if (kind === 'remind_filing') expect(href).toBe(`/projects/${n.projectId}/week?week=${WEEK}`);
      else if (kind === 'remind_blocker_deadline') expect(href).toBe(`/blockers/${n.blockerId}`);
      else expect(href).toBe(`/projects/${n.projectId}`);
    }
  });
});
