import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from '@/db/schema';
import type { Db } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { searchAll } from '@/lib/queries/search';

// The header search's statements at city scale, in-process: the time from the query to the first results a
// page shows (all four kinds, read at once). The goal is 100 ms; printed, never asserted.

const QUERIES = [
  ['two characters (no trigram)', '光伏'],
  ['three characters', '日盛达'],
  ['a project name part, every bench project matches', '压测项目'],
  ['pinyin initials', 'rsd'],
  ['pinyin initials, every bench project matches', 'ycxm'],
  ['full pinyin', 'rishengda'],
  ['nothing matches', '不存在的名字'],
] as const;

const viewerOf = (role: Viewer['role'], zoneId: number | null): Viewer => ({
  id: 0,
  name: 'bench',
  title: '',
  role,
  zoneId,
  unread: 0,
});

export async function searchSql(say: (line: string) => void, url: string, zone: number) {
  say('\n## Search (header box), SQL alone: the four kinds at once, median of 15 reads, in-process\n');
  say('| query | city supervisor (all zones) | zone official (500 projects) |');
  say('|---|---|---|');
  const pool = new Pool({ connectionString: url, options: '-c jit=off' });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const median = async (viewer: Viewer, q: string) => {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      await searchAll(db, viewer, q);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return `${times[7]?.toFixed(1)} ms`;
  };
  try {
    for (const [title, q] of QUERIES)
      say(
        `| ${title}: \`${q}\` | ${await median(viewerOf('supervisor', null), q)} | ${await median(viewerOf('official', zone), q)} |`,
      );
  } finally {
    await pool.end();
  }
}
