import { getDb } from '@/db';
import { EXTENSIONS } from '@/lib/attachments/kinds';
import { attachmentStore } from '@/lib/attachments/store';
import { getViewer } from '@/lib/auth/session';
import { contentDisposition } from '@/lib/export/content-disposition';
import { attachmentForDownload } from '@/lib/queries/attachments';
import { attachmentIdSchema, attachmentSizeSchema } from '@/lib/validation/attachment';

const notFound = () => new Response('Not found', { status: 404 });

/**
 * A photo, its thumbnail (?size=thumb) or a file, for whoever may read its project. Signed out, another
 * zone's, unknown and malformed ids all get the same 404: the answer does not confirm that a file exists.
 * Photos are shown in the page; every other kind is only ever downloaded.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const id = attachmentIdSchema.safeParse((await params).id);
  if (!viewer || !id.success) return notFound();
  const db = await getDb();
  const found = await attachmentForDownload(db, viewer, id.data);
  if (!found) return notFound();
  const size = attachmentSizeSchema.parse(new URL(request.url).searchParams.get('size') ?? undefined);
  const thumb = size === 'thumb' && found.kind === 'photo';
  // The bytes at an address never change, so the id is the tag: the browser asks each time (access may have
  // changed, the file may be gone) and is answered without the bytes when it has them.
  const tag = `"${found.id}-${thumb ? 'thumb' : 'file'}"`;
  const revalidate = { 'Cache-Control': 'private, no-cache', ETag: tag };
  if (request.headers.get('if-none-match') === tag)
    return new Response(null, { status: 304, headers: revalidate });
  const bytes = await attachmentStore().get(db, found.id, thumb ? 'thumb' : 'file');
  if (!bytes) return notFound();
  const photo = found.kind === 'photo';
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': thumb ? 'image/jpeg' : found.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(
        photo ? 'inline' : 'attachment',
        `${found.id}.${EXTENSIONS[found.kind]}`,
        found.fileName,
      ),
      ...revalidate,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
