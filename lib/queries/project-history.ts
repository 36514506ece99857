import { asc, desc, eq } from 'drizzle-orm';
import { progressReports, projectAssignments, stageEvents, users } from '@/db/schema';
import type { DbOrTx } from '@/db/types';

/** Who held which "三个一" role on the project, from when to when (newest first). */
export function assignmentHistory(db: DbOrTx, projectId: number) {
  return db
    .select({
      id: projectAssignments.id,
      role: projectAssignments.role,
      since: projectAssignments.since,
      until: projectAssignments.until,
      userId: users.id,
      name: users.name,
      title: users.title,
      disabled: users.disabled,
      officePhone: users.officePhone,
      mobile: users.mobile,
    })
    .from(projectAssignments)
    .innerJoin(users, eq(users.id, projectAssignments.userId))
    .where(eq(projectAssignments.projectId, projectId))
    .orderBy(desc(projectAssignments.since), desc(projectAssignments.id));
}

/** The stage timeline: forward moves and corrections, oldest first. */
export function stageTimeline(db: DbOrTx, projectId: number) {
  return db
    .select({
      id: stageEvents.id,
      fromStage: stageEvents.fromStage,
      toStage: stageEvents.toStage,
      reachedOn: stageEvents.reachedOn,
      reason: stageEvents.reason,
      at: stageEvents.at,
      actorName: users.name,
    })
    .from(stageEvents)
    .innerJoin(users, eq(users.id, stageEvents.actorId))
    .where(eq(stageEvents.projectId, projectId))
    .orderBy(asc(stageEvents.at), asc(stageEvents.id));
}

/** The project's weekly reports, newest week first. */
export function progressHistory(db: DbOrTx, projectId: number, limit = 12) {
  return db
    .select({
      id: progressReports.id,
      weekStart: progressReports.weekStart,
      progress: progressReports.progress,
      nextPlan: progressReports.nextPlan,
      investment: progressReports.investment,
      version: progressReports.version,
      updatedAt: progressReports.updatedAt,
      filedBy: users.name,
    })
    .from(progressReports)
    .innerJoin(users, eq(users.id, progressReports.updatedBy))
    .where(eq(progressReports.projectId, projectId))
    .orderBy(desc(progressReports.weekStart))
    .limit(limit);
}
