import { and, eq } from 'drizzle-orm';
import { milestones } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { updateMilestoneSchema } from '@/lib/validation/milestone';
import { defineAction } from './define-action';
import { loadMilestone } from './load-target';
import { afterPlanEdit } from './plan-write';
import { ActionFailure, refusal } from './result';

/**
 * Marks a milestone's status (未开始/进行中/已完成), actual date and note. Renaming or re-planning it changes
 * the plan: allowed while the plan is a draft, and on an approved plan only to the zone's management (a
 * correction, recorded as a plan version); the officials ask for it by a change request instead.
 */
export const updateMilestoneAction = defineAction({
  name: 'milestone.update',
  schema: updateMilestoneSchema,
  permission: 'milestone.write',
  load: (tx, input, viewer) => loadMilestone(tx, input.milestoneId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    const before = target.milestone;
    const name = input.name ?? before.name;
    const plannedOn = input.plannedOn ?? before.plannedOn;
    const replans = name !== before.name || plannedOn !== before.plannedOn;
    if (replans && !can(viewer, 'plan.edit', target.access)) throw refusal('forbidden', 'planWork.locked');
    const [after] = await tx
      .update(milestones)
      .set({
        name,
        plannedOn,
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
    if (replans) await afterPlanEdit(tx, before.projectId, target.planVersionId, viewer);
    return {
      data: after,
      audit: { entity: 'milestone', entityId: after.id, before, after, projectId: after.projectId },
    };
  },
});
