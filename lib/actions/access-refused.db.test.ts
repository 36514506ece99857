import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, milestones, projects } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { REFUSAL_AUDIT_LIMIT } from '@/lib/auth/refusal-audit';
import { loadViewer } from '@/lib/auth/viewer';
import { projectTimeline, zoneFeed } from '@/lib/queries/timeline';
import { ACCESS_REFUSED } from './access-refused';
import { updateMilestoneAction } from './milestone-update';
import { resetPasswordAction } from './users';

const h = actionHarness();
const PROJECT = '日盛达光伏玻璃生产线（二期）'; // xu's project; ma holds none of its roles

async function milestoneInput(extra: Record<string, unknown> = {}) {
  const [m] = await h.db
    .select({ id: milestones.id, version: milestones.version })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(eq(projects.name, PROJECT), eq(milestones.name, '点火/试运营')));
  if (!m) throw new Error('demo milestone missing');
  return {
    milestoneId: m.id,
    version: m.version,
    status: 'done',
    actualOn: '2024-04-12',
    note: '点火成功',
    ...extra,
  };
}
const refusals = () =>
  h.db.select().from(auditLog).where(eq(auditLog.action, ACCESS_REFUSED)).orderBy(auditLog.id);

describe('refused actions in the audit log', () => {
  it('records a forbidden write once: who, which action, the code and the ids, nothing of the rest', async () => {
    const input = await milestoneInput();
    await h.expectRefused(updateMilestoneAction, 'ma', input, 'forbidden');
    expect(await refusals()).toMatchObject([
      {
        actorId: await h.userId('ma'),
        entity: updateMilestoneAction.name,
        entityId: String(input.milestoneId),
        after: { code: 'forbidden', ids: { milestoneId: input.milestoneId } },
        ip: '203.0.113.7',
        projectId: null,
      },
    ]);
  });

  it('records what is out of reach as not found, and keeps passwords out of the log', async () => {
    const userId = await h.userId('xu');
    const input = { userId, version: 1, password: 'a-new-secret-9' };
    // The zone's supervisor may not manage accounts.
    const result = await h.run(resetPasswordAction, 'duban', input);
    expect(result).toMatchObject({ ok: false });
    const [row] = await refusals();
    expect(row?.after).toEqual({ code: (result as { code: string }).code, ids: { userId } });
    expect(JSON.stringify(row)).not.toContain('a-new-secret-9');
    await h.expectRefused(
      updateMilestoneAction,
      'xu',
      { ...(await milestoneInput()), milestoneId: 99_999 },
      'not_found',
    );
  });

  it('records a signed-out attempt by its address', async () => {
    await h.expectRefused(updateMilestoneAction, null, await milestoneInput(), 'unauthenticated');
    expect(await refusals()).toMatchObject([
      { actorId: null, ip: '203.0.113.7', after: { code: 'unauthenticated' } },
    ]);
  });

  it('does not record mistakes: invalid input, a stale version', async () => {
    await h.expectRefused(
      updateMilestoneAction,
      'xu',
      await milestoneInput({ status: 'exploded' }),
      'invalid',
    );
    await h.expectRefused(updateMilestoneAction, 'xu', await milestoneInput({ version: 999 }), 'conflict');
    expect(await refusals()).toEqual([]);
  });

  it('cannot be flooded: at most the limit per person and window, while others are still recorded', async () => {
    const input = await milestoneInput();
    for (let i = 0; i < REFUSAL_AUDIT_LIMIT.rows + 5; i++)
      expect(await h.run(updateMilestoneAction, 'ma', input)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await refusals()).toHaveLength(REFUSAL_AUDIT_LIMIT.rows);
    // The harness knows the limit is used up: the refusal still changes nothing, and is not recorded.
    await h.expectRefused(updateMilestoneAction, 'ma', input, 'forbidden');
    await h.expectRefused(updateMilestoneAction, 'chakan', input, 'forbidden');
    expect(await refusals()).toHaveLength(REFUSAL_AUDIT_LIMIT.rows + 1);
  });

  it('counts only the window: refusals older than it no longer use up the limit', async () => {
    const ma = await h.userId('ma');
    const old = new Date(Date.now() - (REFUSAL_AUDIT_LIMIT.minutes + 1) * 60_000);
    await h.db.insert(auditLog).values(
      Array.from({ length: REFUSAL_AUDIT_LIMIT.rows }, () => ({
        actorId: ma,
        action: ACCESS_REFUSED,
        entity: updateMilestoneAction.name,
        entityId: '',
        after: { code: 'forbidden', ids: {} },
        at: old,
      })),
    );
    await h.expectRefused(updateMilestoneAction, 'ma', await milestoneInput(), 'forbidden');
  });

  it('limits signed-out attempts per address', async () => {
    const input = await milestoneInput();
    const from = async (ip: string) => ({ ...(await h.ctx(null)), ip });
    for (let i = 0; i < REFUSAL_AUDIT_LIMIT.rows + 5; i++)
      await updateMilestoneAction.run(await from('192.0.2.1'), input);
    await updateMilestoneAction.run(await from('192.0.2.2'), input);
    const rows = await refusals();
    expect(rows.filter((r) => r.ip === '192.0.2.1')).toHaveLength(REFUSAL_AUDIT_LIMIT.rows);
    expect(rows.filter((r) => r.ip === '192.0.2.2')).toHaveLength(1);
  });

  it("stays out of the project's timeline and the supervisors' feed", async () => {
    await h.run(updateMilestoneAction, 'ma', await milestoneInput());
    expect(await refusals()).toHaveLength(1);
    const supervisor = await loadViewer(h.db, await sessionOf(h.db, 'duban'));
    if (!supervisor) throw new Error('no supervisor');
    const timeline = await projectTimeline(h.db, supervisor, await h.projectId(PROJECT), { page: 1 });
    const feed = await zoneFeed(h.db, supervisor, {}, { page: 1 });
    expect(JSON.stringify([timeline, feed])).not.toContain(ACCESS_REFUSED);
  });
});
