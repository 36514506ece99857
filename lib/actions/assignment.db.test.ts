import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { projectAssignments } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { zoneDateOf } from '@/lib/domain/dates';
import { assignContactAction, endAssignmentAction } from './assignment';

const h = actionHarness();
const PROJECT = '石英砂提纯项目'; // liaison: the disabled account, to be replaced
const today = () => zoneDateOf(new Date());

async function liaisons(projectId: number) {
  return h.db
    .select()
    .from(projectAssignments)
    .where(and(eq(projectAssignments.projectId, projectId), eq(projectAssignments.role, 'liaison')));
}
async function replaceInput(extra: Record<string, unknown> = {}) {
  const projectId = await h.projectId(PROJECT);
  return {
    projectId,
    role: 'liaison',
    userId: await h.userId('lin'),
    currentUserId: await h.userId('disabled'),
    since: today(),
    ...extra,
  };
}

describe('assign and replace', () => {
  it.each(['duban', 'admin', 'shangwu'])(
    '%s replaces the liaison: the old one ends on the handover date',
    async (who) => {
      const input = await replaceInput();
      const result = await h.run(assignContactAction, who, input);
      expect(result.ok).toBe(true);
      const rows = await liaisons(input.projectId);
      expect(rows.filter((r) => r.until === null).map((r) => r.userId)).toEqual([input.userId]);
      expect(rows.find((r) => r.userId === input.currentUserId)?.until).toBe(today());
    },
  );

  it.each([
    ['an official, even the project’s leader', 'zhang', 'forbidden'],
    ['a viewer', 'chakan', 'forbidden'],
    ['another zone’s supervisor', 'gaoxin', 'not_found'],
    ['no session', null, 'unauthenticated'],
  ] as const)('is refused for %s', async (_label, who, code) => {
    await h.expectRefused(assignContactAction, who, await replaceInput(), code);
  });

  it('refuses a holder the editor did not see (conflict), a disabled or foreign assignee, a future date', async () => {
    await h.expectRefused(
      assignContactAction,
      'duban',
      await replaceInput({ currentUserId: '' }),
      'conflict',
    );
    await h.expectRefused(
      assignContactAction,
      'duban',
      await replaceInput({ userId: await h.userId('disabled') }),
      'invalid',
    );
    await h.expectRefused(
      assignContactAction,
      'duban',
      await replaceInput({ userId: await h.userId('duban') }),
      'invalid',
    );
    await h.expectRefused(
      assignContactAction,
      'duban',
      await replaceInput({ since: '2999-01-01' }),
      'invalid',
    );
    // zhang is the project's leader already: one person, one role
    const zhang = await replaceInput({ userId: await h.userId('zhang') });
    await h.expectRefused(assignContactAction, 'duban', zhang, 'invalid');
  });

  // Truly concurrent on PostgreSQL (CI runs this file there too); PGlite runs the transactions one by one.
  it('two supervisors replacing at once never leave two active holders', async () => {
    const a = await replaceInput();
    const b = await replaceInput({ userId: await h.userId('gao') });
    const results = await Promise.all([
      h.run(assignContactAction, 'duban', a),
      h.run(assignContactAction, 'admin', b),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(1);
    const active = (await liaisons(a.projectId)).filter((r) => r.until === null);
    expect(active).toHaveLength(1);
  });

  it('fills a vacant role', async () => {
    const input = await replaceInput();
    const [held] = await liaisons(input.projectId);
    expect((await h.run(endAssignmentAction, 'duban', { assignmentId: held?.id, until: today() })).ok).toBe(
      true,
    );
    const result = await h.run(assignContactAction, 'duban', { ...input, currentUserId: '' });
    expect(result.ok).toBe(true);
  });
});

describe('end an assignment', () => {
  it('ends it; a second end of the same assignment is a conflict', async () => {
    const projectId = await h.projectId(PROJECT);
    const [held] = await h.db
      .select()
      .from(projectAssignments)
      .where(
        and(
          eq(projectAssignments.projectId, projectId),
          eq(projectAssignments.role, 'cadre'),
          isNull(projectAssignments.until),
        ),
      );
    const input = { assignmentId: held?.id, until: today() };
    expect((await h.run(endAssignmentAction, 'duban', input)).ok).toBe(true);
    await h.expectRefused(endAssignmentAction, 'duban', input, 'conflict');
  });

  it('is refused for officials and other zones', async () => {
    const [held] = await h.db.select().from(projectAssignments).limit(1);
    await h.expectRefused(
      endAssignmentAction,
      'zhang',
      { assignmentId: held?.id, until: today() },
      'forbidden',
    );
    await h.expectRefused(
      endAssignmentAction,
      'gaoxin',
      { assignmentId: held?.id, until: today() },
      'not_found',
    );
  });
});
