import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { progressReports } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { addDays } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { fileProgressAction } from './progress';

const h = actionHarness();
const PROJECT = '日盛达光伏玻璃生产线（二期）'; // zhang, liu, xu
const week = () => reportWeekOf(new Date()).start;

async function reportsOf(projectId: number, weekStart: string) {
  return h.db
    .select()
    .from(progressReports)
    .where(and(eq(progressReports.projectId, projectId), eq(progressReports.weekStart, weekStart)));
}
async function input(extra: Record<string, unknown> = {}) {
  return {
    projectId: await h.projectId(PROJECT),
    weekStart: week(),
    version: '',
    progress: '点火成功，进入试运营。',
    nextPlan: '组织投产准备。',
    investment: '320',
    ...extra,
  };
}

describe('file the weekly report', () => {
  it.each(['xu', 'liu', 'zhang'])('the assigned %s files it, then edits it with the version', async (who) => {
    const first = await h.run(fileProgressAction, who, await input());
    expect(first).toMatchObject({ ok: true, data: { investment: 320, version: 1 } });
    const edited = await h.run(fileProgressAction, who, await input({ version: 1, investment: 400 }));
    expect(edited).toMatchObject({ ok: true, data: { investment: 400, version: 2 } });
    expect(await reportsOf(await h.projectId(PROJECT), week())).toHaveLength(1);
  });

  // Truly concurrent on PostgreSQL (CI runs this file there too); PGlite runs the transactions one by one.
  it('a replayed first filing does not make a second report', async () => {
    const i = await input();
    const results = await Promise.all(Array.from({ length: 5 }, () => h.run(fileProgressAction, 'xu', i)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await reportsOf(i.projectId, week())).toHaveLength(1);
  });

  it.each([
    ['an official of other projects', 'ma', 'forbidden'],
    ['the zone’s supervisor (reports come from the project’s officials)', 'duban', 'forbidden'],
    ['a viewer', 'chakan', 'forbidden'],
    ['another zone’s supervisor', 'gaoxin', 'not_found'],
    ['no session', null, 'unauthenticated'],
  ] as const)('is refused for %s', async (_label, who, code) => {
    await h.expectRefused(fileProgressAction, who, await input(), code);
  });

  it('refuses negative or fractional money, a non-Monday, a future week, empty progress, a stale version', async () => {
    for (const bad of [
      { investment: '-1' },
      { investment: '1.5' },
      { weekStart: addDays(week(), 1) },
      { weekStart: addDays(week(), 7) },
      { progress: ' ' },
    ]) {
      await h.expectRefused(fileProgressAction, 'xu', await input(bad), 'invalid');
    }
    expect((await h.run(fileProgressAction, 'xu', await input())).ok).toBe(true);
    await h.expectRefused(fileProgressAction, 'xu', await input({ version: '' }), 'conflict');
  });
});
