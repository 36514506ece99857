import { and, asc, eq } from 'drizzle-orm';
import { enterprises, milestones, parks, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { ProjectAccess } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import type { AssignmentRole } from '@/lib/domain/vocabulary';
import { activeContacts } from './contacts';
import { zoneScope } from './scope';

/** One project as the viewer may see it, or null (no such project, or out of the viewer's reach). */
export async function getProjectDetail(db: DbOrTx, viewer: Viewer, projectId: number) {
  const [project] = await db
    .select({
      project: projects,
      parkName: parks.name,
      enterpriseName: enterprises.name,
    })
    .from(projects)
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(and(eq(projects.id, projectId), zoneScope(viewer, projects.zoneId)));
  if (!project) return null;

  const [contacts, milestoneRows] = await Promise.all([
    activeContacts(db, [projectId]).then((m) => m.get(projectId) ?? {}),
    db
      .select({
        id: milestones.id,
        name: milestones.name,
        plannedOn: milestones.plannedOn,
        actualOn: milestones.actualOn,
        status: milestones.status,
        note: milestones.note,
        version: milestones.version,
      })
      .from(milestones)
      .where(eq(milestones.projectId, projectId))
      .orderBy(asc(milestones.sortOrder), asc(milestones.id)),
  ]);

  const viewerRole =
    (Object.entries(contacts).find(([, c]) => c.userId === viewer.id)?.[0] as AssignmentRole | undefined) ??
    null;
  const access: ProjectAccess = { zoneId: project.project.zoneId, assignment: viewerRole };
  return { ...project, contacts, milestones: milestoneRows, access };
}
export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProjectDetail>>>;
