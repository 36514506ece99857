import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { RunningApp } from '@/lib/testing/app-server';

// The measurements of `npm run bench`, each printing one line or row; none ever fails on a time.

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

export interface Page {
  title: string;
  path: string;
}

/** One table row per number of users: latencies (ms), throughput and errors from autocannon. */
export async function load(say: (line: string) => void, title: string, opts: autocannon.Options) {
  for (const connections of [1, 20]) {
    const r = await autocannon({ duration: SECONDS, connections, ...opts });
    // Let requests still queued in the server finish, so the next row starts on an idle server.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    say(
      `| ${title} | ${connections} | ${r.latency.p50} | ${r.latency.p97_5} | ${r.latency.p99} | ${r.requests.average.toFixed(0)} | ${r.errors + r.non2xx} |`,
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
