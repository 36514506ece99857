import { availableParallelism } from 'node:os';
import autocannon from 'autocannon';
import { signIn, startBuiltApp } from '@/lib/testing/app-server';
import { type Page, SECONDS } from './measure';

const CONNECTIONS = 20;

/**
 * The same pages served by one worker and by one per core (server.mjs's cluster, WEB_CONCURRENCY), one after
 * the other in this run, 20 users each: req/s, p97.5 and the ratio of the two.
 */
export async function clusterTable(
  say: (line: string) => void,
  url: string,
  username: string,
  pages: Page[],
) {
  const cores = availableParallelism();
  const figures = new Map<string, { rps: number; p97: number; errors: number }[]>();
  for (const workers of [1, cores]) {
    const app = await startBuiltApp({ url }, { workers });
    try {
      const cookie = await signIn(app.url, username);
      for (const page of pages) {
        // A short warm-up per worker: the first renders of a page load its code.
        await autocannon({ url: `${app.url}${page.path}`, headers: { cookie }, duration: 2, connections: 4 });
        const r = await autocannon({
          url: `${app.url}${page.path}`,
          headers: { cookie },
          duration: SECONDS,
          connections: CONNECTIONS,
        });
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const row = figures.get(page.title) ?? [];
        row.push({ rps: r.requests.average, p97: r.latency.p97_5, errors: r.errors + r.non2xx });
        figures.set(page.title, row);
      }
    } finally {
      await app.stop();
    }
  }
  say(`\n## One worker and one per core (${cores}), ${CONNECTIONS} users, PostgreSQL\n`);
  say('| page | 1 worker req/s (p97.5 ms) | per core req/s (p97.5 ms) | per core / 1 | errors |');
  say('|---|---|---|---|---|');
  for (const [title, [one, all]] of figures) {
    if (!one || !all) continue;
    say(
      `| ${title} | ${one.rps.toFixed(0)} (${one.p97}) | ${all.rps.toFixed(0)} (${all.p97}) | ${(all.rps / one.rps).toFixed(2)}× | ${one.errors + all.errors} |`,
    );
  }
}
