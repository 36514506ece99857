import { addAttachmentAction } from '@/lib/actions/attachment-add';
import { mayAttachTo } from '@/lib/actions/attachment-target';
import { actionAnswer, readUpload, routeRequest } from '@/lib/actions/route-run';
import { ATTACHMENT_MAX_BYTES } from '@/lib/attachments/kinds';
import { prepareUpload, UploadRefused } from '@/lib/attachments/prepare';
import { getViewer } from '@/lib/auth/session';
import { attachmentTargetSchema, clientTakenAtSchema } from '@/lib/validation/attachment';

// One photo or file per POST (multipart: `file`, the target's fields, the browser's `takenAt`). The file is
// checked by content and a photo re-encoded here, outside the transaction; the attach action then checks
// the permission against the target and writes the row, its bytes and the audit row together.

const BODY_LIMIT = ATTACHMENT_MAX_BYTES + 64 * 1024;

export async function POST(request: Request) {
  const { refuse, context } = await routeRequest();
  const viewer = await getViewer();
  if (!viewer) return refuse(401, 'actions.unauthenticated');
  const upload = await readUpload(request, BODY_LIMIT);
  if (!('form' in upload))
    return upload.tooLarge ? refuse(413, 'attachments.problem.tooLarge') : refuse(400, 'actions.invalid');
  const { form } = upload;
  const file = form.get('file');
  const target = attachmentTargetSchema.safeParse(Object.fromEntries(form));
  if (!(file instanceof File) || !target.success) return refuse(400, 'actions.invalid');
  if (file.size > ATTACHMENT_MAX_BYTES) return refuse(413, 'attachments.problem.tooLarge');
  const ctx = await context();
  if (!(await mayAttachTo(ctx.db, viewer, target.data))) return refuse(404, 'actions.notFound');

  let prepared: Awaited<ReturnType<typeof prepareUpload>>;
  try {
    const takenAt = clientTakenAtSchema.parse(form.get('takenAt'));
    prepared = await prepareUpload(new Uint8Array(await file.arrayBuffer()), file.name, takenAt);
  } catch (err) {
    if (!(err instanceof UploadRefused)) throw err;
    const status = err.problem === 'tooLarge' ? 413 : 415;
    return refuse(status, `attachments.problem.${err.problem}`);
  }
  const { result } = await addAttachmentAction.run(ctx, {
    target: target.data,
    clientKey: form.get('clientKey'),
    file: prepared,
  });
  return actionAnswer(result);
}
