import { and, asc, eq, min, sql } from 'drizzle-orm';
import { planChangeRequests, planVersions, projects, projectYears, users, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import type { PlanContent, PlanRequestStatus, PlanVersionKind, ProposedPlan } from '@/lib/domain/plan';
import { zoneScope } from './scope';

// The plan part of a project page, read as three JSON columns of the project's own row (one statement with
// the rest of the page's record). Instants travel as JSON strings and become Dates again in `planOf`.

/** Every approved version of the project's plans, newest first, with who approved it. */
export const planVersionsJson = sql<VersionRow[]>`coalesce((select json_agg(json_build_object(
    'id', v.id, 'planYear', v.plan_year, 'seq', v.seq, 'kind', v.kind, 'content', v.content, 'note', v.note,
    'approvedAt', v.approved_at, 'approverName', u.name) order by v.plan_year desc, v.seq desc)
  from ${planVersions} v join ${users} u on u.id = v.approved_by where v.project_id = ${projects.id}), '[]'::json)`;

/** The project's latest change requests, newest first: the open one (at most one) and those decided. */
export const planRequestsJson = sql<
  RequestRow[]
>`coalesce((select json_agg(r order by r."requestedAt" desc, r.id desc)
  from (select q.id, q.base_version_id as "baseVersionId", q.proposal, q.reason, q.status, q.version,
      q.requested_at as "requestedAt", u.name as "requesterName", q.decided_at as "decidedAt",
      q.decision_note as "decisionNote", d.name as "deciderName"
    from ${planChangeRequests} q join ${users} u on u.id = q.requested_by
    left join ${users} d on d.id = q.decided_by
    where q.project_id = ${projects.id} order by q.requested_at desc, q.id desc limit 6) r), '[]'::json)`;

/** Past plan years' figures, kept at each rollover, newest first. */
export const pastYearsJson = sql<PastYear[]>`coalesce((select json_agg(json_build_object('id', y.id,
    'year', y.year, 'annualPlannedInvestment', y.annual_planned_investment,
    'completedInvestment', y.completed_investment) order by y.year desc)
  from ${projectYears} y where y.project_id = ${projects.id}), '[]'::json)`;

interface VersionRow {
  id: number;
  planYear: number;
  seq: number;
  kind: PlanVersionKind;
  content: PlanContent;
  note: string;
  approvedAt: string;
  approverName: string;
}
interface RequestRow {
  id: number;
  baseVersionId: number;
  proposal: ProposedPlan;
  reason: string;
  status: PlanRequestStatus;
  version: number;
  requestedAt: string;
  requesterName: string;
  decidedAt: string | null;
  decisionNote: string;
  deciderName: string | null;
}
interface PastYear {
  id: number;
  year: number;
  annualPlannedInvestment: number;
  completedInvestment: number;
}

/** The plan as the page shows it, from the three lists read with the project. */
export function planOf(
  project: { planYear: number },
  lists: { versions: VersionRow[]; requests: RequestRow[]; pastYears: PastYear[] },
) {
  const versions = lists.versions.map((v) => ({ ...v, approvedAt: new Date(v.approvedAt) }));
  const requests = lists.requests.map((r) => ({
    ...r,
    requestedAt: new Date(r.requestedAt),
    decidedAt: r.decidedAt === null ? null : new Date(r.decidedAt),
  }));
  const current = versions.find((v) => v.planYear === project.planYear) ?? null;
  const open = requests.find((r) => r.status === 'open') ?? null;
  const base = open ? (versions.find((v) => v.id === open.baseVersionId) ?? null) : null;
  return {
    versions,
    current,
    changeCount: versions.filter((v) => v.planYear === project.planYear).length - (current ? 1 : 0),
    open: open && { ...open, base, stale: current?.id !== open.baseVersionId },
    decided: requests.filter((r) => r.status !== 'open'),
    pastYears: lists.pastYears,
  };
}
export type ProjectPlan = ReturnType<typeof planOf>;

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
      zoneName: zones.name,
    })
    .from(planChangeRequests)
    .innerJoin(projects, eq(projects.id, planChangeRequests.projectId))
    .innerJoin(zones, eq(zones.id, projects.zoneId))
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
