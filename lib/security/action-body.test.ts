import { describe, expect, it } from 'vitest';
import { readActionBody } from './action-body';

const LIMIT = 64;

function post(body: BodyInit, contentType = 'text/plain;charset=UTF-8'): Request {
  return new Request('http://zone.example.cn/', {
    method: 'POST',
    body,
    headers: { 'content-type': contentType },
  });
}

/** A body without Content-Length: chunks of a stream, as a chunked upload arrives. */
function chunked(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readActionBody', () => {
  it('reads a text body up to the limit, in bytes', async () => {
    expect(await readActionBody(post('["中"]'), LIMIT)).toEqual({ body: '["中"]' });
    expect(await readActionBody(post('x'.repeat(LIMIT)), LIMIT)).toEqual({ body: 'x'.repeat(LIMIT) });
    expect(await readActionBody(post('中'.repeat(22)), LIMIT)).toMatchObject({ status: 413 });
  });

  it('holds a body sent in chunks to the same limit', async () => {
    const request = new Request('http://zone.example.cn/', {
      method: 'POST',
      body: chunked('x'.repeat(40), 'x'.repeat(40)),
      duplex: 'half',
    } as RequestInit);
    expect(await readActionBody(request, LIMIT)).toMatchObject({ status: 413 });
  });

  it('returns the parts of a multipart body, and 400 for one that does not parse', async () => {
    const form = new FormData();
    form.append('0', '["$K1"]');
    const encoded = new Request('http://zone.example.cn/', { method: 'POST', body: form });
    const read = await readActionBody(encoded, 1024);
    const parts = 'body' in read ? read.body : null;
    expect(parts).toBeInstanceOf(FormData);
    expect((parts as FormData).get('0')).toBe('["$K1"]');
    expect(await readActionBody(post('garbage', 'multipart/form-data; boundary=zz'), LIMIT)).toMatchObject({
      status: 400,
    });
  });
});
