import { and, eq } from 'drizzle-orm';
import { projectAssignments, projects, supervisionNotices } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { NoticeAccess } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { zoneScope } from '@/lib/queries/scope';
import { viewerAssignment } from './load-target';

/** The 督办单, scoped to the viewer's zone and locked, with what the viewer is to it. */
export async function loadNotice(tx: Tx, noticeId: number, viewer: Viewer) {
  const [row] = await tx
    .select({ notice: supervisionNotices, projectName: projects.name, assignment: projectAssignments.role })
    .from(supervisionNotices)
    .innerJoin(projects, eq(projects.id, supervisionNotices.projectId))
    .leftJoin(projectAssignments, viewerAssignment(viewer))
    .where(and(eq(supervisionNotices.id, noticeId), zoneScope(viewer, supervisionNotices.zoneId)))
    .limit(1)
    .for('update', { of: supervisionNotices });
  if (!row) return null;
  const access: NoticeAccess = {
    zoneId: row.notice.zoneId,
    assignment: row.assignment,
    addressee: row.notice.addresseeId === viewer.id,
  };
  return { notice: row.notice, projectName: row.projectName, access, version: row.notice.version };
}
