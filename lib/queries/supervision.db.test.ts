import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { projects } from '@/db/schema';
import { demoProjects } from '@/db/seed/demo-projects';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import { incompleteContacts, officialsLoad } from './officials';
import { myProjects, weeklyFiling } from './weekly';

const h = actionHarness();
const WEEK = reportWeekContaining('2024-04-15'); // the seed's "as of" week in tests

async function viewer(username: string): Promise<Viewer> {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(username);
  return v;
}

describe('weeklyFiling', () => {
  it('lists the week’s unfiled reports and the one that repeats last week word for word', async () => {
    const rows = await weeklyFiling(h.db, await viewer('duban'), WEEK);
    expect(rows).toHaveLength(27);
    expect(rows.filter((r) => !r.filed)).toHaveLength(9);
    expect(rows.filter((r) => r.repeats).map((r) => r.name)).toEqual([demoProjects[4]?.name]);
    expect(rows.find((r) => r.name === '石英砂提纯项目')).toMatchObject({ filed: false });
  });

  it('shows another zone none of this zone’s projects, only its own', async () => {
    const gaoxin = await viewer('gaoxin');
    const rows = await weeklyFiling(h.db, gaoxin, WEEK);
    const own = await h.db
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.zoneId, gaoxin.zoneId ?? 0));
    expect(own.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id).sort()).toEqual(own.map((p) => p.id).sort());
  });
});

describe('myProjects', () => {
  it('gives an official their projects with their role and this week’s state', async () => {
    const rows = await myProjects(h.db, await viewer('xu'), WEEK, '2024-04-15');
    const expected = demoProjects.filter((p) => p.contacts[2] === 'xu').map((p) => p.name);
    expect(rows.map((r) => r.name).sort()).toEqual(expected.sort());
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(['liaison']));
  });
});

describe('contacts overview', () => {
  it('finds the project whose only liaison is disabled', async () => {
    const rows = await incompleteContacts(h.db, await viewer('duban'));
    expect(rows).toEqual([expect.objectContaining({ name: '石英砂提纯项目', missing: ['liaison'] })]);
  });

  it('counts each official’s roles', async () => {
    const load = await officialsLoad(h.db, await viewer('duban'));
    const zhang = load.find((o) => o.name === '张某');
    const led = demoProjects.filter((p) => p.contacts[0] === 'zhang').length;
    expect(zhang).toMatchObject({ leader: led, cadre: 0, liaison: 0, total: led });
    expect(load[0]?.total).toBeGreaterThanOrEqual(led);
  });
});
