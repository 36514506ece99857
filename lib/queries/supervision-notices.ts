import { and, asc, count, desc, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  blockers,
  projectAssignments,
  projects,
  supervisionEvents,
  supervisionNotices,
  users,
  zones,
} from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { NoticeAccess } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import type { IsoDate } from '@/lib/domain/dates';
import { pageWindow } from '@/lib/domain/paging';
import type { SupervisionStatus } from '@/lib/domain/supervision-notice';
import { zoneScope } from './scope';

const addressee = alias(users, 'addressee');
const issuer = alias(users, 'issuer');

/** What the list and the project page show of a notice. */
const summary = {
  id: supervisionNotices.id,
  number: supervisionNotices.number,
  matter: supervisionNotices.matter,
  status: sql<SupervisionStatus>`${supervisionNotices.status}`,
  replyDue: supervisionNotices.replyDue,
  unit: supervisionNotices.unit,
  projectId: supervisionNotices.projectId,
  projectName: projects.name,
  addresseeName: addressee.name,
};

const overdueSql = (today: IsoDate) =>
  sql`${supervisionNotices.status} = 'open' and ${supervisionNotices.replyDue} < ${today}::date`;

/** An official reads the notices of the projects they hold and those addressed to them; others the zone's. */
function reach(viewer: Viewer): SQL | undefined {
  const scoped = zoneScope(viewer, supervisionNotices.zoneId);
  if (viewer.role !== 'official') return scoped;
  const held = sql`${supervisionNotices.projectId} in (select ${projectAssignments.projectId} from ${projectAssignments}
    where ${projectAssignments.userId} = ${viewer.id} and ${projectAssignments.until} is null)`;
  return and(scoped, or(held, eq(supervisionNotices.addresseeId, viewer.id)));
}

export type NoticeFilter = SupervisionStatus | 'overdue' | undefined;

function filtered(viewer: Viewer, status: NoticeFilter, today: IsoDate) {
  return and(
    reach(viewer),
    status === 'overdue' ? overdueSql(today) : status ? eq(supervisionNotices.status, status) : undefined,
  );
}

/** A page of the viewer's notices, those waiting first (by reply date), closed ones after, newest first. */
export async function noticeList(
  db: DbOrTx,
  viewer: Viewer,
  status: NoticeFilter,
  today: IsoDate,
  page: number,
) {
  const where = filtered(viewer, status, today);
  const { offset, limit } = pageWindow(page);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...summary, overdue: sql<boolean>`${overdueSql(today)}`.mapWith(Boolean) })
      .from(supervisionNotices)
      .innerJoin(projects, eq(projects.id, supervisionNotices.projectId))
      .innerJoin(addressee, eq(addressee.id, supervisionNotices.addresseeId))
      .where(where)
      .orderBy(
        sql`${supervisionNotices.status} = 'closed'`,
        sql`case when ${supervisionNotices.status} = 'closed' then null else ${supervisionNotices.replyDue} end`,
        desc(supervisionNotices.issuedAt),
        desc(supervisionNotices.id),
      )
      .offset(offset)
      .limit(limit),
    db.select({ n: count() }).from(supervisionNotices).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** A project's notices, newest first. */
export function projectNotices(db: DbOrTx, viewer: Viewer, projectId: number, today: IsoDate) {
  return db
    .select({ ...summary, overdue: sql<boolean>`${overdueSql(today)}`.mapWith(Boolean) })
    .from(supervisionNotices)
    .innerJoin(projects, eq(projects.id, supervisionNotices.projectId))
    .innerJoin(addressee, eq(addressee.id, supervisionNotices.addresseeId))
    .where(and(eq(supervisionNotices.projectId, projectId), zoneScope(viewer, supervisionNotices.zoneId)))
    .orderBy(desc(supervisionNotices.issuedAt), desc(supervisionNotices.id));
}

/** The zone's (for the city: every zone's) notices past their reply date, the longest waiting first. */
export function overdueNotices(db: DbOrTx, viewer: Viewer, today: IsoDate, limit = 20) {
  return db
    .select({
      ...summary,
      daysLate: sql<number>`(${today}::date - ${supervisionNotices.replyDue})`.mapWith(Number),
    })
    .from(supervisionNotices)
    .innerJoin(projects, eq(projects.id, supervisionNotices.projectId))
    .innerJoin(addressee, eq(addressee.id, supervisionNotices.addresseeId))
    .where(and(reach(viewer), overdueSql(today)))
    .orderBy(asc(supervisionNotices.replyDue), asc(supervisionNotices.id))
    .limit(limit);
}

/** One notice with everything its page and its printed sheet show, and what the viewer is to it. */
export async function noticeDetail(db: DbOrTx, viewer: Viewer, id: number) {
  const [row] = await db
    .select({
      notice: supervisionNotices,
      projectName: projects.name,
      zoneName: zones.name,
      blockerTitle: blockers.title,
      addresseeName: addressee.name,
      issuerName: issuer.name,
    })
    .from(supervisionNotices)
    .innerJoin(projects, eq(projects.id, supervisionNotices.projectId))
    .innerJoin(zones, eq(zones.id, supervisionNotices.zoneId))
    .innerJoin(addressee, eq(addressee.id, supervisionNotices.addresseeId))
    .innerJoin(issuer, eq(issuer.id, supervisionNotices.issuedBy))
    .leftJoin(blockers, eq(blockers.id, supervisionNotices.blockerId))
    .where(and(eq(supervisionNotices.id, id), reach(viewer)))
    .limit(1);
  if (!row) return null;
  const [events, held] = await Promise.all([
    db
      .select({
        id: supervisionEvents.id,
        kind: supervisionEvents.kind,
        body: supervisionEvents.body,
        at: supervisionEvents.createdAt,
        authorName: users.name,
      })
      .from(supervisionEvents)
      .innerJoin(users, eq(users.id, supervisionEvents.authorId))
      .where(eq(supervisionEvents.noticeId, id))
      .orderBy(asc(supervisionEvents.createdAt), asc(supervisionEvents.id)),
    db
      .select({ role: projectAssignments.role })
      .from(projectAssignments)
      .where(
        and(
          eq(projectAssignments.projectId, row.notice.projectId),
          eq(projectAssignments.userId, viewer.id),
          sql`${projectAssignments.until} is null`,
        ),
      )
      .limit(1),
  ]);
  const access: NoticeAccess = {
    zoneId: row.notice.zoneId,
    assignment: held[0]?.role ?? null,
    addressee: row.notice.addresseeId === viewer.id,
  };
  return { ...row, events, access };
}
export type NoticeDetail = NonNullable<Awaited<ReturnType<typeof noticeDetail>>>;

/** The people a notice on this project may be addressed to: its current "三个一", enabled. */
export function addresseeChoices(db: DbOrTx, projectId: number) {
  return db
    .select({ id: users.id, name: users.name, role: projectAssignments.role })
    .from(projectAssignments)
    .innerJoin(users, eq(users.id, projectAssignments.userId))
    .where(
      and(
        eq(projectAssignments.projectId, projectId),
        sql`${projectAssignments.until} is null`,
        eq(users.disabled, false),
      ),
    )
    .orderBy(asc(projectAssignments.role));
}

/** The project's blockers a notice may be about: those not closed. */
export function blockerChoices(db: DbOrTx, projectId: number) {
  return db
    .select({ id: blockers.id, title: blockers.title })
    .from(blockers)
    .where(and(eq(blockers.projectId, projectId), ne(blockers.status, 'closed')))
    .orderBy(desc(blockers.raisedAt));
}
