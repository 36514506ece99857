import { asc } from 'drizzle-orm';
import { zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import { can } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { isIsoDate } from '@/lib/domain/dates';
import { type ReportWeek, reportWeekContaining, reportWeekOf } from '@/lib/domain/report-weeks';
import { STAGES, type Stage } from '@/lib/domain/stages';
import { zoneScope } from '@/lib/queries/scope';

export interface ReportRequest {
  zoneId: number;
  week: ReportWeek;
  filter: { parkId?: number; stage?: Stage };
  /** Every zone whose report the viewer may read (more than one for the city's accounts). */
  readable: number[];
}

/** A download: one zone's report, or every readable zone's (`zone=all`, the city's whole 周报). */
export interface ExportRequest {
  zoneIds: number[];
  week: ReportWeek;
  filter: ReportRequest['filter'];
  allZones: boolean;
}

type Params = Record<string, string | undefined>;

/**
 * Which zone, week and filter a report page or download asks for, the same way for all of them: the zone
 * asked for, else the viewer's own (a city account: the first), the week containing the date asked for
 * (never a future one), else this week. Null when the viewer may not read that zone's report.
 */
export async function resolveReportRequest(
  db: DbOrTx,
  viewer: Viewer,
  p: Params,
): Promise<ReportRequest | null> {
  const reachable = await db
    .select({ id: zones.id })
    .from(zones)
    .where(zoneScope(viewer, zones.id))
    .orderBy(asc(zones.id));
  // A zone asked for must be one the viewer reaches: another zone's report is refused, not swapped for one's own.
  const zoneId = p.zone ? Number(p.zone) : (viewer.zoneId ?? reachable[0]?.id);
  if (zoneId === undefined || !Number.isInteger(zoneId) || !can(viewer, 'report.read', { zoneId }))
    return null;
  const current = reportWeekOf(new Date());
  const week = p.week && isIsoDate(p.week) && p.week <= current.end ? reportWeekContaining(p.week) : current;
  const parkId = Number(p.park);
  return {
    zoneId,
    week,
    filter: {
      parkId: Number.isInteger(parkId) && parkId > 0 ? parkId : undefined,
      stage: STAGES.find((s) => s === p.stage),
    },
    readable: reachable.map((z) => z.id).filter((id) => can(viewer, 'report.read', { zoneId: id })),
  };
}

/** What a download asks for: as a page does, or with `zone=all` every zone the viewer may read (no park). */
export async function resolveExportRequest(
  db: DbOrTx,
  viewer: Viewer,
  p: Params,
): Promise<ExportRequest | null> {
  const allZones = p.zone === 'all';
  const req = await resolveReportRequest(
    db,
    viewer,
    allZones ? { ...p, zone: undefined, park: undefined } : p,
  );
  if (!req) return null;
  return { zoneIds: allZones ? req.readable : [req.zoneId], week: req.week, filter: req.filter, allZones };
}

/** The query string that asks for the same report (for downloads and the print view). */
export function reportQuery(r: ReportRequest): string {
  const q = new URLSearchParams({ zone: String(r.zoneId), week: r.week.start });
  if (r.filter.parkId) q.set('park', String(r.filter.parkId));
  if (r.filter.stage) q.set('stage', r.filter.stage);
  return q.toString();
}
