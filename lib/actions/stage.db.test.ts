import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { projects, stageEvents } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { zoneDateOf } from '@/lib/domain/dates';
import { advanceStageAction, correctStageAction } from './stage';

const h = actionHarness();
// 2GWh储能: signed on 2024-02-28 (as seeded for 2024-04-15); leader zhang, cadre liu, liaison gao
const PROJECT = '上海欧朗德年产2GWh新型储能装备制造产业化项目';

async function project() {
  const [p] = await h.db
    .select()
    .from(projects)
    .where(eq(projects.id, await h.projectId(PROJECT)));
  if (!p) throw new Error('missing');
  return p;
}
const advanceInput = async (extra: Record<string, unknown> = {}) => {
  const p = await project();
  return { projectId: p.id, version: p.version, to: 'under_construction', reachedOn: '2024-04-10', ...extra };
};

describe('advance a stage', () => {
  it.each(['zhang', 'liu', 'duban', 'admin'])(
    '%s moves it one stage, with the date, timeline event and audit',
    async (who) => {
      const before = await project();
      const result = await h.run(advanceStageAction, who, await advanceInput());
      expect(result).toMatchObject({
        ok: true,
        data: { stage: 'under_construction', version: before.version + 1 },
      });
      const after = await project();
      expect(after).toMatchObject({
        stage: 'under_construction',
        constructionOn: '2024-04-10',
        signedOn: before.signedOn,
      });
      const [event] = await h.db.select().from(stageEvents).where(eq(stageEvents.projectId, before.id));
      expect(event).toMatchObject({
        fromStage: 'signed',
        toStage: 'under_construction',
        reachedOn: '2024-04-10',
        reason: '',
      });
      const [audit] = await h.audit();
      expect(audit).toMatchObject({
        action: 'project.advance_stage',
        entity: 'project',
        entityId: String(before.id),
      });
    },
  );

  it.each([
    ['the liaison (only leader and cadre advance)', 'gao', 'forbidden'],
    ['an official of other projects', 'xu', 'forbidden'],
    ['a viewer', 'chakan', 'forbidden'],
    ['another zone’s supervisor', 'gaoxin', 'not_found'],
    ['no session', null, 'unauthenticated'],
  ] as const)('is refused for %s', async (_label, who, code) => {
    await h.expectRefused(advanceStageAction, who, await advanceInput(), code);
  });

  it('refuses skipping a stage, a date before signing, a future date and a stale version', async () => {
    expect(
      await h.expectRefused(
        advanceStageAction,
        'liu',
        await advanceInput({ to: 'in_production' }),
        'invalid',
      ),
    ).toMatchObject({
      fieldErrors: { to: ['只能推进到下一阶段，页面可能已过时'] },
    });
    await h.expectRefused(
      advanceStageAction,
      'liu',
      await advanceInput({ reachedOn: '2024-02-01' }),
      'invalid',
    );
    await h.expectRefused(
      advanceStageAction,
      'liu',
      await advanceInput({ reachedOn: '2999-01-01' }),
      'invalid',
    );
    await h.expectRefused(advanceStageAction, 'liu', await advanceInput({ version: 99 }), 'conflict');
    expect(zoneDateOf(new Date()) > '2024-04-10').toBe(true);
  });
});

describe('correct a stage', () => {
  const correction = async (extra: Record<string, unknown> = {}) => {
    const p = await project();
    return { projectId: p.id, version: p.version, to: 'negotiating', reason: '签约协议未生效', ...extra };
  };

  it('a supervisor moves it back with a reason; the later dates are cleared', async () => {
    const result = await h.run(correctStageAction, 'duban', await correction());
    expect(result.ok).toBe(true);
    expect(await project()).toMatchObject({ stage: 'negotiating', signedOn: null });
    const [event] = await h.db.select().from(stageEvents);
    expect(event).toMatchObject({ fromStage: 'signed', toStage: 'negotiating', reason: '签约协议未生效' });
  });

  it.each(['zhang', 'liu', 'admin', 'chakan'])('is refused for %s (supervisors only)', async (who) => {
    await h.expectRefused(correctStageAction, who, await correction(), 'forbidden');
  });

  it('needs a reason and an earlier stage', async () => {
    await h.expectRefused(correctStageAction, 'duban', await correction({ reason: '' }), 'invalid');
    await h.expectRefused(
      correctStageAction,
      'duban',
      await correction({ to: 'under_construction' }),
      'invalid',
    );
  });
});
