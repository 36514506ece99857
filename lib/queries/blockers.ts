import { and, asc, count, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { blockerEvents, blockers, parks, projectAssignments, projects, users, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { BlockerAccess } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import type { IsoDate } from '@/lib/domain/dates';
import type { BlockerCategory, BlockerStatus, BlockerUrgency } from '@/lib/domain/vocabulary';
import { jsonList } from './json-list';
import { zoneScope } from './scope';

export interface BlockerFilter {
  /** Only the viewer's own projects (and what they raised): an official's default view. */
  mine?: boolean;
  parkId?: number;
  category?: BlockerCategory;
  status?: BlockerStatus;
  urgency?: BlockerUrgency;
  escalated?: boolean;
  overdue?: boolean;
  /** Only those not yet 销号 (any status but closed). */
  active?: boolean;
}

/** How many rows the queue shows at once, oldest first; the counts above it cover all. */
export const QUEUE_LIMIT = 200;

/** Overdue in SQL, as `isOverdue` in lib/domain/blockers.ts has it (a database test holds them together). */
export const overdueBlocker = (today: IsoDate) =>
  sql`(${blockers.status} in ('open', 'assigned') and coalesce(${blockers.deadline}, ${blockers.neededBy}) < ${today})`;

/** Blockers of the viewer's own projects, and those they raised. */
function mine(viewer: Viewer): SQL | undefined {
  const own = sql`${blockers.projectId} in (select ${projectAssignments.projectId} from ${projectAssignments}
    where ${projectAssignments.userId} = ${viewer.id} and ${projectAssignments.until} is null)`;
  return or(own, eq(blockers.raisedBy, viewer.id));
}

function filtered(viewer: Viewer, f: BlockerFilter, today: IsoDate, withStatusAndCategory: boolean) {
  // Everyone reads the blockers of the zones they reach, as they read its projects.
  return and(
    zoneScope(viewer, projects.zoneId),
    f.mine ? mine(viewer) : undefined,
    f.parkId ? eq(projects.parkId, f.parkId) : undefined,
    f.urgency ? eq(blockers.urgency, f.urgency) : undefined,
    f.escalated === undefined ? undefined : eq(blockers.level, f.escalated ? 'city' : 'zone'),
    f.overdue ? overdueBlocker(today) : undefined,
    f.active ? ne(blockers.status, 'closed') : undefined,
    withStatusAndCategory && f.status ? eq(blockers.status, f.status) : undefined,
    withStatusAndCategory && f.category ? eq(blockers.category, f.category) : undefined,
  );
}

/** What every list of blockers shows of each. */
const blockerSummary = {
  id: blockers.id,
  title: blockers.title,
  category: blockers.category,
  urgency: blockers.urgency,
  status: blockers.status,
  level: blockers.level,
};

/** The supervisor's queue: filtered, oldest first, each with its age and whether it is overdue. */
export async function blockerQueue(db: DbOrTx, viewer: Viewer, f: BlockerFilter, today: IsoDate) {
  return db
    .select({
      ...blockerSummary,
      deadline: sql<string | null>`coalesce(${blockers.deadline}, ${blockers.neededBy})`,
      responsibleUnit: blockers.responsibleUnit,
      raisedOn: sql<string>`(${blockers.raisedAt} at time zone 'Asia/Shanghai')::date::text`,
      ageDays:
        sql<number>`(${today}::date - (${blockers.raisedAt} at time zone 'Asia/Shanghai')::date)`.mapWith(
          Number,
        ),
      overdue: sql<boolean>`${overdueBlocker(today)}`.mapWith(Boolean),
      projectId: projects.id,
      projectName: projects.name,
      parkName: parks.name,
      zoneName: zones.name,
    })
    .from(blockers)
    .innerJoin(projects, eq(projects.id, blockers.projectId))
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .where(filtered(viewer, f, today, true))
    .orderBy(asc(blockers.raisedAt), asc(blockers.id))
    .limit(QUEUE_LIMIT);
}

/** Counts by category and by status over the queue's other filters (so each count shows what a click gives). */
export async function blockerCounts(db: DbOrTx, viewer: Viewer, f: BlockerFilter, today: IsoDate) {
  const rows = await db
    .select({ category: blockers.category, status: blockers.status, n: count() })
    .from(blockers)
    .innerJoin(projects, eq(projects.id, blockers.projectId))
    .where(filtered(viewer, f, today, false))
    .groupBy(blockers.category, blockers.status);
  const byCategory: Partial<Record<BlockerCategory, number>> = {};
  const byStatus: Partial<Record<BlockerStatus, number>> = {};
  for (const r of rows) {
    byCategory[r.category] = (byCategory[r.category] ?? 0) + r.n;
    byStatus[r.status] = (byStatus[r.status] ?? 0) + r.n;
  }
  return { byCategory, byStatus };
}

/** One blocker with its project and timeline, if the viewer reaches it. */
export async function blockerDetail(db: DbOrTx, viewer: Viewer, blockerId: number) {
  const [row] = await db
    .select({
      blocker: blockers,
      projectName: projects.name,
      zoneId: projects.zoneId,
      raiserName: users.name,
    })
    .from(blockers)
    .innerJoin(projects, eq(projects.id, blockers.projectId))
    .innerJoin(users, eq(users.id, blockers.raisedBy))
    .where(and(eq(blockers.id, blockerId), zoneScope(viewer, projects.zoneId)));
  if (!row) return null;
  const [events, [assignment]] = await Promise.all([
    db
      .select({
        id: blockerEvents.id,
        kind: blockerEvents.kind,
        toStatus: blockerEvents.toStatus,
        comment: blockerEvents.comment,
        detail: blockerEvents.detail,
        at: blockerEvents.at,
        actorName: users.name,
      })
      .from(blockerEvents)
      .innerJoin(users, eq(users.id, blockerEvents.actorId))
      .where(eq(blockerEvents.blockerId, blockerId))
      .orderBy(asc(blockerEvents.at), asc(blockerEvents.id)),
    db
      .select({ role: projectAssignments.role })
      .from(projectAssignments)
      .where(
        and(
          eq(projectAssignments.projectId, row.blocker.projectId),
          eq(projectAssignments.userId, viewer.id),
          isNull(projectAssignments.until),
        ),
      )
      .limit(1),
  ]);
  const access: BlockerAccess = {
    zoneId: row.zoneId,
    assignment: assignment?.role ?? null,
    raiser: row.blocker.raisedBy === viewer.id,
  };
  return { ...row, events, access };
}
export type BlockerDetail = NonNullable<Awaited<ReturnType<typeof blockerDetail>>>;

/** The project's blockers still being worked on (or awaiting 销号), newest first, as a column of its row. */
export const projectBlockersList = jsonList<{
  id: number;
  title: string;
  category: BlockerCategory;
  urgency: BlockerUrgency;
  status: BlockerStatus;
  level: (typeof blockers.level.enumValues)[number];
  deadline: string | null;
  neededBy: string | null;
  responsibleUnit: string | null;
}>(
  {
    ...blockerSummary,
    deadline: blockers.deadline,
    neededBy: blockers.neededBy,
    responsibleUnit: blockers.responsibleUnit,
  },
  blockers,
  sql`${eq(blockers.projectId, projects.id)} and ${inArray(blockers.status, ['open', 'assigned', 'resolved'])}`,
  sql`${blockers.raisedAt} desc, ${blockers.id} desc`,
);

/** Per project: blockers still being worked on, and how many of them are overdue (for lists and lights). */
/** Not yet 销号: being worked on, or resolved and waiting for the raiser's confirmation. */
export const activeBlockerCount = sql<number>`(select count(*)::int from ${blockers}
  where ${blockers.projectId} = ${projects.id} and ${blockers.status} <> 'closed')`;
export const overdueBlockerCount = (today: IsoDate) =>
  sql<number>`(select count(*)::int from ${blockers} where ${blockers.projectId} = ${projects.id}
    and ${overdueBlocker(today)})`;
