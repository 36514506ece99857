import { and, asc, eq, sql } from 'drizzle-orm';
import { enterprises, parks, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import type { IsoDate } from '@/lib/domain/dates';
import type { Stage } from '@/lib/domain/stages';
import { overdueBlockerCount } from './blockers';
import { activeContacts } from './contacts';
import { dueSoonMilestones, lateMilestones } from './milestone-counts';
import { zoneScope } from './scope';

export interface ProjectFilter {
  parkId?: number;
  stage?: Stage;
}

/**
 * The key projects the viewer reaches, with park, enterprise, the three contacts and the late count; one
 * page of them when `page` is given. `matching` and `matchingInvestment` are over all that match the filter
 * (window aggregates, so the count and the page come from one statement).
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
      enterpriseName: enterprises.name,
      lateCount: lateMilestones(today),
      dueSoonCount: dueSoonMilestones(today),
      overdueBlockers: overdueBlockerCount(today),
      matching: sql<number>`(count(*) over ())::int`,
      matchingInvestment: sql<number>`(sum(${projects.totalInvestment}) over ())::bigint`.mapWith(Number),
    })
    .from(projects)
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(
      and(
        zoneScope(viewer, projects.zoneId),
        filter.parkId ? eq(projects.parkId, filter.parkId) : undefined,
        filter.stage ? eq(projects.stage, filter.stage) : undefined,
      ),
    )
    .orderBy(asc(parks.sortOrder), asc(projects.id))
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
