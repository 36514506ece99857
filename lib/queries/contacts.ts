import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { projectAssignments, users } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { AssignmentRole } from '@/lib/domain/vocabulary';

export interface Contact {
  userId: number;
  name: string;
  title: string;
  disabled: boolean;
  since: string;
}
export type ContactsByRole = Partial<Record<AssignmentRole, Contact>>;

/** The active "三个一" holders of each project, in one query for any number of projects. */
export async function activeContacts(db: DbOrTx, projectIds: number[]): Promise<Map<number, ContactsByRole>> {
  const out = new Map<number, ContactsByRole>();
  if (projectIds.length === 0) return out;
  const rows = await db
    .select({
      projectId: projectAssignments.projectId,
      role: projectAssignments.role,
      since: projectAssignments.since,
      userId: users.id,
      name: users.name,
      title: users.title,
      disabled: users.disabled,
    })
    .from(projectAssignments)
    .innerJoin(users, eq(users.id, projectAssignments.userId))
    .where(and(inArray(projectAssignments.projectId, projectIds), isNull(projectAssignments.until)))
    .orderBy(asc(projectAssignments.projectId));
  for (const { projectId, role, ...contact } of rows) {
    const byRole = out.get(projectId) ?? {};
    byRole[role] = contact;
    out.set(projectId, byRole);
  }
  return out;
}
