import { and, asc, desc, eq, exists, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import {
  blockers,
  enterprises,
  namePinyin,
  parks,
  projectAssignments,
  projects,
  users,
  zones,
} from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import { can } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { containsPattern, pinyinQuery } from '@/lib/domain/search-key';
import { zoneScope } from './scope';
import { accountScope } from './users';

/** How many of each kind the search shows; one more is read to tell that there are more. */
export const SEARCH_LIMIT = 10;

/** The name holds the query's characters (any case), or its pinyin key holds the query's letters. */
function nameMatches(column: PgColumn, q: string): SQL {
  const letters = pinyinQuery(q);
  const byPinyin =
    letters === null
      ? undefined
      : sql`${column} in (select ${namePinyin.name} from ${namePinyin}
          where ${namePinyin.pinyin} like ${`%${letters}%`})`;
  return or(ilike(column, containsPattern(q)), byPinyin) as SQL;
}

/** Shortest names first: the closest to what was typed. */
const closest = (column: PgColumn) => asc(sql`length(${column})`);

const upTo = <T>(rows: T[]) => ({ rows: rows.slice(0, SEARCH_LIMIT), more: rows.length > SEARCH_LIMIT });

function searchProjects(db: DbOrTx, viewer: Viewer, q: string) {
  return db
    .select({
      id: projects.id,
      name: projects.name,
      stage: projects.stage,
      enterpriseName: enterprises.name,
      parkName: parks.name,
      zoneName: zones.name,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .where(
      and(
        zoneScope(viewer, projects.zoneId),
        or(nameMatches(projects.name, q), nameMatches(enterprises.name, q)),
      ),
    )
    .orderBy(closest(projects.name), asc(projects.id))
    .limit(SEARCH_LIMIT + 1);
}

/** Everyone reads the blockers of the zones they reach, as on /blockers; the open ones first. */
function searchBlockers(db: DbOrTx, viewer: Viewer, q: string) {
  return db
    .select({
      id: blockers.id,
      title: blockers.title,
      status: blockers.status,
      projectName: projects.name,
      zoneName: zones.name,
    })
    .from(blockers)
    .innerJoin(projects, eq(projects.id, blockers.projectId))
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .where(and(zoneScope(viewer, projects.zoneId), nameMatches(blockers.title, q)))
    .orderBy(
      desc(sql`${blockers.status} in ('open', 'assigned')`),
      closest(blockers.title),
      desc(blockers.id),
    )
    .limit(SEARCH_LIMIT + 1);
}

function searchParks(db: DbOrTx, viewer: Viewer, q: string) {
  return db
    .select({ id: parks.id, name: parks.name, zoneName: zones.name })
    .from(parks)
    .innerJoin(zones, eq(zones.id, parks.zoneId))
    .where(and(zoneScope(viewer, parks.zoneId), nameMatches(parks.name, q)))
    .orderBy(asc(parks.zoneId), asc(parks.sortOrder), asc(parks.id))
    .limit(SEARCH_LIMIT + 1);
}

/**
 * People as the pages show them: the accounts an admin or supervisor reaches (/admin/users, /contacts), and to
 * everyone else the "三个一" holders of the projects they read (each project page names them). A person comes
 * with one of their projects in the viewer's reach, where their phones are.
 */
function searchPeople(db: DbOrTx, viewer: Viewer, q: string) {
  const held = and(
    eq(projectAssignments.userId, users.id),
    isNull(projectAssignments.until),
    zoneScope(viewer, projects.zoneId),
  );
  const heldProjectsInReach = db
    .select({ id: projectAssignments.id })
    .from(projectAssignments)
    .innerJoin(projects, eq(projects.id, projectAssignments.projectId))
    .where(held);
  const manages = viewer.role === 'admin' || viewer.role === 'supervisor';
  return db
    .select({
      id: users.id,
      name: users.name,
      title: users.title,
      role: users.role,
      zoneId: users.zoneId,
      disabled: users.disabled,
      zoneName: zones.name,
      projectId: sql<number | null>`(select min(${projectAssignments.projectId}) from ${projectAssignments}
        inner join ${projects} on ${projects.id} = ${projectAssignments.projectId} where ${held})`,
    })
    .from(users)
    .leftJoin(zones, eq(zones.id, users.zoneId))
    .where(
      and(
        nameMatches(users.name, q),
        manages ? accountScope(viewer) : exists(heldProjectsInReach),
        viewer.role === 'admin' ? undefined : eq(users.disabled, false),
      ),
    )
    .orderBy(closest(users.name), asc(users.id))
    .limit(SEARCH_LIMIT + 1);
}

/** Projects (by name or enterprise), blockers, people and parks whose names hold `q`, within the viewer's reach. */
export async function searchAll(db: DbOrTx, viewer: Viewer, q: string) {
  const [projectRows, blockerRows, peopleRows, parkRows] = await Promise.all([
    searchProjects(db, viewer, q),
    searchBlockers(db, viewer, q),
    searchPeople(db, viewer, q),
    searchParks(db, viewer, q),
  ]);
  return {
    projects: upTo(projectRows),
    blockers: upTo(blockerRows),
    people: upTo(
      peopleRows.map(({ zoneId, ...person }) => ({
        ...person,
        href: personHref(viewer, { ...person, zoneId }),
      })),
    ),
    parks: upTo(parkRows),
  };
}
export type SearchResults = Awaited<ReturnType<typeof searchAll>>;

/** Where a person leads: their account for an admin who manages it, the contacts work for a supervisor, else a project of theirs. */
function personHref(viewer: Viewer, p: { id: number; zoneId: number | null; projectId: number | null }) {
  if (can(viewer, 'user.manage', { zoneId: p.zoneId })) return `/admin/users/${p.id}`;
  if (can(viewer, 'zone.supervise', { zoneId: viewer.zoneId })) return '/contacts';
  return p.projectId === null ? null : `/projects/${p.projectId}`;
}
