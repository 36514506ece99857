import { exifTime } from '@/lib/attachments/exif';
import { ATTACHMENT_KINDS } from '@/lib/attachments/kinds';
import { clientKey, id, pastWeekStart, text } from './fields';
import { z } from './zod';

/** What an upload hangs on, as the upload form names it. */
export const attachmentTargetSchema = z.discriminatedUnion('on', [
  z.object({ on: z.literal('week'), projectId: id(), weekStart: pastWeekStart() }),
  z.object({ on: z.literal('milestone'), milestoneId: id() }),
  z.object({ on: z.literal('blocker'), blockerId: id() }),
]);
export type AttachmentTargetRef = z.output<typeof attachmentTargetSchema>;

/**
 * A capture time the browser read from the photo's EXIF before its canvas dropped it: the same shape the
 * server reads, anything else is ignored (it is a label, not a fact anything depends on).
 */
export const clientTakenAtSchema = z
  .string()
  .max(19)
  .nullish()
  .transform((v) => (v ? exifTime(v.replace(/^(\d{4})-(\d{2})-(\d{2})/, '$1:$2:$3')) : null))
  .catch(null);

const bytes = z.instanceof(Uint8Array);

/** The attach action's input: the target and the file as the server prepared it (lib/attachments/prepare.ts). */
export const addAttachmentSchema = z.object({
  target: attachmentTargetSchema,
  /** One per file chosen: a retry after a lost answer finds the first upload instead of storing a second. */
  clientKey: clientKey(),
  file: z.object({
    kind: z.enum(ATTACHMENT_KINDS),
    fileName: text(160).min(1),
    bytes,
    thumb: bytes.nullable(),
    width: z.number().int().positive().nullable(),
    height: z.number().int().positive().nullable(),
    takenAt: z.string().nullable(),
  }),
});

export const removeAttachmentSchema = z.object({ attachmentId: z.uuid('validation.invalid') });

/** A download's address: /api/attachments/<uuid>?size=thumb. */
export const attachmentIdSchema = z.uuid();
export const attachmentSizeSchema = z.enum(['file', 'thumb']).catch('file');
