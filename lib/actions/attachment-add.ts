import { attachments } from '@/db/schema';
import { CONTENT_TYPES } from '@/lib/attachments/kinds';
import { quotaProblem } from '@/lib/attachments/quota';
import { attachmentStore } from '@/lib/attachments/store';
import { closedOnOrAfter } from '@/lib/queries/weekly-report';
import { addAttachmentSchema } from '@/lib/validation/attachment';
import { loadAttachmentTarget } from './attachment-target';
import { defineAction } from './define-action';
import { refusal } from './result';

/**
 * Hangs a photo or file on a week's filing, a milestone or a blocker. Run by the upload route
 * (app/api/attachments/route.ts), which reads the multipart body and prepares the file (content check,
 * re-encoding) before the transaction; the row, its bytes and the audit row are written together.
 */
export const addAttachmentAction = defineAction({
  name: 'attachment.add',
  schema: addAttachmentSchema,
  permission: 'attachment.add',
  unversioned: 'creates',
  load: (tx, input, viewer) => loadAttachmentTarget(tx, input.target, viewer),
  submit: (input, { projectId, columns }) => ({
    clientKey: input.clientKey,
    target: `attachment:${projectId}:${columns.weekStart ?? columns.milestoneId ?? columns.blockerId}`,
  }),
  async write(tx, { input, target, viewer }) {
    const { file } = input;
    const { projectId, zoneId, columns } = target;
    // A closed week's report is fixed: its photos are part of what was closed.
    if (columns.weekStart && (await closedOnOrAfter(tx, zoneId, columns.weekStart)))
      throw refusal('invalid', 'attachments.weekClosed');
    const size = file.bytes.byteLength + (file.thumb?.byteLength ?? 0);
    const full = await quotaProblem(tx, projectId, columns, size);
    if (full) throw refusal('invalid', `attachments.${full}`);

    const [row] = await tx
      .insert(attachments)
      .values({
        projectId,
        target: input.target.on,
        ...columns,
        kind: file.kind,
        fileName: file.fileName,
        contentType: CONTENT_TYPES[file.kind],
        byteSize: file.bytes.byteLength,
        width: file.width,
        height: file.height,
        takenAt: file.takenAt,
        uploadedBy: viewer.id,
      })
      .returning();
    if (!row) throw new Error('attachment insert returned no row');
    const store = attachmentStore();
    await store.put(tx, row.id, 'file', file.bytes, row.contentType);
    if (file.thumb) await store.put(tx, row.id, 'thumb', file.thumb, 'image/jpeg');
    const { id, kind, fileName, byteSize, takenAt } = row;
    return {
      data: { id, kind, fileName },
      audit: {
        entity: 'attachment',
        entityId: id,
        before: null,
        after: { target: row.target, ...columns, kind, fileName, byteSize, takenAt },
        projectId,
      },
    };
  },
});
