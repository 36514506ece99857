import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { blockerEvents, blockers, notifications } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { addDays, zoneDateOf } from '@/lib/domain/dates';
import {
  assignBlockerAction,
  closeBlockerAction,
  commentBlockerAction,
  deescalateBlockerAction,
  escalateBlockerAction,
  reopenBlockerAction,
  resolveBlockerAction,
} from './blocker-moves';
import { raiseBlockerAction } from './blocker-raise';

const h = actionHarness();
const PROJECT = '上海欧朗德年产2GWh新型储能装备制造产业化项目'; // leader zhang, cadre liu, liaison gao
const today = () => zoneDateOf(new Date());

async function raiseInput(extra: Record<string, unknown> = {}) {
  return {
    projectId: await h.projectId(PROJECT),
    clientKey: randomUUID(),
    title: '用地指标未落实',
    description: '二期用地需调整规划',
    category: 'land',
    urgency: 'urgent',
    neededBy: addDays(today(), 20),
    ...extra,
  };
}

async function raised(by = 'gao') {
  const result = await h.run(raiseBlockerAction, by, await raiseInput());
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

async function current(id: number) {
  const [b] = await h.db.select().from(blockers).where(eq(blockers.id, id));
  if (!b) throw new Error('missing');
  return b;
}

/** The notices a user got about one blocker (the demo data holds others). */
const about = async (blockerId: number, username: string) =>
  h.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.blockerId, blockerId), eq(notifications.userId, await h.userId(username))));

describe('raise', () => {
  it('an assigned official raises it: open, one event, the zone’s supervisor told', async () => {
    const b = await raised();
    expect(b).toMatchObject({ status: 'open', level: 'zone', category: 'land', urgency: 'urgent' });
    expect(await h.db.$count(blockerEvents, eq(blockerEvents.blockerId, b.id))).toBe(1);
    expect((await about(b.id, 'duban')).map((n) => n.kind)).toEqual(['blocker_raise']);
    expect(await about(b.id, 'shangwu')).toEqual([]); // the city hears only of escalations
    expect(await about(b.id, 'gao')).toEqual([]); // never the one who acted
  });

  // Truly concurrent on PostgreSQL (CI runs this file there too); PGlite runs the transactions one by one.
  it('10 parallel replays of one submit make one blocker and one audit entry', async () => {
    const input = await raiseInput();
    const before = { blockers: await h.db.$count(blockers), notices: await h.db.$count(notifications) };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => h.run(raiseBlockerAction, 'gao', input)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.ok && r.data.id)).size).toBe(1);
    expect(await h.db.$count(blockers)).toBe(before.blockers + 1);
    expect(await h.audit()).toHaveLength(1);
    expect(await h.db.$count(notifications)).toBe(before.notices + 1);
  });

  it.each([
    ['an official of other projects', 'xu', 'forbidden'],
    ['the zone’s supervisor (officials raise)', 'duban', 'forbidden'],
    ['a viewer', 'chakan', 'forbidden'],
    ['another zone', 'gaoxin', 'not_found'],
    ['no session', null, 'unauthenticated'],
  ] as const)('is refused for %s', async (_label, who, code) => {
    await h.expectRefused(raiseBlockerAction, who, await raiseInput(), code);
  });

  it('refuses a milestone of another project and an unknown category', async () => {
    await h.expectRefused(raiseBlockerAction, 'gao', await raiseInput({ milestoneId: 1 }), 'invalid');
    await h.expectRefused(raiseBlockerAction, 'gao', await raiseInput({ category: 'weather' }), 'invalid');
  });
});

describe('the lifecycle', () => {
  const ref = async (id: number, extra: Record<string, unknown> = {}) => ({
    blockerId: id,
    version: (await current(id)).version,
    ...extra,
  });

  it('assign → escalate → de-escalate → resolve → reopen → resolve → close, each on the timeline', async () => {
    const b = await raised();
    const steps = [
      [
        assignBlockerAction,
        'duban',
        { responsibleUnit: '自然资源局', deadline: addDays(today(), 10), comment: '请尽快' },
      ],
      [escalateBlockerAction, 'duban', { comment: '需市级协调' }],
      [deescalateBlockerAction, 'shangwu', {}],
      [resolveBlockerAction, 'duban', { resolution: '规划调整已批复' }],
      [reopenBlockerAction, 'gao', { comment: '批复未覆盖二期' }],
      [resolveBlockerAction, 'duban', { resolution: '补充批复' }],
      [closeBlockerAction, 'gao', {}],
    ] as const;
    for (const [action, who, extra] of steps) {
      const result = await h.run(action, who, await ref(b.id, extra));
      expect(result, `${action.name} by ${who}`).toMatchObject({ ok: true });
    }
    expect(await current(b.id)).toMatchObject({
      status: 'closed',
      level: 'zone',
      responsibleUnit: '自然资源局',
      resolution: '补充批复',
    });
    const kinds = (await h.db.select().from(blockerEvents).where(eq(blockerEvents.blockerId, b.id))).map(
      (e) => e.kind,
    );
    expect(kinds).toEqual([
      'raise',
      'assign',
      'escalate',
      'deescalate',
      'resolve',
      'reopen',
      'resolve',
      'close',
    ]);
    expect(await h.audit()).toHaveLength(8);
    // the raiser heard of every move made by others; the city of the escalation
    expect((await about(b.id, 'gao')).length).toBe(5);
    expect((await about(b.id, 'shangwu')).map((n) => n.kind)).toEqual(['blocker_escalate']);
  });

  const unit = { responsibleUnit: '发改局', deadline: addDays(today(), 60) };
  /** Brings a fresh blocker (raised by gao, liaison of the project) to a state, through the supervisors. */
  async function blockerIn(state: 'open' | 'resolved' | 'city') {
    const b = await raised();
    if (state === 'resolved')
      await h.run(resolveBlockerAction, 'duban', await ref(b.id, { resolution: '已协调' }));
    if (state === 'city') await h.run(escalateBlockerAction, 'duban', await ref(b.id));
    return b;
  }
  // [what, state, action, who, extra input, refusal]
  it.each([
    ['an official assigning a unit', 'open', assignBlockerAction, 'gao', unit, 'forbidden'],
    [
      'the project’s cadre resolving',
      'open',
      resolveBlockerAction,
      'liu',
      { resolution: '已解决' },
      'forbidden',
    ],
    ['a viewer resolving', 'open', resolveBlockerAction, 'chakan', { resolution: '已解决' }, 'forbidden'],
    ['an official escalating', 'open', escalateBlockerAction, 'zhang', {}, 'forbidden'],
    ['an admin escalating', 'open', escalateBlockerAction, 'admin', {}, 'forbidden'],
    ['closing an open blocker', 'open', closeBlockerAction, 'duban', {}, 'invalid'],
    [
      'an official of other projects commenting',
      'open',
      commentBlockerAction,
      'xu',
      { comment: '?', clientKey: randomUUID() },
      'forbidden',
    ],
    ['another zone’s supervisor assigning', 'open', assignBlockerAction, 'gaoxin', unit, 'not_found'],
    [
      'another zone’s supervisor resolving',
      'open',
      resolveBlockerAction,
      'gaoxin',
      { resolution: '已解决' },
      'not_found',
    ],
    ['another zone’s supervisor escalating', 'open', escalateBlockerAction, 'gaoxin', {}, 'not_found'],
    [
      'another zone’s supervisor commenting',
      'open',
      commentBlockerAction,
      'gaoxin',
      { comment: '?', clientKey: randomUUID() },
      'not_found',
    ],
    ['de-escalating what is not escalated', 'open', deescalateBlockerAction, 'shangwu', {}, 'invalid'],
    [
      'the zone’s supervisor de-escalating (the city hands back)',
      'city',
      deescalateBlockerAction,
      'duban',
      {},
      'forbidden',
    ],
    [
      'an official of the project who did not raise it closing',
      'resolved',
      closeBlockerAction,
      'zhang',
      {},
      'forbidden',
    ],
    [
      'an official of the project who did not raise it reopening',
      'resolved',
      reopenBlockerAction,
      'liu',
      { comment: '未解决' },
      'forbidden',
    ],
    ['reopening without a reason', 'resolved', reopenBlockerAction, 'gao', { comment: '' }, 'invalid'],
    [
      'no session',
      'open',
      commentBlockerAction,
      null,
      { comment: '?', clientKey: randomUUID() },
      'unauthenticated',
    ],
  ] as const)('refuses %s, changing nothing', async (_label, state, action, who, extra, code) => {
    const b = await blockerIn(state);
    const result = await h.expectRefused(action, who, await ref(b.id, extra), code);
    expect(result).toHaveProperty('message');
  });

  it('says why an illegal move is refused', async () => {
    const b = await raised();
    expect(
      await h.run(
        assignBlockerAction,
        'gao',
        await ref(b.id, { responsibleUnit: '发改局', deadline: addDays(today(), 60) }),
      ),
    ).toMatchObject({
      ok: false,
      message: '只有督查人员可以交办',
    });
    expect(await h.run(closeBlockerAction, 'duban', await ref(b.id))).toMatchObject({
      message: '该问题当前状态不允许此操作，页面可能已过时，请刷新后再试',
    });
  });

  it('a stale version is a conflict; a comment needs none and tells the project’s officials', async () => {
    const b = await raised();
    await h.expectRefused(
      resolveBlockerAction,
      'duban',
      { blockerId: b.id, version: 99, resolution: '已协调解决' },
      'conflict',
    );
    expect(
      (
        await h.run(commentBlockerAction, 'duban', {
          blockerId: b.id,
          clientKey: randomUUID(),
          comment: '已电话联系',
        })
      ).ok,
    ).toBe(true);
    for (const who of ['gao', 'zhang', 'liu'])
      expect((await about(b.id, who)).map((n) => n.kind)).toContain('blocker_comment');
  });
});
