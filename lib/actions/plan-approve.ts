import { and, count, eq } from 'drizzle-orm';
import { milestones, projects } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { notify } from '@/lib/notify/notify';
import { projectOfficials } from '@/lib/notify/recipients';
import { approvePlanSchema } from '@/lib/validation/plan';
import { defineAction } from './define-action';
import { loadProject } from './load-target';
import { recordPlanVersion } from './plan-write';
import { ActionFailure, refusal } from './result';

/** The project, locked, with its own version for the check. */
export async function loadVersionedProject(tx: Tx, projectId: number, viewer: Viewer) {
  const found = await loadProject(tx, projectId, viewer);
  return found && { ...found, version: found.project.version };
}

/**
 * 确认计划: the zone's supervisor (or admin) makes the plan as it stands the plan year's baseline. From then
 * on the officials change it only by a change request.
 */
export const approvePlanAction = defineAction({
  name: 'plan.approve',
  schema: approvePlanSchema,
  permission: 'plan.approve',
  load: (tx, input, viewer) => loadVersionedProject(tx, input.projectId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { target, viewer }) {
    if (target.planVersionId !== null) throw refusal('conflict', 'planWork.alreadyApproved');
    const [plan] = await tx
      .select({ n: count() })
      .from(milestones)
      .where(eq(milestones.projectId, target.project.id));
    if (!plan?.n) throw refusal('invalid', 'planWork.noMilestones');
    const [project] = await tx
      .update(projects)
      .set({ version: target.project.version + 1, updatedAt: new Date() })
      .where(and(eq(projects.id, target.project.id), eq(projects.version, target.project.version)))
      .returning();
    if (!project) throw new ActionFailure('conflict');
    const version = await recordPlanVersion(tx, project, viewer, { kind: 'approval' });
    await notify(tx, await projectOfficials(tx, project.id), viewer.id, {
      kind: 'plan_approved',
      blockerId: null,
      projectId: project.id,
      payload: { blockerTitle: '', projectName: project.name, actorName: viewer.name },
    });
    return {
      data: { versionId: version.id, seq: version.seq, projectVersion: project.version },
      audit: {
        entity: 'plan_version',
        entityId: version.id,
        before: null,
        after: version,
        projectId: project.id,
      },
    };
  },
});
