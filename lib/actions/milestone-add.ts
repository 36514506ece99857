import { eq, max } from 'drizzle-orm';
import { milestones } from '@/db/schema';
import type { Tx } from '@/db/types';
import { templateMilestones } from '@/lib/domain/milestone-templates';
import { zoneToday } from '@/lib/validation/fields';
import { addMilestoneSchema, applyMilestoneTemplateSchema } from '@/lib/validation/milestone';
import { defineAction } from './define-action';
import { loadProject } from './load-target';
import { afterPlanEdit } from './plan-write';
import { invalidField } from './result';

async function nextSortOrder(tx: Tx, projectId: number): Promise<number> {
  const [row] = await tx
    .select({ last: max(milestones.sortOrder) })
    .from(milestones)
    .where(eq(milestones.projectId, projectId));
  return (row?.last ?? 0) + 1;
}

/** A milestone form's key is good for its one project. */
const onProject = (clientKey: string, projectId: number) => ({ clientKey, target: `project:${projectId}` });

/** Appends a milestone to a project; a replayed submit gets the milestone it added. */
export const addMilestoneAction = defineAction({
  name: 'milestone.add',
  schema: addMilestoneSchema,
  permission: 'plan.edit',
  unversioned: 'creates',
  load: (tx, input, viewer) => loadProject(tx, input.projectId, viewer),
  submit: (input, target) => onProject(input.clientKey, target.project.id),
  async write(tx, { input, target, viewer }) {
    const [after] = await tx
      .insert(milestones)
      .values({
        projectId: target.project.id,
        sortOrder: await nextSortOrder(tx, target.project.id),
        name: input.name,
        plannedOn: input.plannedOn,
        note: input.note,
        updatedBy: viewer.id,
      })
      .returning();
    if (!after) throw new Error('insert returned nothing');
    await afterPlanEdit(tx, target.project.id, target.planVersionId, viewer);
    return {
      data: { id: after.id, version: after.version },
      audit: { entity: 'milestone', entityId: after.id, before: null, after, projectId: after.projectId },
    };
  },
});

/**
 * Starts a project's milestones from the template of its kind (in the report's wording), spread over its
 * planned period. Only for a project that has none; the project row stays locked from that check to the
 * insert, so two people applying it at once do not get the list twice; one person's replayed click gets the
 * list it made rather than a refusal.
 */
export const applyMilestoneTemplateAction = defineAction({
  name: 'milestone.apply_template',
  schema: applyMilestoneTemplateSchema,
  permission: 'plan.edit',
  unversioned: 'creates',
  load: (tx, input, viewer) => loadProject(tx, input.projectId, viewer),
  submit: (input, target) => onProject(input.clientKey, target.project.id),
  async write(tx, { target, viewer }) {
    const { project } = target;
    if ((await nextSortOrder(tx, project.id)) !== 1)
      throw invalidField('projectId', 'validation.hasMilestones');
    const planned = templateMilestones(
      project.kind,
      project.plannedStartOn ?? zoneToday(),
      project.plannedFinishOn,
    );
    const rows = await tx
      .insert(milestones)
      .values(
        planned.map((m, i) => ({ projectId: project.id, sortOrder: i + 1, ...m, updatedBy: viewer.id })),
      )
      .returning();
    await afterPlanEdit(tx, project.id, target.planVersionId, viewer);
    return {
      data: { milestoneIds: rows.map((m) => m.id) },
      audit: {
        entity: 'project',
        entityId: project.id,
        before: { milestones: [] },
        after: { milestones: rows },
        projectId: project.id,
      },
    };
  },
});
