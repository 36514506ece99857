import { and, asc, count, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { projectAssignments, projects, users, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { zoneScope } from './scope';

/** What an admin sees of an account; never the password hash. */
export const accountColumns = {
  id: users.id,
  username: users.username,
  name: users.name,
  title: users.title,
  role: users.role,
  zoneId: users.zoneId,
  disabled: users.disabled,
  officePhone: users.officePhone,
  mobile: users.mobile,
  version: users.version,
};

/**
 * The accounts the viewer reaches: those of their zone, or every account for a city admin. City-level
 * accounts (no zone) are city business: a city supervisor, who reaches every zone's projects, still does
 * not see them.
 */
export function accountScope(viewer: Viewer): SQL | undefined {
  const inZones = zoneScope(viewer, users.zoneId);
  if (viewer.zoneId === null && viewer.role !== 'admin') return and(inZones, isNotNull(users.zoneId));
  return inZones;
}

/** The zones a new account may be placed in by this viewer. */
export function zonesInReach(db: DbOrTx, viewer: Viewer) {
  return db
    .select({ id: zones.id, name: zones.name })
    .from(zones)
    .where(zoneScope(viewer, zones.id))
    .orderBy(asc(zones.id));
}

/** The accounts in reach, with their zone and how many "三个一" seats each holds now. */
export function listUsers(db: DbOrTx, viewer: Viewer) {
  return db
    .select({ ...accountColumns, zoneName: zones.name, activeAssignments: count(projectAssignments.id) })
    .from(users)
    .leftJoin(zones, eq(zones.id, users.zoneId))
    .leftJoin(
      projectAssignments,
      and(eq(projectAssignments.userId, users.id), isNull(projectAssignments.until)),
    )
    .where(accountScope(viewer))
    .groupBy(users.id, zones.id)
    .orderBy(asc(users.role), asc(users.username));
}
export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

/**
 * One account in reach, or null; with its active assignments, which must be handed to someone else when
 * the account is disabled.
 */
export async function getUserDetail(db: DbOrTx, viewer: Viewer, userId: number) {
  const [account] = await db
    .select({ ...accountColumns, zoneName: zones.name, createdAt: users.createdAt })
    .from(users)
    .leftJoin(zones, eq(zones.id, users.zoneId))
    .where(and(eq(users.id, userId), accountScope(viewer)));
  if (!account) return null;

  const assignments = await db
    .select({
      projectId: projects.id,
      projectName: projects.name,
      role: projectAssignments.role,
      since: projectAssignments.since,
    })
    .from(projectAssignments)
    .innerJoin(projects, eq(projects.id, projectAssignments.projectId))
    .where(
      and(
        eq(projectAssignments.userId, userId),
        isNull(projectAssignments.until),
        zoneScope(viewer, projects.zoneId),
      ),
    )
    .orderBy(asc(projects.name), asc(projectAssignments.role));
  return { account, assignments };
}
export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;
