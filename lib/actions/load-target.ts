import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { blockers, milestones, planChangeRequests, projectAssignments, projects } from '@/db/schema';
import type { Tx } from '@/db/types';
import { planAccess } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { currentPlanVersionId, planLockedSql } from '@/lib/queries/plan-state';
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

/**
 * Locks the project row first (unscoped: the scoped read that follows decides access), so that the read sees
 * every change committed by whoever held the lock before (its plan versions included): a statement that waits
 * for a row lock keeps its old snapshot for the rest of its query.
 */
async function lockProject(tx: Tx, projectId: number | SQL): Promise<void> {
  const id = typeof projectId === 'number' ? sql`${projectId}` : projectId;
  await tx.select({ id: projects.id }).from(projects).where(sql`${projects.id} = ${id}`).for('update');
}

/** Plan columns every loader reads with the project. */
const planState = { planVersionId: currentPlanVersionId, planLocked: planLockedSql };

export async function loadProject(tx: Tx, projectId: number, viewer: Viewer) {
  await lockProject(tx, projectId);
  const [row] = await tx
    .select({ project: projects, assignment: projectAssignments.role, ...planState })
    .from(projects)
    .leftJoin(projectAssignments, viewerAssignment(viewer))
    .where(and(eq(projects.id, projectId), zoneScope(viewer, projects.zoneId)))
    .limit(1)
    .for('update', { of: projects });
  if (!row) return null;
  const access = planAccess(row.project.zoneId, row.assignment, row.planLocked);
  return { project: row.project, access, planVersionId: row.planVersionId };
}

export async function loadMilestone(tx: Tx, milestoneId: number, viewer: Viewer) {
  await lockProjectOfMilestone(tx, milestoneId);
  const [row] = await tx
    .select({
      milestone: milestones,
      zoneId: projects.zoneId,
      planYear: projects.planYear,
      assignment: projectAssignments.role,
      ...planState,
    })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .leftJoin(projectAssignments, viewerAssignment(viewer))
    .where(and(eq(milestones.id, milestoneId), zoneScope(viewer, projects.zoneId)))
    .limit(1)
    .for('update', { of: milestones });
  if (!row) return null;
  const access = planAccess(row.zoneId, row.assignment, row.planLocked);
  const { milestone, planYear, planVersionId } = row;
  return { milestone, access, planYear, planVersionId, version: milestone.version };
}

/** Locks the project a milestone belongs to; see lockProject. */
async function lockProjectOfMilestone(tx: Tx, milestoneId: number): Promise<void> {
  await lockProject(
    tx,
    sql`(select ${milestones.projectId} from ${milestones} where ${milestones.id} = ${milestoneId})`,
  );
}

/** Locks the project a blocker belongs to; see lockProject. */
export async function lockProjectOfBlocker(tx: Tx, blockerId: number): Promise<void> {
  await lockProject(
    tx,
    sql`(select ${blockers.projectId} from ${blockers} where ${blockers.id} = ${blockerId})`,
  );
}

/** Locks the project of a plan change request; see lockProject. */
export async function lockProjectOfRequest(tx: Tx, requestId: number): Promise<void> {
  await lockProject(
    tx,
    sql`(select ${planChangeRequests.projectId} from ${planChangeRequests} where ${planChangeRequests.id} = ${requestId})`,
  );
}
