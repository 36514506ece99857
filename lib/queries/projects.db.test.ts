import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { milestones, parks, projects } from '@/db/schema';
import { openTestDb, sessionOf } from '@/db/testing/test-db';
import type { DbHandle } from '@/db/types';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { addDays } from '@/lib/domain/dates';
import { isLate, milestoneLight } from '@/lib/domain/milestones';
import { getProjectDetail } from './project-detail';
import { listProjects } from './projects';

let handle: DbHandle;
beforeEach(async () => {
  handle = await openTestDb();
});
afterEach(async () => {
  await handle.close();
});

async function viewer(username: string): Promise<Viewer> {
  const v = await loadViewer(handle.db, await sessionOf(handle.db, username));
  if (!v) throw new Error(username);
  return v;
}

describe('listProjects', () => {
  it('counts late and due-soon milestones in SQL exactly as the domain rules do, on any day', async () => {
    const all = await handle.db.select().from(milestones);
    for (const today of ['2024-04-15', '2024-04-28', '2024-06-01', addDays('2024-04-15', -400)]) {
      const rows = await listProjects(handle.db, await viewer('duban'), {}, today);
      for (const row of rows) {
        const own = all.filter((m) => m.projectId === row.id);
        expect(row.lateCount, `${row.name} on ${today}`).toBe(own.filter((m) => isLate(m, today)).length);
        const yellow = own.filter((m) => milestoneLight(m, today) === 'yellow').length;
        expect(row.dueSoonCount, `${row.name} on ${today}`).toBe(yellow);
      }
    }
  });

  it('shows the zone’s projects to its officials and viewers, none to another zone', async () => {
    expect(await listProjects(handle.db, await viewer('ma'), {}, '2024-04-15')).toHaveLength(27);
    expect(await listProjects(handle.db, await viewer('chakan'), {}, '2024-04-15')).toHaveLength(27);
    const zoneOf = new Map(
      (await handle.db.select({ id: projects.id, zoneId: projects.zoneId }).from(projects)).map((p) => [
        p.id,
        p.zoneId,
      ]),
    );
    // another zone's supervisor: its own zone's projects, none of 上党's
    const gaoxin = await viewer('gaoxin');
    const other = await listProjects(handle.db, gaoxin, {}, '2024-04-15');
    expect(other.length).toBe([...zoneOf.values()].filter((z) => z === gaoxin.zoneId).length);
    expect(other.every((r) => zoneOf.get(r.id) === gaoxin.zoneId)).toBe(true);
    // the city: every zone's
    expect(await listProjects(handle.db, await viewer('shangwu'), {}, '2024-04-15')).toHaveLength(
      zoneOf.size,
    );
  });

  it('pages the list in order, each page counting and summing all that match', async () => {
    const duban = await viewer('duban');
    const all = await listProjects(handle.db, duban, {}, '2024-04-15');
    const pages = await Promise.all(
      [0, 10, 20].map((offset) => listProjects(handle.db, duban, {}, '2024-04-15', { offset, limit: 10 })),
    );
    expect(pages.map((p) => p.length)).toEqual([10, 10, 7]);
    expect(pages.flat().map((r) => r.id)).toEqual(all.map((r) => r.id));
    const invested = all.reduce((sum, r) => sum + r.totalInvestment, 0);
    for (const row of pages.flat()) expect([row.matching, row.matchingInvestment]).toEqual([27, invested]);
    expect(pages[2]?.[0]?.contacts).toEqual(all[20]?.contacts);
  });

  it('filters by park and stage, and lists the three contacts', async () => {
    const [pv] = await handle.db.select().from(parks).where(eq(parks.name, '光伏产业园'));
    const rows = await listProjects(
      handle.db,
      await viewer('duban'),
      { parkId: pv?.id, stage: 'under_construction' },
      '2024-04-15',
    );
    expect(rows.map((r) => r.name).sort()).toEqual(
      [
        '光伏产业园项目（孵化楼及10万平米标准化厂房）',
        '日盛达15GW光伏电池高透封装材料项目',
        '日盛达光伏玻璃生产线（二期）',
      ].sort(),
    );
    const glass = rows.find((r) => r.name.startsWith('日盛达光伏玻璃'));
    expect(glass?.contacts.leader?.name).toBe('张某');
    expect(glass?.contacts.cadre?.name).toBe('刘某');
    expect(glass?.contacts.liaison?.name).toBe('徐某');
  });
});

describe('getProjectDetail', () => {
  it('tells the viewer their own role, and hides other zones’ projects', async () => {
    const [row] = await listProjects(handle.db, await viewer('xu'), {}, '2024-04-15');
    if (!row) throw new Error('no project');
    const asXu = await getProjectDetail(handle.db, await viewer('xu'), row.id);
    expect(asXu?.access.assignment).toBe('liaison');
    expect(asXu?.milestones.length).toBeGreaterThan(0);
    expect((await getProjectDetail(handle.db, await viewer('ma'), row.id))?.access.assignment).toBeNull();
    expect(await getProjectDetail(handle.db, await viewer('gaoxin'), row.id)).toBeNull();
  });
});
