import { and, eq } from 'drizzle-orm';
import { attachments, projects } from '@/db/schema';
import { attachmentStore } from '@/lib/attachments/store';
import { zoneScope } from '@/lib/queries/scope';
import { closedOnOrAfter } from '@/lib/queries/weekly-report';
import type { AttachmentTargetRef } from '@/lib/validation/attachment';
import { removeAttachmentSchema } from '@/lib/validation/attachment';
import { loadAttachmentTarget } from './attachment-target';
import { defineAction } from './define-action';
import { refusal } from './result';

/** The object a stored attachment hangs on, as the upload named it. */
function refOf(row: typeof attachments.$inferSelect): AttachmentTargetRef | null {
  if (row.target === 'week' && row.weekStart)
    return { on: 'week', projectId: row.projectId, weekStart: row.weekStart };
  if (row.target === 'milestone' && row.milestoneId) return { on: 'milestone', milestoneId: row.milestoneId };
  if (row.target === 'blocker' && row.blockerId) return { on: 'blocker', blockerId: row.blockerId };
  return null;
}

/**
 * Takes a photo or file off again. Its bytes in the database go with the row; a bucket's are discarded once
 * the removal has committed. Removing what is gone finds nothing (404).
 */
export const removeAttachmentAction = defineAction({
  name: 'attachment.remove',
  schema: removeAttachmentSchema,
  permission: 'attachment.remove',
  unversioned: 'idempotent',
  async load(tx, input, viewer) {
    const [found] = await tx
      .select({ attachment: attachments })
      .from(attachments)
      .innerJoin(projects, eq(projects.id, attachments.projectId))
      .where(and(eq(attachments.id, input.attachmentId), zoneScope(viewer, projects.zoneId)))
      .limit(1);
    const ref = found && refOf(found.attachment);
    const target = ref && (await loadAttachmentTarget(tx, ref, viewer));
    if (!target) return null;
    const attachment = found.attachment;
    return {
      ...target,
      attachment,
      access: { ...target.access, uploader: attachment.uploadedBy === viewer.id },
    };
  },
  async write(tx, { target }) {
    const { attachment, zoneId } = target;
    if (attachment.weekStart && (await closedOnOrAfter(tx, zoneId, attachment.weekStart)))
      throw refusal('invalid', 'attachments.weekClosed');
    const [gone] = await tx
      .delete(attachments)
      .where(eq(attachments.id, attachment.id))
      .returning({ id: attachments.id });
    if (!gone) return { data: { id: attachment.id }, audit: null };
    const { id, kind, fileName, byteSize, takenAt, projectId } = attachment;
    return {
      data: { id },
      audit: {
        entity: 'attachment',
        entityId: id,
        before: { target: attachment.target, kind, fileName, byteSize, takenAt },
        after: null,
        projectId,
      },
    };
  },
  afterCommit: (data) => attachmentStore().discard(data.id),
});
