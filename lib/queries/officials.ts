import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { projectAssignments, projects, users, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { ASSIGNMENT_ROLES, type AssignmentRole } from '@/lib/domain/vocabulary';
import { zoneScope } from './scope';

/** Officials who may be given a "三个一" role on a project of this zone: its enabled officials, by name. */
export function assignableOfficials(db: DbOrTx, viewer: Viewer, zoneId: number) {
  return db
    .select({ id: users.id, name: users.name, title: users.title })
    .from(users)
    .where(
      and(
        eq(users.role, 'official'),
        eq(users.disabled, false),
        eq(users.zoneId, zoneId),
        zoneScope(viewer, users.zoneId),
      ),
    )
    .orderBy(asc(users.name));
}

/** Each official's load: active assignments in each role, most loaded first. */
export async function officialsLoad(db: DbOrTx, viewer: Viewer) {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      title: users.title,
      disabled: users.disabled,
      zoneName: zones.name,
      role: projectAssignments.role,
      n: count(projectAssignments.id),
    })
    .from(users)
    .leftJoin(zones, eq(zones.id, users.zoneId))
    .leftJoin(
      projectAssignments,
      and(eq(projectAssignments.userId, users.id), isNull(projectAssignments.until)),
    )
    .where(and(eq(users.role, 'official'), zoneScope(viewer, users.zoneId)))
    .groupBy(users.id, zones.name, projectAssignments.role);
  const byUser = new Map<
    number,
    {
      userId: number;
      name: string;
      title: string;
      disabled: boolean;
      zoneName: string | null;
      total: number;
    } & Record<AssignmentRole, number>
  >();
  for (const r of rows) {
    const entry = byUser.get(r.userId) ?? {
      userId: r.userId,
      name: r.name,
      title: r.title,
      disabled: r.disabled,
      zoneName: r.zoneName,
      total: 0,
      leader: 0,
      cadre: 0,
      liaison: 0,
    };
    if (r.role) {
      entry[r.role] += r.n;
      entry.total += r.n;
    }
    byUser.set(r.userId, entry);
  }
  return [...byUser.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Key projects whose "三个一" is incomplete: some role has no active holder (or only a disabled one). */
export async function incompleteContacts(db: DbOrTx, viewer: Viewer) {
  const held = sql<string[]>`coalesce(array_agg(${projectAssignments.role}::text) filter (
    where ${projectAssignments.id} is not null and not ${users.disabled}), '{}')`;
  const rows = await db
    .select({ id: projects.id, name: projects.name, zoneName: zones.name, held })
    .from(projects)
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .leftJoin(
      projectAssignments,
      and(eq(projectAssignments.projectId, projects.id), isNull(projectAssignments.until)),
    )
    .leftJoin(users, eq(users.id, projectAssignments.userId))
    .where(zoneScope(viewer, projects.zoneId))
    .groupBy(projects.id, zones.name)
    .orderBy(asc(projects.zoneId), asc(projects.id));
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      zoneName: r.zoneName,
      missing: ASSIGNMENT_ROLES.filter((role) => !r.held.includes(role)),
    }))
    .filter((r) => r.missing.length > 0);
}
