import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { milestones, projects } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { MILESTONE_TEMPLATES } from '@/lib/domain/milestone-templates';
import { addMilestoneAction, applyMilestoneTemplateAction } from './milestone-add';
import { moveMilestoneAction, removeMilestoneAction } from './milestone-order';

const h = actionHarness();
const PROJECT = '日盛达光伏玻璃生产线（二期）'; // zhang, liu, xu

async function list(projectId: number) {
  return h.db
    .select()
    .from(milestones)
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.sortOrder));
}

describe('add, move, remove milestones', () => {
  it('the liaison adds one at the end, moves it up, and removes it', async () => {
    const projectId = await h.projectId(PROJECT);
    const before = await list(projectId);
    const added = await h.run(addMilestoneAction, 'xu', {
      projectId,
      name: '竣工验收',
      plannedOn: '2024-11-30',
    });
    expect(added.ok).toBe(true);
    const after = await list(projectId);
    expect(after.map((m) => m.name)).toEqual([...before.map((m) => m.name), '竣工验收']);

    const last = after.at(-1);
    expect(
      (
        await h.run(moveMilestoneAction, 'xu', {
          milestoneId: last?.id,
          version: last?.version,
          direction: 'up',
        })
      ).ok,
    ).toBe(true);
    const moved = (await list(projectId)).map((m) => m.name);
    expect(moved.slice(-2)).toEqual(['竣工验收', before.at(-1)?.name]);

    const [row] = await h.db
      .select()
      .from(milestones)
      .where(eq(milestones.id, last?.id ?? 0));
    expect(
      (await h.run(removeMilestoneAction, 'xu', { milestoneId: row?.id, version: row?.version })).ok,
    ).toBe(true);
    expect((await list(projectId)).map((m) => m.name)).toEqual(before.map((m) => m.name));
  });

  it('moving with a stale version is a conflict; moving the first up changes nothing', async () => {
    const [first] = await list(await h.projectId(PROJECT));
    await h.expectRefused(
      moveMilestoneAction,
      'xu',
      { milestoneId: first?.id, version: 99, direction: 'down' },
      'conflict',
    );
    const before = await h.snapshot();
    const result = await h.run(moveMilestoneAction, 'xu', {
      milestoneId: first?.id,
      version: first?.version,
      direction: 'up',
    });
    expect(result.ok).toBe(true);
    expect(await h.snapshot()).toEqual(before); // not even an audit row
    expect((await list(await h.projectId(PROJECT)))[0]?.id).toBe(first?.id);
  });

  it.each([
    ['ma', 'forbidden'],
    ['chakan', 'forbidden'],
    ['gaoxin', 'not_found'],
  ] as const)('%s may not add, move or remove', async (who, code) => {
    const projectId = await h.projectId(PROJECT);
    const [first] = await list(projectId);
    await h.expectRefused(addMilestoneAction, who, { projectId, name: 'x', plannedOn: '2024-05-01' }, code);
    await h.expectRefused(
      moveMilestoneAction,
      who,
      { milestoneId: first?.id, version: first?.version, direction: 'down' },
      code,
    );
    await h.expectRefused(
      removeMilestoneAction,
      who,
      { milestoneId: first?.id, version: first?.version },
      code,
    );
  });
});

describe('milestone template', () => {
  it('starts a project without milestones from its kind’s template, once', async () => {
    const projectId = await h.projectId(PROJECT);
    await h.db.delete(milestones).where(eq(milestones.projectId, projectId));
    const [p] = await h.db.select().from(projects).where(eq(projects.id, projectId));
    const result = await h.run(applyMilestoneTemplateAction, 'duban', { projectId });
    expect(result.ok).toBe(true);
    const names = (await list(projectId)).map((m) => m.name);
    expect(names).toEqual(MILESTONE_TEMPLATES[p?.kind ?? 'new']);
    await h.expectRefused(applyMilestoneTemplateAction, 'duban', { projectId }, 'invalid');
  });
});
