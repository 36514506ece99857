import { and, eq, isNull } from 'drizzle-orm';
import { projectAssignments, users } from '@/db/schema';
import type { Tx } from '@/db/types';

// Who is told what: the project's "三个一" (and the raiser) follow their blockers; the zone's supervisors hear
// of new ones; city supervisors of escalated ones. Disabled accounts are never told.

export async function projectOfficials(tx: Tx, projectId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(projectAssignments)
    .innerJoin(users, eq(users.id, projectAssignments.userId))
    .where(
      and(
        eq(projectAssignments.projectId, projectId),
        isNull(projectAssignments.until),
        eq(users.disabled, false),
      ),
    );
  return rows.map((r) => r.id);
}

/** Supervisors of one zone, or (zoneId null) the city's. */
export async function supervisorsOf(tx: Tx, zoneId: number | null): Promise<number[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.role, 'supervisor'),
        eq(users.disabled, false),
        zoneId === null ? isNull(users.zoneId) : eq(users.zoneId, zoneId),
      ),
    );
  return rows.map((r) => r.id);
}
