import { and, eq, isNull } from 'drizzle-orm';
import { enterprises, parks, projectAssignments, projects, users } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { AssignmentRole } from '@/lib/domain/vocabulary';
import type { BookProject, ZoneBook } from '@/lib/import/ledger-plan';
import { filedInPlanYear } from './investment';

/**
 * What an import compares a ledger with: the zone's parks, enterprises, active officials and projects with
 * their current "三个一". `lock` (inside the import's transaction) holds the zone's projects until it commits,
 * so nobody edits one between the plan and its writes.
 */
export async function loadZoneBook(db: DbOrTx, zoneId: number, lock = false): Promise<ZoneBook> {
  const projectQuery = db
    .select({
      id: projects.id,
      code: projects.code,
      name: projects.name,
      enterprise: enterprises.name,
      park: parks.name,
      kind: projects.kind,
      stage: projects.stage,
      total: projects.totalInvestment,
      annual: projects.annualPlannedInvestment,
      completedBase: projects.completedInvestment,
      filed: filedInPlanYear,
      plannedStart: projects.plannedStartOn,
      plannedFinish: projects.plannedFinishOn,
      contactPerson: projects.contactPerson,
      contactPhone: projects.contactPhone,
      summary: projects.summary,
      planYear: projects.planYear,
      version: projects.version,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .where(eq(projects.zoneId, zoneId))
    .orderBy(projects.id);
  // One after another: inside the import's transaction they share one connection.
  const parkRows = await db
    .select({ id: parks.id, name: parks.name })
    .from(parks)
    .where(eq(parks.zoneId, zoneId));
  const enterpriseRows = await db
    .select({ id: enterprises.id, name: enterprises.name })
    .from(enterprises)
    .where(eq(enterprises.zoneId, zoneId));
  const people = await db
    .select({ id: users.id, name: users.name, username: users.username, title: users.title })
    .from(users)
    .where(and(eq(users.zoneId, zoneId), eq(users.role, 'official'), eq(users.disabled, false)))
    .orderBy(users.id);
  const projectRows = await (lock ? projectQuery.for('update', { of: projects }) : projectQuery);
  const holders = await db
    .select({
      projectId: projectAssignments.projectId,
      role: projectAssignments.role,
      userId: users.id,
      name: users.name,
    })
    .from(projectAssignments)
    .innerJoin(projects, eq(projects.id, projectAssignments.projectId))
    .innerJoin(users, eq(users.id, projectAssignments.userId))
    .where(and(eq(projects.zoneId, zoneId), isNull(projectAssignments.until)));
  const byProject = new Map<number, BookProject['holders']>();
  for (const h of holders) {
    const held = byProject.get(h.projectId) ?? {};
    held[h.role as AssignmentRole] = { userId: h.userId, name: h.name };
    byProject.set(h.projectId, held);
  }
  return {
    parks: new Map(parkRows.map((p) => [p.name, p.id])),
    enterprises: new Map(enterpriseRows.map((e) => [e.name, e.id])),
    people,
    projects: projectRows.map((p) => ({ ...p, holders: byProject.get(p.id) ?? {} })),
  };
}
