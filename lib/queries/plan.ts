import { and, asc, desc, eq, min } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { planChangeRequests, planVersions, projects, projectYears, users } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { zoneScope } from './scope';

const decider = alias(users, 'decider');

/** Every approved version of the project's plans, newest first, with who approved it. */
function planVersionsOf(db: DbOrTx, projectId: number) {
  return db
    .select({
      id: planVersions.id,
      planYear: planVersions.planYear,
      seq: planVersions.seq,
      kind: planVersions.kind,
      content: planVersions.content,
      note: planVersions.note,
      approvedAt: planVersions.approvedAt,
      approverName: users.name,
    })
    .from(planVersions)
    .innerJoin(users, eq(users.id, planVersions.approvedBy))
    .where(eq(planVersions.projectId, projectId))
    .orderBy(desc(planVersions.planYear), desc(planVersions.seq));
}

/** The project's change requests, newest first: the open one (at most one) and the latest decided. */
function requestsOf(db: DbOrTx, projectId: number, limit = 6) {
  return db
    .select({
      id: planChangeRequests.id,
      baseVersionId: planChangeRequests.baseVersionId,
      proposal: planChangeRequests.proposal,
      reason: planChangeRequests.reason,
      status: planChangeRequests.status,
      version: planChangeRequests.version,
      requestedAt: planChangeRequests.requestedAt,
      requesterName: users.name,
      decidedAt: planChangeRequests.decidedAt,
      decisionNote: planChangeRequests.decisionNote,
      deciderName: decider.name,
    })
    .from(planChangeRequests)
    .innerJoin(users, eq(users.id, planChangeRequests.requestedBy))
    .leftJoin(decider, eq(decider.id, planChangeRequests.decidedBy))
    .where(eq(planChangeRequests.projectId, projectId))
    .orderBy(desc(planChangeRequests.requestedAt), desc(planChangeRequests.id))
    .limit(limit);
}

function pastYearsOf(db: DbOrTx, projectId: number) {
  return db
    .select()
    .from(projectYears)
    .where(eq(projectYears.projectId, projectId))
    .orderBy(desc(projectYears.year));
}

/**
 * The plan part of a project page: versions, requests and past years' figures. The caller has already read
 * the project scoped to the viewer, so these need no scope of their own.
 */
export async function projectPlan(db: DbOrTx, project: { id: number; planYear: number }) {
  const [versions, requests, pastYears] = await Promise.all([
    planVersionsOf(db, project.id),
    requestsOf(db, project.id),
    pastYearsOf(db, project.id),
  ]);
  const current = versions.find((v) => v.planYear === project.planYear) ?? null;
  const open = requests.find((r) => r.status === 'open') ?? null;
  const base = open ? (versions.find((v) => v.id === open.baseVersionId) ?? null) : null;
  return {
    versions,
    current,
    changeCount: versions.filter((v) => v.planYear === project.planYear).length - (current ? 1 : 0),
    open: open && { ...open, base, stale: current?.id !== open.baseVersionId },
    decided: requests.filter((r) => r.status !== 'open'),
    pastYears,
  };
}
export type ProjectPlan = Awaited<ReturnType<typeof projectPlan>>;

/** The supervisor's queue: open change requests of the zones the viewer reaches, oldest first. */
export function openPlanRequests(db: DbOrTx, viewer: Viewer) {
  return db
    .select({
      id: planChangeRequests.id,
      projectId: projects.id,
      projectName: projects.name,
      reason: planChangeRequests.reason,
      requestedAt: planChangeRequests.requestedAt,
      requesterName: users.name,
    })
    .from(planChangeRequests)
    .innerJoin(projects, eq(projects.id, planChangeRequests.projectId))
    .innerJoin(users, eq(users.id, planChangeRequests.requestedBy))
    .where(and(eq(planChangeRequests.status, 'open'), zoneScope(viewer, projects.zoneId)))
    .orderBy(asc(planChangeRequests.requestedAt), asc(planChangeRequests.id));
}

/** The plan year a zone-wide rollover would open: the one after the zone's earliest plan year. */
export async function nextZonePlanYear(db: DbOrTx, zoneId: number): Promise<number | null> {
  const [row] = await db
    .select({ year: min(projects.planYear) })
    .from(projects)
    .where(eq(projects.zoneId, zoneId));
  return row?.year == null ? null : row.year + 1;
}
