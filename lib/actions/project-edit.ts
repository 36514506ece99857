import { and, eq } from 'drizzle-orm';
import { recordPinyin } from '@/db/name-pinyin';
import { parks, projects } from '@/db/schema';
import { PLAN_FIGURES } from '@/lib/domain/plan';
import { editProjectSchema } from '@/lib/validation/plan';
import { defineAction } from './define-action';
import { loadVersionedProject } from './plan-approve';
import { afterPlanEdit } from './plan-write';
import { enterpriseId as enterpriseIdOf } from './project-create';
import { ActionFailure, invalidField } from './result';

type Project = typeof projects.$inferSelect;
const FACTS = [
  'name',
  'enterpriseId',
  'parkId',
  'kind',
  'totalInvestment',
  'contactPerson',
  'contactPhone',
  'summary',
  ...PLAN_FIGURES,
] as const;
/** A project's facts as its audit rows record them (the timeline reads them back: timeline-plan-lines.ts). */
export const factsOf = (p: Project) => Object.fromEntries(FACTS.map((f) => [f, p[f]]));

/**
 * The zone's management corrects a project's facts. The annual figures and the planned period belong to the
 * plan: changing them on an approved plan is a correction, recorded as a plan version.
 */
export const editProjectAction = defineAction({
  name: 'project.edit',
  schema: editProjectSchema,
  permission: 'project.edit',
  load: (tx, input, viewer) => loadVersionedProject(tx, input.projectId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    const before = target.project;
    const [park] = await tx
      .select({ id: parks.id })
      .from(parks)
      .where(and(eq(parks.id, input.parkId), eq(parks.zoneId, before.zoneId)));
    if (!park) throw invalidField('parkId', 'validation.invalid');
    // The completed figure is not on the form (it is the opening balance of the plan year), so only the stored
    // row can tell whether the new total still covers it.
    if (input.totalInvestment < before.completedInvestment)
      throw invalidField('totalInvestment', 'validation.belowCompleted');
    const { projectId: _, version: __, enterprise, ...facts } = input;
    const [after] = await tx
      .update(projects)
      .set({
        ...facts,
        enterpriseId: await enterpriseIdOf(tx, before.zoneId, enterprise),
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(projects.id, before.id), eq(projects.version, before.version)))
      .returning();
    if (!after) throw new ActionFailure('conflict');
    await recordPinyin(tx, after.name, enterprise);
    if (PLAN_FIGURES.some((f) => after[f] !== before[f]))
      await afterPlanEdit(tx, before.id, target.planVersionId, viewer);
    return {
      data: { id: after.id, version: after.version },
      audit: {
        entity: 'project',
        entityId: before.id,
        before: factsOf(before),
        after: { ...factsOf(after), enterprise },
        projectId: before.id,
      },
    };
  },
});
