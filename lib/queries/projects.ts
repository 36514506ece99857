import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { enterprises, parks, projects, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import type { IsoDate } from '@/lib/domain/dates';
import type { Stage } from '@/lib/domain/stages';
import type { ProjectSort } from '@/lib/validation/project-list';
import { overdueBlockerCount } from './blockers';
import { activeContacts } from './contacts';
import { dueSoonMilestones, lateMilestones } from './milestone-counts';
import { planChangeCountSql, slippedSql, totalDelayDaysSql } from './plan-state';
import { zoneScope } from './scope';

export interface ProjectFilter {
  parkId?: number;
  stage?: Stage;
  /** Only projects with 累计延期天数 above 0. */
  slipped?: boolean;
  /** 'delay': most delayed first; otherwise by park, then as entered. */
  sort?: ProjectSort;
}

/** By zone (the city's accounts list several), then park, then as entered. */
const BY_PARK = [asc(projects.zoneId), asc(parks.sortOrder), asc(projects.id)];
/** The list's orders; the dashboard's most delayed projects are the first rows of 'delay'. */
export const PROJECT_ORDER: Record<ProjectSort, SQL[]> = {
  park: BY_PARK,
  delay: [desc(totalDelayDaysSql), ...BY_PARK],
};

/**
 * The key projects the viewer reaches, with park, enterprise, the three contacts, the late count, 调整次数 and
 * 累计延期天数; one page of them when `page` is given. `matching` and `matchingInvestment` are over all that
 * match the filter (window aggregates, so the count and the page come from one statement).
 */
export async function listProjects(
  db: DbOrTx,
  viewer: Viewer,
  filter: ProjectFilter,
  today: IsoDate,
  page?: { offset: number; limit: number },
) {
  const query = db
    .select({
      id: projects.id,
      name: projects.name,
      kind: projects.kind,
      stage: projects.stage,
      totalInvestment: projects.totalInvestment,
      parkId: projects.parkId,
      parkName: parks.name,
      zoneId: projects.zoneId,
      zoneName: zones.name,
      enterpriseName: enterprises.name,
      lateCount: lateMilestones(today),
      dueSoonCount: dueSoonMilestones(today),
      overdueBlockers: overdueBlockerCount(today),
      planChanges: planChangeCountSql,
      delayDays: totalDelayDaysSql,
      matching: sql<number>`(count(*) over ())::int`,
      matchingInvestment: sql<number>`(sum(${projects.totalInvestment}) over ())::bigint`.mapWith(Number),
    })
    .from(projects)
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .where(
      and(
        zoneScope(viewer, projects.zoneId),
        filter.parkId ? eq(projects.parkId, filter.parkId) : undefined,
        filter.stage ? eq(projects.stage, filter.stage) : undefined,
        filter.slipped ? slippedSql : undefined,
      ),
    )
    .orderBy(...PROJECT_ORDER[filter.sort ?? 'park'])
    .$dynamic();
  const rows = await (page ? query.limit(page.limit).offset(page.offset) : query);
  const contacts = await activeContacts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, contacts: contacts.get(r.id) ?? {} }));
}
export type ProjectListRow = Awaited<ReturnType<typeof listProjects>>[number];

/** Parks the viewer reaches, for the list's filter. */
export async function listParks(db: DbOrTx, viewer: Viewer) {
  return db
    .select({ id: parks.id, name: parks.name, zoneId: parks.zoneId })
    .from(parks)
    .where(zoneScope(viewer, parks.zoneId))
    .orderBy(asc(parks.zoneId), asc(parks.sortOrder));
}
