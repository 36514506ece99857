import { and, eq, isNull } from 'drizzle-orm';
import { milestones, projectAssignments, projects } from '@/db/schema';
import { zoneScope } from '@/lib/queries/scope';
import { updateMilestoneStatusSchema } from '@/lib/validation/milestone';
import { defineAction } from './define-action';
import { ActionFailure } from './result';

const editable = {
  id: milestones.id,
  projectId: milestones.projectId,
  status: milestones.status,
  actualOn: milestones.actualOn,
  note: milestones.note,
  version: milestones.version,
};

/** Marks a milestone's status (未开始/进行中/已完成), its actual date and a note. */
export const updateMilestoneStatusAction = defineAction({
  name: 'milestone.update_status',
  schema: updateMilestoneStatusSchema,
  permission: 'milestone.write',
  async load(tx, input, viewer) {
    const [row] = await tx
      .select({ milestone: editable, zoneId: projects.zoneId, assignment: projectAssignments.role })
      .from(milestones)
      .innerJoin(projects, eq(projects.id, milestones.projectId))
      .leftJoin(
        projectAssignments,
        and(
          eq(projectAssignments.projectId, projects.id),
          eq(projectAssignments.userId, viewer.id),
          isNull(projectAssignments.until),
        ),
      )
      .where(and(eq(milestones.id, input.milestoneId), zoneScope(viewer, projects.zoneId)))
      .limit(1)
      .for('update', { of: milestones });
    if (!row) return null;
    return {
      milestone: row.milestone,
      version: row.milestone.version,
      access: { zoneId: row.zoneId, assignment: row.assignment },
    };
  },
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    const [after] = await tx
      .update(milestones)
      .set({
        status: input.status,
        actualOn: input.actualOn,
        note: input.note,
        version: target.version + 1,
        updatedAt: new Date(),
        updatedBy: viewer.id,
      })
      .where(and(eq(milestones.id, target.milestone.id), eq(milestones.version, target.version)))
      .returning(editable);
    if (!after) throw new ActionFailure('conflict');
    return {
      data: after,
      audit: { entity: 'milestone', entityId: after.id, before: target.milestone, after },
    };
  },
  revalidate: (target) => [`/projects/${target.milestone.projectId}`, '/projects'],
});
