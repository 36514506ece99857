import { and, eq } from 'drizzle-orm';
import { milestones } from '@/db/schema';
import { updateMilestoneSchema } from '@/lib/validation/milestone';
import { defineAction } from './define-action';
import { loadMilestone } from './load-target';
import { ActionFailure } from './result';

/** Marks a milestone's status (未开始/进行中/已完成), actual date and note; optionally renames or re-plans it. */
export const updateMilestoneAction = defineAction({
  name: 'milestone.update',
  schema: updateMilestoneSchema,
  permission: 'milestone.write',
  load: (tx, input, viewer) => loadMilestone(tx, input.milestoneId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    const before = target.milestone;
    const [after] = await tx
      .update(milestones)
      .set({
        name: input.name ?? before.name,
        plannedOn: input.plannedOn ?? before.plannedOn,
        status: input.status,
        actualOn: input.actualOn,
        note: input.note,
        version: before.version + 1,
        updatedAt: new Date(),
        updatedBy: viewer.id,
      })
      .where(and(eq(milestones.id, before.id), eq(milestones.version, before.version)))
      .returning();
    if (!after) throw new ActionFailure('conflict');
    return { data: after, audit: { entity: 'milestone', entityId: after.id, before, after } };
  },
  revalidate: (target) => [`/projects/${target.milestone.projectId}`, '/projects'],
});
