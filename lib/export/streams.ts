import { once } from 'node:events';
import { Readable, type Writable } from 'node:stream';

/** Thrown inside a file's writer when its reader went away: the loops unwind and read no more zones. */
export class ReaderGone extends Error {
  constructor() {
    super('the download was cancelled');
  }
}

/**
 * Node stream → web stream for a Response body. Readable.toWeb pauses the Node side while the client is
 * slow, so the writers wait (drain) instead of piling the file up in memory; a cancelled download destroys it.
 */
export function nodeToWeb(stream: Readable): ReadableStream<Uint8Array> {
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}

/** Resolves when the stream can take more (at once, or on its next drain); throws ReaderGone once it is closed. */
export async function drained(stream: Writable): Promise<void> {
  if (stream.writableNeedDrain && !stream.destroyed) {
    await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
  } else {
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (stream.destroyed) throw new ReaderGone();
}
