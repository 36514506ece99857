import { and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import { milestones } from '@/db/schema';
import { keepAttachmentsOf } from '@/lib/attachments/keep';
import { moveMilestoneSchema, removeMilestoneSchema } from '@/lib/validation/milestone';
import { defineAction } from './define-action';
import { loadMilestone } from './load-target';
import { afterPlanEdit } from './plan-write';
import { ActionFailure } from './result';

/** Swaps a milestone with its neighbour above or below. Both rows change, so both versions move. */
export const moveMilestoneAction = defineAction({
  name: 'milestone.move',
  schema: moveMilestoneSchema,
  permission: 'plan.edit',
  // Two people moving neighbours towards each other would lock the two rows in opposite orders; the loader
  // locks the project first, which puts every reorder of one project in a queue.
  load: (tx, input, viewer) => loadMilestone(tx, input.milestoneId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    const me = target.milestone;
    const up = input.direction === 'up';
    const [neighbour] = await tx
      .select()
      .from(milestones)
      .where(
        and(
          eq(milestones.projectId, me.projectId),
          up ? lt(milestones.sortOrder, me.sortOrder) : gt(milestones.sortOrder, me.sortOrder),
        ),
      )
      .orderBy(up ? desc(milestones.sortOrder) : asc(milestones.sortOrder))
      .limit(1)
      .for('update');
    if (!neighbour) return { data: me, audit: null }; // already first (or last): nothing changes
    const swap = async (row: typeof me, sortOrder: number) => {
      const [moved] = await tx
        .update(milestones)
        .set({ sortOrder, version: row.version + 1 })
        .where(and(eq(milestones.id, row.id), eq(milestones.version, row.version)))
        .returning();
      if (!moved) throw new ActionFailure('conflict');
      return moved;
    };
    const after = await swap(me, neighbour.sortOrder);
    await swap(neighbour, me.sortOrder);
    await afterPlanEdit(tx, me.projectId, target.planVersionId, viewer);
    return {
      data: after,
      audit: {
        entity: 'milestone',
        entityId: me.id,
        before: { sortOrder: me.sortOrder, swappedWith: neighbour.id },
        after: { sortOrder: after.sortOrder },
        projectId: me.projectId,
      },
    };
  },
});

/** Removes a milestone; its last state stays in the audit row. */
export const removeMilestoneAction = defineAction({
  name: 'milestone.remove',
  schema: removeMilestoneSchema,
  permission: 'plan.edit',
  load: (tx, input, viewer) => loadMilestone(tx, input.milestoneId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { target, viewer }) {
    const before = target.milestone;
    await keepAttachmentsOf(tx, [before.id]);
    await tx
      .delete(milestones)
      .where(and(eq(milestones.id, before.id), eq(milestones.version, before.version)));
    await afterPlanEdit(tx, before.projectId, target.planVersionId, viewer);
    return {
      data: { id: before.id },
      audit: { entity: 'milestone', entityId: before.id, before, after: null, projectId: before.projectId },
    };
  },
});
