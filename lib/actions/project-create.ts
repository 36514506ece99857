import { and, eq } from 'drizzle-orm';
import { recordPinyin } from '@/db/name-pinyin';
import { enterprises, milestones, parks, projects } from '@/db/schema';
import type { Tx } from '@/db/types';
import { templateMilestones } from '@/lib/domain/milestone-templates';
import { STAGE_DATE_FIELD } from '@/lib/domain/stage-moves';
import { zoneScope } from '@/lib/queries/scope';
import { createProjectSchema } from '@/lib/validation/project';
import { defineAction } from './define-action';

/**
 * The zone's enterprise of that name, made when there is none. Insert first: a concurrent creator of the same
 * name waits on the unique (zone, name) until the first commits, then finds its row.
 */
export async function enterpriseId(tx: Tx, zoneId: number, name: string): Promise<number> {
  const [created] = await tx
    .insert(enterprises)
    .values({ zoneId, name })
    .onConflictDoNothing({ target: [enterprises.zoneId, enterprises.name] })
    .returning({ id: enterprises.id });
  if (created) return created.id;
  const [found] = await tx
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.zoneId, zoneId), eq(enterprises.name, name)));
  if (!found) throw new Error('enterprise neither made nor found');
  return found.id;
}

/**
 * A new key project in a park of the admin's zone, optionally with the template milestones of its kind. A
 * replayed submit gets the project it made.
 */
export const createProjectAction = defineAction({
  name: 'project.create',
  schema: createProjectSchema,
  permission: 'project.create',
  unversioned: 'creates',
  async load(tx, input, viewer) {
    const [park] = await tx
      .select({ id: parks.id, zoneId: parks.zoneId })
      .from(parks)
      .where(and(eq(parks.id, input.parkId), zoneScope(viewer, parks.zoneId)));
    return park ? { park, access: { zoneId: park.zoneId } } : null;
  },
  submit: (input, target) => ({ clientKey: input.clientKey, target: `park:${target.park.id}` }),
  async write(tx, { input, target, viewer }) {
    const { park } = target;
    const { enterprise, stage, stageOn, useTemplate, clientKey: _, ...fields } = input;
    const [project] = await tx
      .insert(projects)
      .values({
        ...fields,
        zoneId: park.zoneId,
        enterpriseId: await enterpriseId(tx, park.zoneId, enterprise),
        stage,
        [STAGE_DATE_FIELD[stage]]: stageOn,
      })
      .returning();
    if (!project) throw new Error('insert returned nothing');
    await recordPinyin(tx, project.name, enterprise);
    if (useTemplate) {
      const planned = templateMilestones(
        project.kind,
        project.plannedStartOn ?? stageOn,
        project.plannedFinishOn,
      );
      await tx
        .insert(milestones)
        .values(
          planned.map((m, i) => ({ projectId: project.id, sortOrder: i + 1, ...m, updatedBy: viewer.id })),
        );
    }
    return {
      data: { id: project.id },
      audit: {
        entity: 'project',
        entityId: project.id,
        before: null,
        after: { ...project, enterprise, useTemplate },
        projectId: project.id,
      },
    };
  },
});
