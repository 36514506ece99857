import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { projectAssignments, projects, users, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import { incompleteContacts, officialsLoad } from './officials';
import { weeklyFiling } from './weekly';

// The city's accounts see every zone in the supervisors' lists, so each row says which zone it belongs to.

const h = actionHarness();
const viewer = async (username: string) => {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(username);
  return v;
};
const zoneName = async (code: string) =>
  (await h.db.select().from(zones).where(eq(zones.code, code)))[0]?.name;

describe('the zone of each row in the supervisors’ lists', () => {
  it('filing, incomplete "三个一" and officials’ load name the zone', async () => {
    const city = await viewer('shangwu');
    const shangdang = await zoneName('shangdang');
    const filing = await weeklyFiling(h.db, city, reportWeekContaining('2024-04-15'));
    // every project of every zone, each named with its own zone
    const all = await h.db
      .select({ id: projects.id, zoneName: zones.name })
      .from(projects)
      .innerJoin(zones, eq(zones.id, projects.zoneId));
    expect(filing.length).toBe(all.length);
    expect(filing.filter((r) => r.zoneName === shangdang)).toHaveLength(27);
    const zoneOf = new Map(all.map((p) => [p.id, p.zoneName]));
    expect(filing.every((r) => r.zoneName === zoneOf.get(r.id))).toBe(true);
    expect(new Set(filing.map((r) => r.zoneName)).size).toBe(10);

    const [p] = await h.db.select().from(projects).limit(1);
    await h.db.delete(projectAssignments).where(eq(projectAssignments.projectId, p?.id ?? 0));
    const incomplete = await incompleteContacts(h.db, city);
    expect(incomplete.map((r) => r.id)).toContain(p?.id);
    expect(incomplete.find((r) => r.id === p?.id)?.zoneName).toBe(shangdang);

    const load = await officialsLoad(h.db, city);
    expect(load.length).toBeGreaterThan(0);
    // each official under their own zone's name, officials of several zones mixed
    const zoneOfUser = new Map(
      (
        await h.db
          .select({ id: users.id, zoneName: zones.name })
          .from(users)
          .innerJoin(zones, eq(zones.id, users.zoneId))
      ).map((u) => [u.id, u.zoneName]),
    );
    expect(load.every((o) => o.zoneName === zoneOfUser.get(o.userId))).toBe(true);
    expect(new Set(load.map((o) => o.zoneName)).size).toBeGreaterThan(1);
  });
});
