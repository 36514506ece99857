import { and, eq } from 'drizzle-orm';
import { attachmentBlobs } from '@/db/schema';
import type { AttachmentStore } from './store';

/** The default store: bytea rows beside the attachment's row, written in its transaction. */
export const pgStore: AttachmentStore = {
  name: 'postgres',
  async put(tx, id, variant, bytes) {
    await tx.insert(attachmentBlobs).values({ attachmentId: id, variant, bytes });
  },
  async get(db, id, variant) {
    const [row] = await db
      .select({ bytes: attachmentBlobs.bytes })
      .from(attachmentBlobs)
      .where(and(eq(attachmentBlobs.attachmentId, id), eq(attachmentBlobs.variant, variant)));
    return row ? new Uint8Array(row.bytes) : null;
  },
  // attachment_blobs rows are deleted with their attachment (on delete cascade), in its transaction.
  async discard() {},
};
