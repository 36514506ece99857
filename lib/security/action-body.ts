import { isMultipart, type Refusal, TOO_LARGE } from './request-guard';

/**
 * Reads a server action's body the way Next will, counting bytes as they arrive: a body sent without
 * Content-Length (chunked) is held to the same limit. Next buffers the body for the proxy up to
 * `proxyClientMaxBodySize` (10 MB by default), beyond the 1 MB limit, so the excess is always seen here.
 * Multipart bodies come back as their parts; one that cannot be parsed would make Next throw.
 */
export async function readActionBody(
  request: Request,
  limit: number,
): Promise<{ body: string | FormData } | Refusal> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return TOO_LARGE;
      }
      chunks.push(read.value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  if (!isMultipart(request.headers)) return { body: new TextDecoder().decode(bytes) };
  try {
    const headers = { 'content-type': request.headers.get('content-type') ?? '' };
    return { body: await new Response(bytes, { headers }).formData() };
  } catch {
    return { status: 400, reason: 'malformed multipart body' };
  }
}
