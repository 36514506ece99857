import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  like,
  lt,
  ne,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { auditLog, blockers, milestones, projects, users } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { addDays, type IsoDate, ZONE_TIME_ZONE } from '@/lib/domain/dates';
import { pageWindow } from '@/lib/domain/paging';
import {
  AREA_PREFIX,
  describeChange,
  peopleIn,
  STAGE_ACTIONS,
  type TimelineArea,
} from '@/lib/domain/timeline';
import { zoneScope } from './scope';

// The project timeline (项目动态) and the supervisors' feed of changes, both read from the audit log by its
// project_id. The project is joined for its zone, so a viewer who does not reach the zone reads nothing.

export const TIMELINE_PAGE_SIZE = 20;

export interface FeedFilter {
  projectId?: number;
  /** The person who made the change. */
  actorId?: number;
  area?: TimelineArea;
  /** Calendar days on the zone's clock, both included. */
  from?: IsoDate;
  to?: IsoDate;
}

/** The audit rows of one area: stage moves are project actions picked out by name. */
function inArea(area: TimelineArea): SQL | undefined {
  const stageMoves = [...STAGE_ACTIONS];
  if (area === 'stage') return inArray(auditLog.action, stageMoves);
  const prefixed = like(auditLog.action, `${AREA_PREFIX[area]}%`);
  return area === 'project' ? and(prefixed, notInArray(auditLog.action, stageMoves)) : prefixed;
}

/** The instant a zone calendar day starts. */
const dayStart = (day: IsoDate) => sql`(${day}::date)::timestamp at time zone ${ZONE_TIME_ZONE}`;

/**
 * One page of entries, newest first, with the number of all that match (a window aggregate: one statement),
 * then the names of the people the page's rows refer to by id (one more, only when there are any).
 */
async function timelinePage(db: DbOrTx, where: SQL | undefined, page: number) {
  const { offset, limit } = pageWindow(page, TIMELINE_PAGE_SIZE);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
      projectId: projects.id,
      projectName: projects.name,
      actorName: users.name,
      // A blocker comment records only the comment, a milestone move only the order: the row they are about
      // gives the title or name.
      subject: sql<string | null>`coalesce(${blockers.title}, ${milestones.name})`,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(auditLog)
    .innerJoin(projects, eq(projects.id, auditLog.projectId))
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(blockers, and(eq(auditLog.entity, 'blocker'), eq(sql`${blockers.id}::text`, auditLog.entityId)))
    .leftJoin(
      milestones,
      and(eq(auditLog.entity, 'milestone'), eq(sql`${milestones.id}::text`, auditLog.entityId)),
    )
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
  const people = await namesOf(db, [...new Set(rows.flatMap(peopleIn))]);
  return {
    total: rows[0]?.total ?? 0,
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      projectId: r.projectId,
      projectName: r.projectName,
      actorName: r.actorName,
      entry: describeChange(r, people),
    })),
  };
}
export type TimelinePage = Awaited<ReturnType<typeof timelinePage>>;
export type TimelineItem = TimelinePage['entries'][number];

async function namesOf(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** 项目动态: everything recorded on one project, newest first; nothing when the viewer does not reach its zone. */
export function projectTimeline(db: DbOrTx, viewer: Viewer, projectId: number, opts: { page: number }) {
  return timelinePage(
    db,
    and(eq(auditLog.projectId, projectId), zoneScope(viewer, projects.zoneId)),
    opts.page,
  );
}

/** The supervisors' feed: recent changes on every project the viewer reaches, filtered. */
export function zoneFeed(db: DbOrTx, viewer: Viewer, filter: FeedFilter, opts: { page: number }) {
  return timelinePage(
    db,
    and(
      zoneScope(viewer, projects.zoneId),
      filter.projectId === undefined ? undefined : eq(auditLog.projectId, filter.projectId),
      filter.actorId === undefined ? undefined : eq(auditLog.actorId, filter.actorId),
      filter.area === undefined ? undefined : inArea(filter.area),
      filter.from === undefined ? undefined : gte(auditLog.at, dayStart(filter.from)),
      filter.to === undefined ? undefined : lt(auditLog.at, dayStart(addDays(filter.to, 1))),
    ),
    opts.page,
  );
}

/**
 * The feed's filter choices: the projects the viewer reaches, and the people who may have changed them (the
 * zone's own, and the city's, who act in every zone; viewers change nothing).
 */
export async function feedChoices(db: DbOrTx, viewer: Viewer) {
  const inZone = zoneScope(viewer, users.zoneId);
  const [projectList, people] = await Promise.all([
    db
      .select({ id: projects.id, name: projects.name })
      .from(projects)
      .where(zoneScope(viewer, projects.zoneId))
      .orderBy(asc(projects.name)),
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(ne(users.role, 'viewer'), inZone && or(inZone, isNull(users.zoneId))))
      .orderBy(asc(users.name)),
  ]);
  return { projects: projectList, people };
}
