import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milestones, projects } from '@/db/schema';
import { openTestDb } from '@/db/testing/test-db';
import type { DbHandle } from '@/db/types';
import {
  postAction,
  type RunningApp,
  serverActionIds,
  signIn,
  startBuiltApp,
} from '@/lib/testing/app-server';

// What a page and a write weigh as the production build sends them (issue 13): the whole page's payload
// was sent again with every write, and every page carried the whole message catalogue.

let handle: DbHandle;
let app: RunningApp;

beforeAll(async () => {
  handle = await openTestDb();
  app = await startBuiltApp({ url: handle.url ?? '' });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await handle?.close();
});

/** The RSC payload inline in a page's HTML, decoded. */
function payloadOf(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)]
    .map((m) => JSON.parse(m[1] ?? '[]') as unknown[])
    .map((chunk) => (typeof chunk[1] === 'string' ? chunk[1] : ''))
    .join('');
}

/** The top-level namespaces of every message object the page hands to client components. */
function messageNamespaces(payload: string): string[] {
  const found = new Set<string>();
  for (const m of payload.matchAll(/"messages":\{/g)) {
    let depth = 0;
    let key = '';
    // A small scanner: the keys at depth 1 of the object that starts here.
    for (let i = (m.index ?? 0) + '"messages":'.length; i < payload.length; i++) {
      const c = payload[i];
      if (c === '"') {
        const end = payload.indexOf('"', i + 1);
        key = payload.slice(i + 1, end);
        i = end;
        if (depth === 1 && payload[end + 1] === ':') found.add(key);
      } else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) break;
      }
    }
  }
  return [...found].sort();
}

describe('the weight of a page and of a write', () => {
  it('a milestone update answers with its result, not with the page it was posted from', async () => {
    const cookie = await signIn(app.url, 'xu');
    const [project] = await handle.db
      .select()
      .from(projects)
      .where(eq(projects.name, '日盛达光伏玻璃生产线（二期）'));
    const [milestone] = await handle.db
      .select()
      .from(milestones)
      .where(eq(milestones.projectId, project?.id ?? 0))
      .limit(1);
    if (!project || !milestone) throw new Error('demo data missing');
    const answer = await postAction(
      app,
      cookie,
      serverActionIds().updateMilestone ?? '',
      { milestoneId: milestone.id, version: milestone.version, status: 'in_progress', note: '现场已进场' },
      `/projects/${project.id}`,
    );
    expect(answer.result).toMatchObject({ ok: true, data: { version: milestone.version + 1 } });
    // The page it came from holds the project's name; a render of it was 50–70 KB.
    expect(answer.bytes).toBeLessThan(3000);
    const [after] = await handle.db.select().from(milestones).where(eq(milestones.id, milestone.id));
    expect(after).toMatchObject({ version: milestone.version + 1, note: '现场已进场' });
  });

  it('a page hands its client components only the messages they use', async () => {
    const cookie = await signIn(app.url, 'duban');
    const read = async (path: string) =>
      messageNamespaces(payloadOf(await (await fetch(`${app.url}${path}`, { headers: { cookie } })).text()));
    expect(await read('/projects')).toEqual(['app', 'errors']);
    const projectPage = await read('/projects/1');
    expect(projectPage).toEqual(expect.arrayContaining(['app', 'errors', 'milestoneForm', 'validation']));
    expect(projectPage).not.toContain('dashboard');
  });
});
