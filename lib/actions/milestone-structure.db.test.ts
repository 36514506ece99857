import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { milestones, planVersions, projects } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { MILESTONE_TEMPLATES } from '@/lib/domain/milestone-templates';
import { addMilestoneAction, applyMilestoneTemplateAction } from './milestone-add';
import { moveMilestoneAction, removeMilestoneAction } from './milestone-order';

const h = actionHarness();
const APPROVED = '日盛达光伏玻璃生产线（二期）'; // zhang, liu, xu; plan approved in the demo
const DRAFT = '浙江矽盛电子单晶硅项目'; // 谋划: zhang, liu, sun; plan still a draft

async function list(projectId: number) {
  return h.db
    .select()
    .from(milestones)
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.sortOrder));
}

const versionsOf = (projectId: number) =>
  h.db
    .select()
    .from(planVersions)
    .where(eq(planVersions.projectId, projectId))
    .orderBy(asc(planVersions.seq));

describe('add, move, remove milestones of a draft plan', () => {
  it('the cadre adds one at the end, moves it up, and removes it; no plan version is made', async () => {
    const projectId = await h.projectId(DRAFT);
    const before = await list(projectId);
    const added = await h.run(addMilestoneAction, 'liu', {
      projectId,
      clientKey: randomUUID(),
      name: '竣工验收',
      plannedOn: '2024-11-30',
    });
    expect(added.ok).toBe(true);
    const after = await list(projectId);
    expect(after.map((m) => m.name)).toEqual([...before.map((m) => m.name), '竣工验收']);

    const last = after.at(-1);
    const moved = await h.run(moveMilestoneAction, 'liu', {
      milestoneId: last?.id,
      version: last?.version,
      direction: 'up',
    });
    expect(moved.ok).toBe(true);
    expect((await list(projectId)).map((m) => m.name).slice(-2)).toEqual(['竣工验收', before.at(-1)?.name]);

    const [row] = await h.db
      .select()
      .from(milestones)
      .where(eq(milestones.id, last?.id ?? 0));
    expect(
      (await h.run(removeMilestoneAction, 'liu', { milestoneId: row?.id, version: row?.version })).ok,
    ).toBe(true);
    expect((await list(projectId)).map((m) => m.name)).toEqual(before.map((m) => m.name));
    expect(await versionsOf(projectId)).toEqual([]);
  });

  it('moving with a stale version is a conflict; moving the first up changes nothing', async () => {
    const [first] = await list(await h.projectId(DRAFT));
    await h.expectRefused(
      moveMilestoneAction,
      'liu',
      { milestoneId: first?.id, version: 99, direction: 'down' },
      'conflict',
    );
    const before = await h.snapshot();
    const result = await h.run(moveMilestoneAction, 'liu', {
      milestoneId: first?.id,
      version: first?.version,
      direction: 'up',
    });
    expect(result.ok).toBe(true);
    expect(await h.snapshot()).toEqual(before); // not even an audit row
  });
});

describe('an approved plan', () => {
  it.each(['xu', 'liu', 'zhang'])(
    'its official %s may not add, move or remove; nothing changes',
    async (who) => {
      const projectId = await h.projectId(APPROVED);
      const [first] = await list(projectId);
      await h.expectRefused(
        addMilestoneAction,
        who,
        { projectId, clientKey: randomUUID(), name: 'x', plannedOn: '2024-05-01' },
        'forbidden',
      );
      const ref = { milestoneId: first?.id, version: first?.version };
      await h.expectRefused(moveMilestoneAction, who, { ...ref, direction: 'down' }, 'forbidden');
      await h.expectRefused(removeMilestoneAction, who, ref, 'forbidden');
    },
  );

  it('the supervisor’s direct change is a correction, recorded as the next version', async () => {
    const projectId = await h.projectId(APPROVED);
    const [v1] = await versionsOf(projectId);
    const added = await h.run(addMilestoneAction, 'duban', {
      projectId,
      clientKey: randomUUID(),
      name: '竣工验收',
      plannedOn: '2024-11-30',
    });
    expect(added.ok).toBe(true);
    const versions = await versionsOf(projectId);
    expect(versions.map((v) => [v.seq, v.kind])).toEqual([
      [1, 'approval'],
      [2, 'correction'],
    ]);
    expect(versions[0]).toEqual(v1); // the earlier version is untouched
    expect(versions[1]?.content.milestones.map((m) => m.name)).toEqual(
      (await list(projectId)).map((m) => m.name),
    );
    // the new milestone's first approved date is the one it was added with
    const [row] = await h.db
      .select()
      .from(milestones)
      .where(and(eq(milestones.projectId, projectId), eq(milestones.name, '竣工验收')));
    expect(row?.baselineOn).toBe('2024-11-30');
  });

  it.each([
    ['ma', 'forbidden'],
    ['chakan', 'forbidden'],
    ['gaoxin', 'not_found'],
  ] as const)('%s may not add, move or remove', async (who, code) => {
    const projectId = await h.projectId(APPROVED);
    const [first] = await list(projectId);
    await h.expectRefused(
      addMilestoneAction,
      who,
      { projectId, clientKey: randomUUID(), name: 'x', plannedOn: '2024-05-01' },
      code,
    );
    const ref = { milestoneId: first?.id, version: first?.version };
    await h.expectRefused(moveMilestoneAction, who, { ...ref, direction: 'down' }, code);
    await h.expectRefused(removeMilestoneAction, who, ref, code);
  });
});

describe('milestone template', () => {
  it('starts a draft project without milestones from its kind’s template, once', async () => {
    const projectId = await h.projectId(DRAFT);
    await h.db.delete(milestones).where(eq(milestones.projectId, projectId));
    const [p] = await h.db.select().from(projects).where(eq(projects.id, projectId));
    const result = await h.run(applyMilestoneTemplateAction, 'liu', { projectId, clientKey: randomUUID() });
    expect(result.ok).toBe(true);
    const names = (await list(projectId)).map((m) => m.name);
    expect(names).toEqual(MILESTONE_TEMPLATES[p?.kind ?? 'new']);
    await h.expectRefused(
      applyMilestoneTemplateAction,
      'duban',
      { projectId, clientKey: randomUUID() },
      'invalid',
    );
  });
});
