import { and, eq, sql } from 'drizzle-orm';
import { enterprises, milestones, parks, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import { planAccess } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import type { AssignmentRole, MilestoneStatus } from '@/lib/domain/vocabulary';
import { projectBlockersList } from './blockers';
import type { ContactsByRole } from './contacts';
import { yearToDateInvestment } from './investment';
import { jsonList } from './json-list';
import { pastYearsJson, planOf, planRequestsJson, planVersionsJson } from './plan';
import { planLockedSql } from './plan-state';
import { assignmentHistory, progressHistory, stageTimeline } from './project-history';
import { zoneScope } from './scope';

const projectMilestones = jsonList<{
  id: number;
  name: string;
  plannedOn: string;
  baselineOn: string | null;
  actualOn: string | null;
  status: MilestoneStatus;
  note: string;
  version: number;
}>(
  {
    id: milestones.id,
    name: milestones.name,
    plannedOn: milestones.plannedOn,
    baselineOn: milestones.baselineOn,
    actualOn: milestones.actualOn,
    status: milestones.status,
    note: milestones.note,
    version: milestones.version,
  },
  milestones,
  eq(milestones.projectId, projects.id),
  sql`${milestones.sortOrder}, ${milestones.id}`,
);

/**
 * One project as the viewer may see it, or null (no such project, or out of the viewer's reach). Its
 * milestones and open blockers come in the project's own row; the histories in one statement each.
 */
export async function getProjectDetail(db: DbOrTx, viewer: Viewer, projectId: number) {
  const [project] = await db
    .select({
      project: projects,
      parkName: parks.name,
      enterpriseName: enterprises.name,
      yearToDate: yearToDateInvestment,
      milestones: projectMilestones,
      blockers: projectBlockersList,
      planLocked: planLockedSql,
      planVersions: planVersionsJson,
      planRequests: planRequestsJson,
      pastYears: pastYearsJson,
    })
    .from(projects)
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(and(eq(projects.id, projectId), zoneScope(viewer, projects.zoneId)));
  if (!project) return null;

  const [assignments, stages, reports] = await Promise.all([
    assignmentHistory(db, projectId),
    stageTimeline(db, projectId),
    progressHistory(db, projectId),
  ]);

  // The active holders are the history's open rows: one query serves both.
  const contacts: ContactsByRole = {};
  for (const { role, until, ...holder } of assignments) if (until === null) contacts[role] = holder;
  const viewerRole =
    (Object.entries(contacts).find(([, c]) => c.userId === viewer.id)?.[0] as AssignmentRole | undefined) ??
    null;
  const access = planAccess(project.project.zoneId, viewerRole, project.planLocked);
  const { planVersions: versions, planRequests: requests, pastYears, ...rest } = project;
  return {
    ...rest,
    plan: planOf(project.project, { versions, requests, pastYears }),
    contacts,
    assignments,
    stages,
    reports,
    access,
  };
}
export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProjectDetail>>>;
