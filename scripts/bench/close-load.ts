import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';

// Users who each open a new connection for every request (`Connection: close`), as wrk does with that header
// and as phones on a mobile network mostly do: autocannon 9 cannot (its reconnectRate drops the response
// before every reconnect), so this small loop does it. Bodies are asked for gzip, as a browser asks.

export interface CloseLoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  /** The body of each request (a new one per request, e.g. the next milestone to write). */
  body?: () => string;
  /** Sees each answer, e.g. to count the writes that applied. */
  onResponse?: (status: number, body: Buffer) => void;
}

export interface CloseLoadResult {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  /** Bytes on the wire per response, body as sent (compressed) plus headers. */
  kbPerResponse: number;
}

function once(opts: CloseLoadOptions): Promise<{ status: number; bytes: number; ms: number; body: Buffer }> {
  const started = performance.now();
  const body = opts.body?.();
  return new Promise((resolve) => {
    const req = request(
      opts.url,
      {
        method: opts.method ?? 'GET',
        agent: false,
        headers: { ...opts.headers, connection: 'close', 'accept-encoding': 'gzip' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let bytes = res.rawHeaders.reduce((n, h) => n + h.length + 2, 0);
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          chunks.push(chunk);
        });
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          let body = raw;
          // A body cut off mid-stream does not decompress: an error answer, not a crash of the run.
          try {
            if (opts.onResponse && res.headers['content-encoding'] === 'gzip') body = gunzipSync(raw);
          } catch {
            resolve({ status: 0, bytes, ms: performance.now() - started, body: Buffer.alloc(0) });
            return;
          }
          resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started, body });
        });
        res.on('error', () =>
          resolve({ status: 0, bytes, ms: performance.now() - started, body: Buffer.alloc(0) }),
        );
      },
    );
    req.on('error', () =>
      resolve({ status: 0, bytes: 0, ms: performance.now() - started, body: Buffer.alloc(0) }),
    );
    req.end(body);
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);

/** `connections` loops, each sending its next request when the last one's answer has ended. */
export async function closeLoad(opts: CloseLoadOptions): Promise<CloseLoadResult> {
  const until = performance.now() + opts.seconds * 1000;
  const times: number[] = [];
  let bytes = 0;
  let errors = 0;
  const user = async () => {
    while (performance.now() < until) {
      const r = await once(opts);
      times.push(r.ms);
      bytes += r.bytes;
      if (r.status < 200 || r.status >= 400) errors++;
      opts.onResponse?.(r.status, r.body);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: opts.connections }, user));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    rps: times.length / elapsed,
    p50: Math.round(quantile(times, 0.5)),
    p95: Math.round(quantile(times, 0.95)),
    errors,
    kbPerResponse: times.length ? bytes / times.length / 1024 : 0,
  };
}
