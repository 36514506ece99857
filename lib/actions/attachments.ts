'use server';

import { removeAttachmentAction } from './attachment-remove';
import { serve } from './serve';

// Adding goes through app/api/attachments/route.ts: a file is larger than a server action's body may be.

export async function removeAttachment(input: unknown) {
  return serve(removeAttachmentAction, input);
}
