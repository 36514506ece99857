import { and, count, countDistinct, eq, ne, sql } from 'drizzle-orm';
import { blockers, milestones, planChangeRequests, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import type { IsoDate } from '@/lib/domain/dates';
import { overdueBlocker } from './blockers';
import { isLateMilestone } from './milestone-counts';
import { zoneScope } from './scope';

// The 驾驶舱's "今日待办": what waits for the supervisor today, by the rules of the lists each figure opens
// (/plan-requests, /blockers?status=open, /blockers?overdue=1, the red projects). The week's unfiled count
// is the dashboard's own (projectTotals in dashboard.ts). Three aggregates, whatever the zone's size.

export async function todayQueue(db: DbOrTx, viewer: Viewer, today: IsoDate) {
  const [[blockerRow], [milestoneRow], [planRow]] = await Promise.all([
    db
      .select({
        awaiting: sql<number>`(count(*) filter (where ${blockers.status} = 'open'))::int`,
        overdue: sql<number>`(count(*) filter (where ${overdueBlocker(today)}))::int`,
      })
      .from(blockers)
      .innerJoin(projects, eq(projects.id, blockers.projectId))
      .where(and(ne(blockers.status, 'closed'), zoneScope(viewer, projects.zoneId))),
    db
      .select({ late: count(), projects: countDistinct(milestones.projectId) })
      .from(milestones)
      .innerJoin(projects, eq(projects.id, milestones.projectId))
      .where(and(isLateMilestone(today), zoneScope(viewer, projects.zoneId))),
    db
      .select({ open: count() })
      .from(planChangeRequests)
      .innerJoin(projects, eq(projects.id, planChangeRequests.projectId))
      .where(and(eq(planChangeRequests.status, 'open'), zoneScope(viewer, projects.zoneId))),
  ]);
  return {
    blockersAwaiting: blockerRow?.awaiting ?? 0,
    blockersOverdue: blockerRow?.overdue ?? 0,
    lateMilestones: milestoneRow?.late ?? 0,
    lateMilestoneProjects: milestoneRow?.projects ?? 0,
    planRequests: planRow?.open ?? 0,
  };
}
export type TodayQueue = Awaited<ReturnType<typeof todayQueue>>;
