import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { cityCounts, figuresOf, type OverviewRow, type ZoneCounts } from '@/lib/domain/city-overview';
import type { IsoDate } from '@/lib/domain/dates';
import { CAMPAIGN_KPIS } from '@/lib/domain/kpi';
import type { ReportWeek } from '@/lib/domain/report-weeks';
import { campaignKpiFigures } from './campaign-kpis';
import { lightCounts, projectTotals } from './dashboard';
import { todayQueue } from './dashboard-queue';
import { focusViewer } from './scope';
import { noticeList } from './supervision-notices';
import { zonesInReach } from './users';

// The city overview reads each zone with the zone's own dashboard queries, through the city account narrowed to
// that zone (focusViewer): a zone's row is what its 驾驶舱 shows, by construction, not a parallel computation.

/** One zone's counts, as its 驾驶舱 (and the lists its figures open) count them. */
export async function zoneCounts(
  db: DbOrTx,
  viewer: Viewer,
  at: { today: IsoDate; week: ReportWeek },
): Promise<ZoneCounts> {
  const [totals, lights, queue, kpis, noticesOpen, noticesOverdue] = await Promise.all([
    projectTotals(db, viewer, { year: at.week.year, weekStart: at.week.start }),
    lightCounts(db, viewer, at.today),
    todayQueue(db, viewer, at.today),
    campaignKpiFigures(db, viewer),
    noticeList(db, viewer, 'open', at.today, 1),
    noticeList(db, viewer, 'overdue', at.today, 1),
  ]);
  const kpi = Object.fromEntries(
    CAMPAIGN_KPIS.map((k) => {
      const f = kpis.overall.find((o) => o.key === k.key);
      return [k.key, { listed: f?.listed.length ?? 0, met: f?.met.length ?? 0 }];
    }),
  ) as ZoneCounts['kpis'];
  return {
    projects: totals.projects,
    total: totals.total,
    annualPlan: totals.annualPlan,
    completed: totals.completed,
    notFiled: totals.notFiled,
    red: lights.red,
    yellow: lights.yellow,
    green: lights.green,
    blockersOpen: queue.blockersAwaiting,
    blockersOverdue: queue.blockersOverdue,
    planRequests: queue.planRequests,
    noticesOpen: noticesOpen.total,
    noticesOverdue: noticesOverdue.total,
    kpis: kpi,
  };
}

export interface CityOverview {
  rows: (OverviewRow & { counts: ZoneCounts })[];
  total: OverviewRow['figures'];
  totalCounts: ZoneCounts;
}

/** Every zone the viewer reaches, one row each, and the city's total row. Zones one after another: a
 * zone's queries run together, and the embedded database serves one connection anyway. */
export async function cityOverview(
  db: DbOrTx,
  viewer: Viewer,
  at: { today: IsoDate; week: ReportWeek },
): Promise<CityOverview> {
  const zones = await zonesInReach(db, viewer);
  const rows: CityOverview['rows'] = [];
  for (const [order, zone] of zones.entries()) {
    const counts = await zoneCounts(db, focusViewer(viewer, zone.id), at);
    rows.push({ zoneId: zone.id, zoneName: zone.name, order, counts, figures: figuresOf(counts, at.today) });
  }
  const totalCounts = cityCounts(rows.map((r) => r.counts));
  return { rows, totalCounts, total: figuresOf(totalCounts, at.today) };
}
