'use server';

import { attachmentStore } from '@/lib/attachments/store';
import { removeAttachmentAction } from './attachment-remove';
import { serve } from './serve';

// Adding goes through app/api/attachments/route.ts: a file is larger than a server action's body may be.

export async function removeAttachment(input: unknown) {
  const result = await serve(removeAttachmentAction, input);
  if (result.ok) await attachmentStore().discard(result.data.id);
  return result;
}
