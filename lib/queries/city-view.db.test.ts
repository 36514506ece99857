import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { projectAssignments, projects, zones } from '@/db/schema';
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
    expect(filing.length).toBe(27);
    expect(new Set(filing.map((r) => r.zoneName))).toEqual(new Set([shangdang]));

    const [p] = await h.db.select().from(projects).limit(1);
    await h.db.delete(projectAssignments).where(eq(projectAssignments.projectId, p?.id ?? 0));
    const incomplete = await incompleteContacts(h.db, city);
    expect(incomplete.map((r) => r.id)).toContain(p?.id);
    expect(incomplete.every((r) => r.zoneName === shangdang)).toBe(true);

    const load = await officialsLoad(h.db, city);
    expect(load.length).toBeGreaterThan(0);
    expect(load.every((o) => o.zoneName === shangdang)).toBe(true);
  });
});
