import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { blockers as blockerTable, projects } from '@/db/schema';
import { demoBlockers } from '@/db/seed/demo-blockers';
import { otherZoneBlockers } from '@/db/seed/demo-other-zones';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { isOverdue } from '@/lib/domain/blockers';
import { addDays } from '@/lib/domain/dates';
import { blockerCounts, blockerDetail, blockerQueue } from './blockers';

const h = actionHarness();
const REPORT_DAY = '2024-04-15'; // the seed's "as of" in tests

async function viewer(username: string): Promise<Viewer> {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(username);
  return v;
}

describe('blockerQueue', () => {
  it('marks overdue in SQL exactly as the domain rule does, on any day', async () => {
    const duban = await viewer('duban');
    // the zone's own blockers (another zone's are not duban's to see)
    const stored = (
      await h.db
        .select({ blocker: blockerTable, zoneId: projects.zoneId })
        .from(blockerTable)
        .innerJoin(projects, eq(projects.id, blockerTable.projectId))
    )
      .filter((r) => r.zoneId === duban.zoneId)
      .map((r) => r.blocker);
    for (const today of [REPORT_DAY, addDays(REPORT_DAY, -10), addDays(REPORT_DAY, 30)]) {
      for (const row of await blockerQueue(h.db, await viewer('duban'), {}, today)) {
        const b = stored.find((s) => s.id === row.id);
        expect(row.overdue, `${row.title} on ${today}`).toBe(b ? isOverdue(b, today) : null);
      }
      const overdueOnly = await blockerQueue(h.db, await viewer('duban'), { overdue: true }, today);
      expect(overdueOnly.map((r) => r.id).sort()).toEqual(
        stored
          .filter((b) => isOverdue(b, today))
          .map((b) => b.id)
          .sort(),
      );
    }
  });

  it('lists oldest first with the age in days, and filters by level', async () => {
    const rows = await blockerQueue(h.db, await viewer('duban'), {}, REPORT_DAY);
    expect(rows).toHaveLength(demoBlockers.length);
    expect(rows.map((r) => r.ageDays)).toEqual(
      [...demoBlockers.map((b) => b.raisedDaysAgo)].sort((a, b) => b - a),
    );
    const city = await blockerQueue(h.db, await viewer('shangwu'), { escalated: true }, REPORT_DAY);
    expect(city.map((r) => r.title)).toEqual(['窑炉点火用能指标待落实']);
  });

  it('shows officials their own projects’ blockers when asked, the zone’s otherwise, other zones nothing', async () => {
    expect(await blockerQueue(h.db, await viewer('xu'), {}, REPORT_DAY)).toHaveLength(demoBlockers.length);
    const xu = await blockerQueue(h.db, await viewer('xu'), { mine: true }, REPORT_DAY);
    expect(xu.map((r) => r.projectName)).toEqual(['日盛达光伏玻璃生产线（二期）']);
    // another zone's supervisor: only its own zone's blockers, none of 上党's
    const other = await blockerQueue(h.db, await viewer('gaoxin'), {}, REPORT_DAY);
    expect(other.map((r) => r.title).sort()).toEqual(otherZoneBlockers.map((b) => b.title).sort());
    expect(other.some((r) => demoBlockers.some((b) => b.title === r.title))).toBe(false);
    expect(await blockerQueue(h.db, await viewer('chakan'), {}, REPORT_DAY)).toHaveLength(
      demoBlockers.length,
    );
  });

  it('counts by status and category over the other filters', async () => {
    const { byStatus, byCategory } = await blockerCounts(
      h.db,
      await viewer('duban'),
      { status: 'open' },
      REPORT_DAY,
    );
    expect(byStatus).toEqual({ open: 2, assigned: 2, resolved: 1, closed: 1 });
    expect(byCategory.land).toBe(1);
  });
});

describe('blockerDetail', () => {
  it('gives the timeline to those who reach it, nothing to others', async () => {
    const [first] = await blockerQueue(h.db, await viewer('duban'), {}, REPORT_DAY);
    if (!first) throw new Error('no blocker');
    const detail = await blockerDetail(h.db, await viewer('duban'), first.id);
    expect(detail?.events[0]?.kind).toBe('raise');
    expect(await blockerDetail(h.db, await viewer('gaoxin'), first.id)).toBeNull();
  });
});
