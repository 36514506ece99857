import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { parks, progressReports, projectAssignments, projects, users, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import type { IsoDate } from '@/lib/domain/dates';
import { repeatsLastWeek } from '@/lib/domain/progress';
import { previousWeek, type ReportWeek } from '@/lib/domain/report-weeks';
import { activeBlockerCount, overdueBlockerCount } from './blockers';
import { activeContacts } from './contacts';
import { dueSoonMilestones, lateMilestones } from './milestone-counts';
import { zoneScope } from './scope';

const thisWeek = alias(progressReports, 'this_week');
const lastWeek = alias(progressReports, 'last_week');
const reportOf = (report: typeof thisWeek | typeof lastWeek, weekStart: IsoDate) =>
  and(eq(report.projectId, projects.id), eq(report.weekStart, weekStart));

/**
 * For supervisors: every key project of the week with whether its report is filed and whether it repeats last
 * week's word for word (与上周雷同), and whom to ask.
 */
export async function weeklyFiling(db: DbOrTx, viewer: Viewer, week: ReportWeek) {
  const rows = await db
    .select({
      id: projects.id,
      name: projects.name,
      parkName: parks.name,
      zoneName: zones.name,
      reportId: thisWeek.id,
      progress: thisWeek.progress,
      lastProgress: lastWeek.progress,
    })
    .from(projects)
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .leftJoin(thisWeek, reportOf(thisWeek, week.start))
    .leftJoin(lastWeek, reportOf(lastWeek, previousWeek(week).start))
    .where(zoneScope(viewer, projects.zoneId))
    .orderBy(asc(projects.zoneId), asc(parks.sortOrder), asc(projects.id));
  const contacts = await activeContacts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    parkName: r.parkName,
    zoneName: r.zoneName,
    filed: r.reportId !== null,
    repeats: repeatsLastWeek(r.progress, r.lastProgress),
    contacts: contacts.get(r.id) ?? {},
  }));
}

/** An official's home: their projects, their role on each, this week's report, and the milestones to mind. */
export function myProjects(db: DbOrTx, viewer: Viewer, week: ReportWeek, today: IsoDate) {
  return db
    .select({
      id: projects.id,
      name: projects.name,
      stage: projects.stage,
      parkName: parks.name,
      role: projectAssignments.role,
      reportId: thisWeek.id,
      lateCount: lateMilestones(today),
      dueSoonCount: dueSoonMilestones(today),
      overdueBlockers: overdueBlockerCount(today),
      activeBlockers: activeBlockerCount,
    })
    .from(projectAssignments)
    .innerJoin(projects, eq(projects.id, projectAssignments.projectId))
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .innerJoin(users, eq(users.id, projectAssignments.userId))
    .leftJoin(thisWeek, reportOf(thisWeek, week.start))
    .where(
      and(
        eq(projectAssignments.userId, viewer.id),
        isNull(projectAssignments.until),
        zoneScope(viewer, projects.zoneId),
      ),
    )
    .orderBy(asc(parks.sortOrder), asc(projects.id));
}

/** A zone's key projects with no report filed for the week, with their active "三个一" holders. */
export async function unfiledProjects(db: DbOrTx, zoneId: number, weekStart: IsoDate) {
  const rows = await db
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .leftJoin(thisWeek, reportOf(thisWeek, weekStart))
    .where(and(eq(projects.zoneId, zoneId), isNull(thisWeek.id)))
    .orderBy(asc(projects.id));
  const contacts = await activeContacts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, contacts: contacts.get(r.id) ?? {} }));
}
