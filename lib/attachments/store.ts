import type { DbOrTx, Tx } from '@/db/types';
import { pgStore } from './store-pg';
import { s3StoreFromEnv } from './store-s3';

export type BlobVariant = 'file' | 'thumb';

/**
 * Where an attachment's bytes live. The row in `attachments` is always in PostgreSQL; the bytes are in the
 * database too by default (one backup, every app instance sees them, a failed upload leaves nothing), or in
 * an S3-compatible bucket when ATTACHMENT_STORE=s3.
 */
export interface AttachmentStore {
  readonly name: 'postgres' | 's3';
  /** Called inside the transaction that inserts the attachment's row. */
  put(tx: Tx, id: string, variant: BlobVariant, bytes: Uint8Array, contentType: string): Promise<void>;
  get(db: DbOrTx, id: string, variant: BlobVariant): Promise<Uint8Array | null>;
  /**
   * Called once the row's deletion has committed: the bytes go only when nothing can point at them any more
   * (a rolled-back delete must not leave a row without its file). The database's blobs went with the row.
   */
  discard(id: string): Promise<void>;
}

let chosen: AttachmentStore | undefined;

/** The store the environment configures, read once. */
export function attachmentStore(): AttachmentStore {
  chosen ??= process.env.ATTACHMENT_STORE === 's3' ? s3StoreFromEnv(process.env) : pgStore;
  return chosen;
}
