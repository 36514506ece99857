import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { milestones, projectAssignments, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { daysBetween, type IsoDate } from '@/lib/domain/dates';
import type { ReportWeek } from '@/lib/domain/report-weeks';
import { blockerQueue } from './blockers';
import { isDueSoonMilestone, isLateMilestone } from './milestone-counts';
import { listNotifications } from './notifications';
import { zoneScope } from './scope';
import { myProjects } from './weekly';

// 我的工作: what an official has to do, in four reads (their projects with this week's report, their
// milestones that are late or due soon, their blockers still open, their newest unread notices). Each is
// bounded: by the official's assignments, or by a limit.

/** More late or due milestones than this is a backlog to read on the projects themselves. */
export const DUE_MILESTONE_LIMIT = 50;
/** The newest unread notices shown; the count covers them all. */
export const LATEST_NOTICES = 3;

/**
 * The not-done milestones of the viewer's projects (active assignments) that are late or due within the
 * at-risk window, the earliest planned date first; `days` is how far the planned date lies from today (negative:
 * overdue by that many days).
 */
export async function dueMilestones(db: DbOrTx, viewer: Viewer, today: IsoDate) {
  const rows = await db
    .select({
      id: milestones.id,
      name: milestones.name,
      plannedOn: milestones.plannedOn,
      projectId: projects.id,
      projectName: projects.name,
    })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .innerJoin(projectAssignments, eq(projectAssignments.projectId, projects.id))
    .where(
      and(
        eq(projectAssignments.userId, viewer.id),
        isNull(projectAssignments.until),
        zoneScope(viewer, projects.zoneId),
        or(isLateMilestone(today), isDueSoonMilestone(today)),
      ),
    )
    .orderBy(asc(milestones.plannedOn), asc(projects.id), asc(milestones.sortOrder))
    .limit(DUE_MILESTONE_LIMIT);
  return rows.map((r) => ({ ...r, days: daysBetween(today, r.plannedOn) }));
}

/** Everything 我的工作 shows, read for the viewer in the given week. */
export async function myWork(db: DbOrTx, viewer: Viewer, week: ReportWeek, today: IsoDate) {
  const [projectRows, due, blockers, notices] = await Promise.all([
    myProjects(db, viewer, week, today),
    dueMilestones(db, viewer, today),
    // Their projects' blockers and the ones they raised, until 销号 (a resolved one waits for the raiser).
    blockerQueue(db, viewer, { mine: true, active: true }, today),
    viewer.unread > 0 ? listNotifications(db, viewer, { limit: LATEST_NOTICES, unreadOnly: true }) : [],
  ]);
  return {
    unfiled: projectRows.filter((p) => p.reportId === null),
    filed: projectRows.filter((p) => p.reportId !== null),
    dueMilestones: due,
    blockers,
    unread: { count: viewer.unread, latest: notices },
  };
}
export type MyWork = Awaited<ReturnType<typeof myWork>>;
