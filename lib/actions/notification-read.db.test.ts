import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, notifications } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { BLOCKER_MOVES } from '@/lib/domain/blockers';
import { LOCALES } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import type { NoticeKind } from '@/lib/notify/notices';
import { listNotifications } from '@/lib/queries/notifications';
import { markAllNotificationsReadAction, markNotificationReadAction } from './notification-read';

const h = actionHarness();
const PROJECT = '日盛达光伏玻璃生产线（二期）';

/** Notifications written straight into the table, as a blocker action's notify() would, minutes apart. */
async function notify(username: string, count: number, kind: NoticeKind = 'blocker_assign') {
  const [userId, projectId] = await Promise.all([h.userId(username), h.projectId(PROJECT)]);
  const base = Date.now() - 60 * 60_000;
  const rows = await h.db
    .insert(notifications)
    .values(
      Array.from({ length: count }, (_, i) => ({
        userId,
        kind,
        blockerId: null,
        projectId,
        payload: { blockerTitle: `问题 ${i + 1}`, projectName: PROJECT, actorName: '郑某' },
        createdAt: new Date(base + i * 60_000),
      })),
    )
    .returning();
  return rows.map((r) => r.id);
}

async function viewer(username: string): Promise<Viewer> {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(`no viewer ${username}`);
  return v;
}

const readAtOf = async (id: number) =>
  (await h.db.select().from(notifications).where(eq(notifications.id, id)))[0]?.readAt;
const audits = () => h.db.select().from(auditLog).where(eq(auditLog.entity, 'notification'));

describe('mark a notification read', () => {
  it('sets readAt once, with one audit row; marking again is ok and writes nothing', async () => {
    const [id] = await notify('xu', 1);
    const first = await h.run(markNotificationReadAction, 'xu', { notificationId: String(id) });
    expect(first).toMatchObject({ ok: true, data: { id } });
    const readAt = await readAtOf(id as number);
    expect(readAt).toBeInstanceOf(Date);
    expect(await audits()).toMatchObject([
      { action: 'notification.mark_read', entityId: String(id), before: { readAt: null } },
    ]);

    const before = await h.snapshot();
    const again = await h.run(markNotificationReadAction, 'xu', { notificationId: id });
    expect(again).toMatchObject({ ok: true, data: { id, readAt } });
    expect(await h.snapshot()).toEqual(before);
  });

  it.each([
    ['another user’s notification', 'xu', 'not_found'],
    ['no session', null, 'unauthenticated'],
  ] as const)('is refused for %s, changing nothing', async (_label, who, code) => {
    const [own] = await notify('ma', 1);
    await h.expectRefused(markNotificationReadAction, who, { notificationId: own }, code);
  });

  it('refuses an id that is no id, or of no notification', async () => {
    await h.expectRefused(markNotificationReadAction, 'xu', { notificationId: 'x' }, 'invalid');
    await h.expectRefused(markNotificationReadAction, 'xu', { notificationId: 999_999 }, 'not_found');
  });
});

describe('mark all read', () => {
  it('marks only the viewer’s own, with one audit row on the user; again is ok and writes nothing', async () => {
    await notify('xu', 3);
    await notify('ma', 2);
    const result = await h.run(markAllNotificationsReadAction, 'xu', {});
    expect(result).toEqual({ ok: true, data: { markedRead: 3 } });
    const [xu, ma] = await Promise.all([viewer('xu'), viewer('ma')]);
    expect(xu.unread).toBe(0);
    expect(ma.unread).toBe(2);
    expect(
      await h.db.select().from(auditLog).where(eq(auditLog.action, 'notification.mark_all_read')),
    ).toMatchObject([{ entity: 'user', entityId: String(xu.id), after: { markedRead: 3 } }]);

    const before = await h.snapshot();
    expect(await h.run(markAllNotificationsReadAction, 'xu', {})).toEqual({
      ok: true,
      data: { markedRead: 0 },
    });
    expect(await h.snapshot()).toEqual(before);
  });

  it('is refused without a session, changing nothing', async () => {
    await notify('xu', 2);
    await h.expectRefused(markAllNotificationsReadAction, null, {}, 'unauthenticated');
  });
});

describe('reading notifications', () => {
  it('counts and lists only the viewer’s own, newest first', async () => {
    const mine = await notify('xu', 3);
    await notify('ma', 2);
    await h.run(markNotificationReadAction, 'xu', { notificationId: mine[0] });
    const xu = await viewer('xu');
    expect(xu.unread).toBe(2);
    const rows = await listNotifications(h.db, xu, { limit: 10 });
    expect(rows.map((r) => r.id)).toEqual([...mine].reverse());
    expect(rows.map((r) => r.readAt === null)).toEqual([true, true, false]);
    expect(await listNotifications(h.db, xu, { limit: 2 })).toHaveLength(2);
  });

  it('has a message for every kind a blocker action writes, in every language', async () => {
    const kinds = ['raise', ...BLOCKER_MOVES].map((m) => `blocker_${m}` as NoticeKind);
    for (const kind of kinds) await notify('xu', 1, kind);
    const rows = await listNotifications(h.db, await viewer('xu'), { limit: 20 });
    expect(rows.map((r) => r.kind).sort()).toEqual([...kinds].sort());
    for (const locale of LOCALES) {
      const t = translatorFor(locale);
      for (const { kind, payload } of rows) {
        // The template-literal key is typed: a kind without a message would not compile either.
        const params = { actorName: payload.actorName, blockerTitle: payload.blockerTitle };
        expect(t(`notifications.kinds.${kind as NoticeKind}`, params)).toContain(payload.blockerTitle);
      }
    }
  });

  it('shows a row of an unknown kind with the fallback message rather than failing', async () => {
    const [id] = await notify('xu', 1);
    await h.db
      .update(notifications)
      .set({ kind: 'retired_kind', payload: {} })
      .where(eq(notifications.id, id as number));
    const [row] = await listNotifications(h.db, await viewer('xu'), { limit: 1 });
    expect(row).toMatchObject({ kind: null, payload: { blockerTitle: '', actorName: '', projectName: '' } });
  });
});
