import { availableParallelism } from 'node:os';
import { type RunningApp, serverActionIds, signIn, startBuiltApp } from '@/lib/testing/app-server';
import { type CloseLoadResult, closeLoad } from './close-load';
import { type Page, SECONDS } from './measure';

const CONNECTIONS = 20;
const FLOOR: Page = {
  title: 'floor: layout, session check, 50 fixed rows (/bench/floor)',
  path: '/bench/floor',
};

/** Milestones to write, one each, taken from the end of the list (the keep-alive rows take the start). */
export interface Writes {
  project: number;
  milestones: number[];
}

async function measure(
  app: RunningApp,
  cookie: string,
  pages: Page[],
  writes: Writes,
  counts: { sent: number; applied: number },
) {
  const out = new Map<string, CloseLoadResult>();
  for (const page of [FLOOR, ...pages]) {
    const url = `${app.url}${page.path}`;
    // A short warm-up per worker: the first renders of a page load its code.
    await closeLoad({ url, headers: { cookie }, connections: 4, seconds: 2 });
    out.set(
      page.title,
      await closeLoad({ url, headers: { cookie }, connections: CONNECTIONS, seconds: SECONDS }),
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  out.set(
    'milestone update (a write each)',
    await closeLoad({
      url: `${app.url}/projects/${writes.project}`,
      method: 'POST',
      connections: CONNECTIONS,
      seconds: SECONDS,
      headers: {
        cookie,
        'Next-Action': serverActionIds().updateMilestone ?? '',
        'Content-Type': 'text/plain;charset=UTF-8',
        Origin: app.url,
      },
      body: () =>
        JSON.stringify([
          // Past the end of the list (a machine far faster than this one) the id is missing and the write refused,
          // which the count of writes applied then shows.
          { milestoneId: writes.milestones.pop() ?? 0, version: 1, status: 'in_progress', note: 'bench' },
        ]),
      onResponse: (_status, body) => {
        counts.sent++;
        if (body.includes('"ok":true')) counts.applied++;
      },
    }),
  );
  return out;
}

/**
 * Twenty users each opening a new connection per request, on one worker and on one per core (server.mjs's
 * cluster, WEB_CONCURRENCY), one after the other in this run: req/s and p95 of each page, each page's req/s
 * over the floor page's, the bytes a response takes on the wire, and the per-core over one-worker ratio.
 */
export async function clusterTable(
  say: (line: string) => void,
  url: string,
  username: string,
  pages: Page[],
  writes: Writes,
) {
  const cores = availableParallelism();
  const runs: Map<string, CloseLoadResult>[] = [];
  const counts = { sent: 0, applied: 0 };
  for (const workers of [1, cores]) {
    const app = await startBuiltApp({ url }, { workers });
    try {
      runs.push(await measure(app, await signIn(app.url, username), pages, writes, counts));
    } finally {
      await app.stop();
    }
  }
  const [one, all] = runs;
  if (!one || !all) return;
  const floor = (run: Map<string, CloseLoadResult>) => run.get(FLOOR.title)?.rps ?? 1;
  say(
    `\n## ${CONNECTIONS} users, a new connection per request (Connection: close, gzip), one worker and one per core (${cores}), PostgreSQL\n`,
  );
  say(
    '| what | 1 worker req/s (p50 / p95 ms) | per core req/s (p50 / p95 ms) | per core / 1 | ÷ floor (per core) | KB on the wire | errors |',
  );
  say('|---|---|---|---|---|---|---|');
  for (const [title, a] of one) {
    const b = all.get(title);
    if (!b) continue;
    say(
      `| ${title} | ${a.rps.toFixed(0)} (${a.p50} / ${a.p95}) | ${b.rps.toFixed(0)} (${b.p50} / ${b.p95}) | ${(b.rps / a.rps).toFixed(2)}× | ${(b.rps / floor(all)).toFixed(2)} | ${b.kbPerResponse.toFixed(1)} | ${a.errors + b.errors} |`,
    );
  }
  say(
    `\nMilestone updates in this table that wrote: ${counts.applied} of ${counts.sent} sent (each to a milestone not written before).`,
  );
}
