import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, projects, supervisionEvents, supervisionNotices, users } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { addDays, zoneDateOf } from '@/lib/domain/dates';
import { noticeHref } from '@/lib/notify/notice-link';
import { listNotifications } from '@/lib/queries/notifications';
import { issueNoticeAction } from './supervision-issue';
import { acceptNoticeAction, replyNoticeAction, returnNoticeAction } from './supervision-moves';

const h = actionHarness();
const PROJECT = '日盛达光伏玻璃生产线（二期）'; // leader zhang, cadre liu, liaison xu
const year = () => Number(zoneDateOf(new Date()).slice(0, 4));

const idOf = async (username: string) =>
  (await h.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]?.id ?? 0;
const projectId = async () =>
  (await h.db.select({ id: projects.id }).from(projects).where(eq(projects.name, PROJECT)))[0]?.id ?? 0;

async function issueInput(extra: Record<string, unknown> = {}) {
  return {
    projectId: await projectId(),
    clientKey: randomUUID(),
    matter: '请说明二期窑炉点火时间及尚需协调事项',
    addresseeId: await idOf('liu'),
    unit: '经济发展局',
    replyDue: addDays(zoneDateOf(new Date()), 5),
    instruction: '务必按期投产',
    ...extra,
  };
}

async function issue(extra: Record<string, unknown> = {}) {
  const result = await h.run(issueNoticeAction, 'duban', await issueInput(extra));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

/** The notices of this year's sequence so far (the demo's own are dated by its report's day). */
const seqsThisYear = async () =>
  (
    await h.db
      .select({ seq: supervisionNotices.seq })
      .from(supervisionNotices)
      .where(eq(supervisionNotices.year, year()))
  )
    .map((r) => r.seq)
    .sort((a, b) => a - b);

const noticeRow = async (id: number) =>
  (await h.db.select().from(supervisionNotices).where(eq(supervisionNotices.id, id)))[0];
const noticesTo = async (username: string, kind: string) =>
  h.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, await idOf(username)), eq(notifications.kind, kind as never)));

const move = (
  action: typeof replyNoticeAction,
  username: string,
  noticeId: number,
  version: number,
  body: string,
) => h.run(action, username, { noticeId, version, body });

describe('督办单', () => {
  it('is issued with the next number of the zone’s year, and its addressee is told', async () => {
    const next = (await seqsThisYear()).length + 1;
    const issued = await issue();
    expect(issued.number).toBe(`上党督〔${year()}〕${next}号`);
    const row = await noticeRow(issued.id);
    expect(row).toMatchObject({
      status: 'open',
      seq: next,
      addresseeId: await idOf('liu'),
      unit: '经济发展局',
    });
    const told = await noticesTo('liu', 'supervision_issued');
    expect(told).toHaveLength(1);
    expect(told[0]?.payload).toMatchObject({ supervisionId: issued.id, supervisionNumber: issued.number });
    // as the addressee's list reads it: the kind known, opening the notice
    const viewer = await loadViewer(h.db, await sessionOf(h.db, 'liu'));
    if (!viewer) throw new Error('no reader');
    const [listed] = await listNotifications(h.db, viewer, { limit: 1 });
    expect(listed?.kind).toBe('supervision_issued');
    expect(listed && noticeHref(listed)).toBe(`/supervision/${issued.id}`);
    expect(await h.audit()).toMatchObject([
      { action: 'supervision.issue', entity: 'supervision_notice', projectId: await projectId() },
    ]);
  });

  it('goes issue → reply → accept, each side told, every step in the project’s history', async () => {
    const { id } = await issue();
    expect(await move(replyNoticeAction, 'liu', id, 1, '窑炉已于本周点火')).toMatchObject({
      ok: true,
      data: { status: 'replied', version: 2 },
    });
    expect(await noticesTo('duban', 'supervision_replied')).toHaveLength(1);
    expect(await move(acceptNoticeAction, 'duban', id, 2, '')).toMatchObject({
      ok: true,
      data: { status: 'closed', version: 3 },
    });
    expect(await noticesTo('liu', 'supervision_accepted')).toHaveLength(1);
    const row = await noticeRow(id);
    expect(row?.status).toBe('closed');
    expect(row?.closedAt).not.toBeNull();
    const events = await h.db.select().from(supervisionEvents).where(eq(supervisionEvents.noticeId, id));
    expect(events.map((e) => e.kind)).toEqual(['reply', 'accept']);
    const audit = await h.audit();
    expect(audit.map((a) => a.action)).toEqual([
      'supervision.issue',
      'supervision.reply',
      'supervision.accept',
    ]);
    expect(new Set(audit.map((a) => a.projectId))).toEqual(new Set([await projectId()]));
  });

  it('goes issue → reply → send back → reply → accept; another official of the project may reply', async () => {
    const { id } = await issue();
    expect(await move(replyNoticeAction, 'liu', id, 1, '正在协调')).toMatchObject({ ok: true });
    expect(await move(returnNoticeAction, 'duban', id, 2, '请写明具体投产日期')).toMatchObject({
      ok: true,
      data: { status: 'open' },
    });
    expect(await noticesTo('liu', 'supervision_returned')).toHaveLength(1);
    expect(await move(replyNoticeAction, 'xu', id, 3, '定于下月10日投产')).toMatchObject({
      ok: true,
      data: { status: 'replied' },
    });
    expect(await move(acceptNoticeAction, 'duban', id, 4, '同意办结')).toMatchObject({
      ok: true,
      data: { status: 'closed', version: 5 },
    });
    const events = await h.db.select().from(supervisionEvents).where(eq(supervisionEvents.noticeId, id));
    expect(events.map((e) => [e.kind, e.body])).toEqual([
      ['reply', '正在协调'],
      ['return', '请写明具体投产日期'],
      ['reply', '定于下月10日投产'],
      ['accept', '同意办结'],
    ]);
  });

  it('refuses a reply from an official of another project, or of none, and changes nothing', async () => {
    const { id } = await issue();
    const input = { noticeId: id, version: 1, body: '越权回复' };
    await h.expectRefused(replyNoticeAction, 'wang', input, 'forbidden');
    await h.expectRefused(replyNoticeAction, 'ma', input, 'forbidden');
    // a supervisor reviews; only the project's side replies
    await h.expectRefused(replyNoticeAction, 'duban', input, 'forbidden');
    // an official cannot close their own notice
    await move(replyNoticeAction, 'liu', id, 1, '已办理');
    await h.expectRefused(acceptNoticeAction, 'liu', { noticeId: id, version: 2, body: '' }, 'forbidden');
    // the other zone's supervisor does not even find it
    await h.expectRefused(acceptNoticeAction, 'gaoxin', { noticeId: id, version: 2, body: '' }, 'not_found');
  });

  it('refuses a move out of turn, a stale version, a return without a reason', async () => {
    const { id } = await issue();
    await h.expectRefused(acceptNoticeAction, 'duban', { noticeId: id, version: 1, body: '' }, 'conflict');
    await move(replyNoticeAction, 'liu', id, 1, '已办理');
    await h.expectRefused(
      replyNoticeAction,
      'xu',
      { noticeId: id, version: 1, body: '再次回复' },
      'conflict',
    );
    await h.expectRefused(returnNoticeAction, 'duban', { noticeId: id, version: 2, body: '' }, 'invalid');
  });

  it('refuses an addressee who is not one of the project’s officials, and a blocker of another project', async () => {
    const refused = await h.expectRefused(
      issueNoticeAction,
      'duban',
      await issueInput({ addresseeId: await idOf('wang') }),
      'invalid',
    );
    expect(refused).toMatchObject({ fieldErrors: { addresseeId: ['责任人须为该项目当前的包联干部'] } });
    await h.expectRefused(issueNoticeAction, 'duban', await issueInput({ blockerId: 999_999 }), 'invalid');
    await h.expectRefused(issueNoticeAction, 'liu', await issueInput(), 'forbidden');
  });

  it('finds the notice already issued when the same form is sent again: no second number', async () => {
    const input = await issueInput();
    const first = await h.run(issueNoticeAction, 'duban', input);
    const again = await h.run(issueNoticeAction, 'duban', input);
    expect(again).toEqual(first);
    const rows = await h.db
      .select()
      .from(supervisionNotices)
      .where(eq(supervisionNotices.projectId, await projectId()));
    expect(rows).toHaveLength(1);
  });

  it('numbers notices issued at once without a gap or a duplicate', async () => {
    const before = (await seqsThisYear()).length;
    const inputs = await Promise.all(Array.from({ length: 12 }, () => issueInput()));
    // one of them refused (not an official of the project): it takes no number
    inputs[5] = { ...(inputs[5] ?? (await issueInput())), addresseeId: await idOf('wang') };
    const results = await Promise.all(inputs.map((input) => h.run(issueNoticeAction, 'duban', input)));
    expect(results.filter((r) => r.ok)).toHaveLength(11);
    expect(await seqsThisYear()).toEqual(Array.from({ length: before + 11 }, (_, i) => i + 1));
  });
});
