import { and, eq, inArray, isNull } from 'drizzle-orm';
import { milestones, projectAssignments, projects } from '@/db/schema';
import type { Tx } from '@/db/types';
import { planAccess } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { currentPlanVersionId } from '@/lib/queries/plan-state';
import { zoneScope } from '@/lib/queries/scope';

// Loaders for actions: each fetches its target inside the action's transaction, scoped to the viewer's zone
// (a forged id of another zone finds nothing) and locked, with the viewer's own "三个一" role on the project.

/** The viewer's active assignment on the project, joined into a loader's query. */
export const viewerAssignment = (viewer: Viewer) =>
  and(
    eq(projectAssignments.projectId, projects.id),
    eq(projectAssignments.userId, viewer.id),
    isNull(projectAssignments.until),
  );

export async function loadProject(tx: Tx, projectId: number, viewer: Viewer) {
  const [row] = await tx
    .select({ project: projects, assignment: projectAssignments.role, planVersionId: currentPlanVersionId })
    .from(projects)
    .leftJoin(projectAssignments, viewerAssignment(viewer))
    .where(and(eq(projects.id, projectId), zoneScope(viewer, projects.zoneId)))
    .limit(1)
    .for('update', { of: projects });
  if (!row) return null;
  const access = planAccess(row.project.zoneId, row.assignment, row.planVersionId);
  return { project: row.project, access, planVersionId: row.planVersionId };
}

export async function loadMilestone(tx: Tx, milestoneId: number, viewer: Viewer) {
  const [row] = await tx
    .select({
      milestone: milestones,
      zoneId: projects.zoneId,
      planYear: projects.planYear,
      assignment: projectAssignments.role,
      planVersionId: currentPlanVersionId,
    })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .leftJoin(projectAssignments, viewerAssignment(viewer))
    .where(and(eq(milestones.id, milestoneId), zoneScope(viewer, projects.zoneId)))
    .limit(1)
    .for('update', { of: milestones });
  if (!row) return null;
  const access = planAccess(row.zoneId, row.assignment, row.planVersionId);
  return { milestone: row.milestone, access, planYear: row.planYear, version: row.milestone.version };
}

/** Locks the project a milestone belongs to (unscoped: the scoped load that follows decides access). */
export async function lockProjectOfMilestone(tx: Tx, milestoneId: number): Promise<void> {
  const owner = tx
    .select({ id: milestones.projectId })
    .from(milestones)
    .where(eq(milestones.id, milestoneId));
  await tx.select({ id: projects.id }).from(projects).where(inArray(projects.id, owner)).for('update');
}
