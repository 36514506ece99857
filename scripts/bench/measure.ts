import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { RunningApp } from '@/lib/testing/app-server';

// The measurements of `npm run bench`, each printing one line or row; none ever fails on a time.

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

export interface Page {
  title: string;
  path: string;
}

// Twenty users each opening a connection per request is not among them: autocannon 9's reconnectRate drops
// the response of every request after which it reconnects, so at 1 it records nothing.
const LOADS = [
  { users: '1', connections: 1 },
  { users: '20', connections: 20 },
];

/** The header of the rows `load` prints. */
export const LOAD_HEADER = [
  '| what | users | p50 | p97.5 | p99 | req/s | KB per response | errors |',
  '|---|---|---|---|---|---|---|---|',
];

/**
 * One table row per way of loading: latencies (ms), throughput, the size of a response as sent (headers and
 * body, uncompressed: autocannon asks for no encoding) and errors, from autocannon.
 */
export async function load(say: (line: string) => void, title: string, opts: autocannon.Options) {
  for (const { users, ...how } of LOADS) {
    const r = await autocannon({ duration: SECONDS, ...how, ...opts });
    // Let requests still queued in the server finish, so the next row starts on an idle server.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const kb = r.requests.average > 0 ? r.throughput.average / r.requests.average / 1024 : 0;
    say(
      `| ${title} | ${users} | ${r.latency.p50} | ${r.latency.p97_5} | ${r.latency.p99} | ${r.requests.average.toFixed(0)} | ${kb.toFixed(1)} | ${r.errors + r.non2xx} |`,
    );
  }
}

/** SQL statements one request runs, counted from the app's query log (nothing else runs meanwhile). */
export async function queriesPerRequest(app: RunningApp, path: string, cookie: string): Promise<number> {
  await fetch(`${app.url}${path}`, { headers: { cookie } }); // warm: first renders may load more
  await settle();
  const before = app.queries();
  const res = await fetch(`${app.url}${path}`, { headers: { cookie } });
  await res.arrayBuffer();
  await settle();
  return app.queries() - before;
}
const settle = () => new Promise((r) => setTimeout(r, 150));

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Time, size and the server's peak resident memory above its idle level while one file downloads. */
export async function download(app: RunningApp, path: string, cookie: string) {
  const idle = rssMb(app.pid);
  let peak = idle;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(app.pid))), 20);
  const t0 = performance.now();
  const res = await fetch(`${app.url}${path}`, { headers: { cookie } });
  const size = (await res.arrayBuffer()).byteLength;
  const ms = performance.now() - t0;
  clearInterval(timer);
  return `${ms.toFixed(0)} ms, ${(size / 1024).toFixed(0)} KB, HTTP ${res.status}, server RSS ${idle.toFixed(0)} → peak ${peak.toFixed(0)} MB (+${(peak - idle).toFixed(0)} MB)`;
}
