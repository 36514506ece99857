import { and, eq, isNull } from 'drizzle-orm';
import { blockers, projectAssignments, projects } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { BlockerAccess } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { zoneScope } from '@/lib/queries/scope';

/** The blocker, scoped to the viewer's zone and locked, with what the viewer is to it. */
export async function loadBlocker(tx: Tx, blockerId: number, viewer: Viewer) {
  const [row] = await tx
    .select({
      blocker: blockers,
      projectName: projects.name,
      zoneId: projects.zoneId,
      assignment: projectAssignments.role,
    })
    .from(blockers)
    .innerJoin(projects, eq(projects.id, blockers.projectId))
    .leftJoin(
      projectAssignments,
      and(
        eq(projectAssignments.projectId, projects.id),
        eq(projectAssignments.userId, viewer.id),
        isNull(projectAssignments.until),
      ),
    )
    .where(and(eq(blockers.id, blockerId), zoneScope(viewer, projects.zoneId)))
    .limit(1)
    .for('update', { of: blockers });
  if (!row) return null;
  const access: BlockerAccess = {
    zoneId: row.zoneId,
    assignment: row.assignment,
    raiser: row.blocker.raisedBy === viewer.id,
  };
  return { blocker: row.blocker, projectName: row.projectName, access, version: row.blocker.version };
}
