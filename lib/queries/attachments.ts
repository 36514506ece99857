import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { attachments, blockers, milestones, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { zoneScope } from './scope';

/** What a page shows of an attachment; the bytes are fetched by the browser from /api/attachments/<id>. */
export interface AttachmentItem {
  id: string;
  kind: 'photo' | 'pdf' | 'xlsx' | 'docx';
  fileName: string;
  byteSize: number;
  takenAt: string | null;
  uploadedAt: Date;
  uploadedBy: number;
  target: 'week' | 'milestone' | 'blocker';
  weekStart: string | null;
  milestoneId: number | null;
  blockerId: number | null;
}

const itemColumns = {
  id: attachments.id,
  kind: attachments.kind,
  fileName: attachments.fileName,
  byteSize: attachments.byteSize,
  takenAt: attachments.takenAt,
  uploadedAt: attachments.uploadedAt,
  uploadedBy: attachments.uploadedBy,
  target: attachments.target,
  weekStart: attachments.weekStart,
  milestoneId: attachments.milestoneId,
  blockerId: attachments.blockerId,
};

/** One attachment for download, if the viewer may read its project (else null: the route answers 404). */
export async function attachmentForDownload(db: DbOrTx, viewer: Viewer, id: string) {
  const [row] = await db
    .select({
      id: attachments.id,
      kind: attachments.kind,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
    })
    .from(attachments)
    .innerJoin(projects, eq(projects.id, attachments.projectId))
    .where(and(eq(attachments.id, id), zoneScope(viewer, projects.zoneId)))
    .limit(1);
  return row ?? null;
}

/**
 * Attachments of one project matching `where`, newest first. The callers have read the project with the
 * viewer's scope already, so the project id is known to be in reach.
 */
async function listOf(db: DbOrTx, projectId: number, where: SQL | undefined, limit: number) {
  return db
    .select(itemColumns)
    .from(attachments)
    .where(and(eq(attachments.projectId, projectId), where))
    .orderBy(desc(attachments.uploadedAt), desc(attachments.id))
    .limit(limit);
}

/** A project's newest attachments with the name of the milestone or blocker each hangs on. */
export async function projectAttachments(db: DbOrTx, projectId: number, limit: number) {
  return db
    .select({ ...itemColumns, milestoneName: milestones.name, blockerTitle: blockers.title })
    .from(attachments)
    .leftJoin(milestones, eq(milestones.id, attachments.milestoneId))
    .leftJoin(blockers, eq(blockers.id, attachments.blockerId))
    .where(eq(attachments.projectId, projectId))
    .orderBy(desc(attachments.uploadedAt), desc(attachments.id))
    .limit(limit);
}

export const weekAttachments = (db: DbOrTx, projectId: number, weekStart: string) =>
  listOf(db, projectId, eq(attachments.weekStart, weekStart), 100);

export const blockerAttachments = (db: DbOrTx, projectId: number, blockerId: number) =>
  listOf(db, projectId, eq(attachments.blockerId, blockerId), 100);

/** A project's milestones' attachments, by milestone. */
export async function milestoneAttachments(db: DbOrTx, projectId: number) {
  const rows = await listOf(db, projectId, eq(attachments.target, 'milestone'), 200);
  const byMilestone = new Map<number, AttachmentItem[]>();
  for (const row of rows) {
    if (row.milestoneId === null) continue;
    byMilestone.set(row.milestoneId, [...(byMilestone.get(row.milestoneId) ?? []), row]);
  }
  return byMilestone;
}

/** The photos of a week's filings for a set of projects (the weekly report's print view), by project. */
export async function weekPhotosOf(db: DbOrTx, projectIds: number[], weekStart: string, perProject = 4) {
  const byProject = new Map<number, { id: string; fileName: string }[]>();
  if (projectIds.length === 0) return byProject;
  const rows = await db
    .select({ id: attachments.id, fileName: attachments.fileName, projectId: attachments.projectId })
    .from(attachments)
    .where(
      and(
        inArray(attachments.projectId, projectIds),
        eq(attachments.weekStart, weekStart),
        eq(attachments.kind, 'photo'),
      ),
    )
    .orderBy(attachments.uploadedAt, attachments.id);
  for (const { projectId, ...photo } of rows) {
    const list = byProject.get(projectId) ?? [];
    if (list.length < perProject) byProject.set(projectId, [...list, photo]);
  }
  return byProject;
}
