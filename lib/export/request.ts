import { asc } from 'drizzle-orm';
import { zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import { can } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import type { ReportWeek } from '@/lib/domain/report-weeks';
import type { Stage } from '@/lib/domain/stages';
import { zoneScope } from '@/lib/queries/scope';
import type { ReportParams } from '@/lib/validation/report-params';

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

/**
 * Which zone, week and filter a report page or download asks for, the same way for all of them: the zone
 * asked for, else the viewer's own (a city account: the first), and the week and filter as parsed
 * (lib/validation/report-params.ts). Null when that zone does not exist or the viewer may not read its report:
 * another zone's report is refused, not swapped for one's own, and a city account gets no empty report for a
 * zone that is not there.
 */
export async function resolveReportRequest(
  db: DbOrTx,
  viewer: Viewer,
  p: ReportParams,
): Promise<ReportRequest | null> {
  const reachable = await db
    .select({ id: zones.id })
    .from(zones)
    .where(zoneScope(viewer, zones.id))
    .orderBy(asc(zones.id));
  const readable = reachable.map((z) => z.id).filter((id) => can(viewer, 'report.read', { zoneId: id }));
  if (p.zone === 'all') return null;
  const zoneId = p.zone ?? viewer.zoneId ?? reachable[0]?.id;
  if (zoneId === undefined || !readable.includes(zoneId)) return null;
  return { zoneId, week: p.week, filter: { parkId: p.park, stage: p.stage }, readable };
}

/** What a download asks for: as a page does, or with `zone=all` every zone the viewer may read (no park). */
export async function resolveExportRequest(
  db: DbOrTx,
  viewer: Viewer,
  p: ReportParams,
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
