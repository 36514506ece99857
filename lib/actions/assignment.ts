import { and, eq, isNull } from 'drizzle-orm';
import { projectAssignments, projects, users } from '@/db/schema';
import { zoneScope } from '@/lib/queries/scope';
import { assignContactSchema, endAssignmentSchema } from '@/lib/validation/assignment';
import { defineAction } from './define-action';
import { loadProject } from './load-target';
import { ActionFailure, invalidField } from './result';

/**
 * Assigns a "三个一" role, or replaces its holder: the old assignment ends on the handover date and the new
 * one starts on it, in one transaction. The project row is locked while this happens, and the database refuses
 * two active holders of one role, so two supervisors doing it at once never leave two.
 */
export const assignContactAction = defineAction({
  name: 'assignment.assign',
  schema: assignContactSchema,
  permission: 'assignment.manage',
  async load(tx, input, viewer) {
    const found = await loadProject(tx, input.projectId, viewer);
    if (!found) return null;
    const [current] = await tx
      .select()
      .from(projectAssignments)
      .where(
        and(
          eq(projectAssignments.projectId, input.projectId),
          eq(projectAssignments.role, input.role),
          isNull(projectAssignments.until),
        ),
      );
    return { ...found, current: current ?? null, projectId: found.project.id, version: current?.userId ?? 0 };
  },
  // The holder the editor saw stands in for a version: 0 for a vacant role.
  expectedVersion: (input) => input.currentUserId ?? 0,
  async write(tx, { input, target }) {
    const { current, project } = target;
    const [candidate] = await tx
      .select({ id: users.id, role: users.role, zoneId: users.zoneId, disabled: users.disabled })
      .from(users)
      .where(eq(users.id, input.userId));
    const eligible =
      candidate?.role === 'official' && !candidate.disabled && candidate.zoneId === project.zoneId;
    if (!eligible) throw invalidField('userId', 'validation.notEligible');
    if (current?.userId === input.userId) throw invalidField('userId', 'validation.alreadyHolds');
    const [otherRole] = await tx
      .select({ role: projectAssignments.role })
      .from(projectAssignments)
      .where(
        and(
          eq(projectAssignments.projectId, project.id),
          eq(projectAssignments.userId, input.userId),
          isNull(projectAssignments.until),
        ),
      );
    if (otherRole) throw invalidField('userId', 'validation.holdsOtherRole');
    if (current && input.since < current.since) throw invalidField('since', 'validation.beforeCurrentSince');

    if (current) {
      const ended = await tx
        .update(projectAssignments)
        .set({ until: input.since })
        .where(and(eq(projectAssignments.id, current.id), isNull(projectAssignments.until)))
        .returning({ id: projectAssignments.id });
      if (ended.length !== 1) throw new ActionFailure('conflict');
    }
    const [created] = await tx
      .insert(projectAssignments)
      .values({ projectId: project.id, userId: input.userId, role: input.role, since: input.since })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    return {
      data: created,
      audit: {
        entity: 'project_assignment',
        entityId: created.id,
        before: current && { ...current, until: input.since },
        after: created,
        projectId: project.id,
      },
    };
  },
});

/** Ends an assignment (the role becomes vacant until someone is assigned). */
export const endAssignmentAction = defineAction({
  name: 'assignment.end',
  schema: endAssignmentSchema,
  permission: 'assignment.manage',
  async load(tx, input, viewer) {
    const [row] = await tx
      .select({ assignment: projectAssignments, zoneId: projects.zoneId })
      .from(projectAssignments)
      .innerJoin(projects, eq(projects.id, projectAssignments.projectId))
      .where(and(eq(projectAssignments.id, input.assignmentId), zoneScope(viewer, projects.zoneId)))
      .for('update', { of: projectAssignments });
    if (!row) return null;
    const { assignment } = row;
    // Only an active assignment can be ended: an ended one stands for a stale form.
    return {
      assignment,
      projectId: assignment.projectId,
      access: { zoneId: row.zoneId, assignment: null },
      version: assignment.until === null ? 1 : 0,
    };
  },
  expectedVersion: () => 1,
  async write(tx, { input, target }) {
    const before = target.assignment;
    if (input.until < before.since) throw invalidField('until', 'validation.beforeSince');
    const [after] = await tx
      .update(projectAssignments)
      .set({ until: input.until })
      .where(and(eq(projectAssignments.id, before.id), isNull(projectAssignments.until)))
      .returning();
    if (!after) throw new ActionFailure('conflict');
    return {
      data: after,
      audit: { entity: 'project_assignment', entityId: after.id, before, after, projectId: after.projectId },
    };
  },
});
