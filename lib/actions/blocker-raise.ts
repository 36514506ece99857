import { and, eq } from 'drizzle-orm';
import { recordPinyin } from '@/db/name-pinyin';
import { blockerEvents, blockers, milestones } from '@/db/schema';
import { notify } from '@/lib/notify/notify';
import { supervisorsOf } from '@/lib/notify/recipients';
import { raiseBlockerSchema } from '@/lib/validation/blocker';
import { defineAction } from './define-action';
import { loadProject } from './load-target';
import { invalidField } from './result';

/**
 * An assigned official raises a blocker on their project; the zone's supervisors are told. The form's key
 * makes a replayed or double-clicked submit find the blocker it already made instead of making another.
 */
export const raiseBlockerAction = defineAction({
  name: 'blocker.raise',
  schema: raiseBlockerSchema,
  permission: 'blocker.raise',
  unversioned: 'creates',
  load: (tx, input, viewer) => loadProject(tx, input.projectId, viewer),
  async write(tx, { input, target, viewer }) {
    const { project } = target;
    if (input.milestoneId !== null) {
      const [m] = await tx
        .select({ id: milestones.id })
        .from(milestones)
        .where(and(eq(milestones.id, input.milestoneId), eq(milestones.projectId, project.id)));
      if (!m) throw invalidField('milestoneId', 'validation.invalid');
    }
    const [created] = await tx
      .insert(blockers)
      .values({ ...input, projectId: project.id, raisedBy: viewer.id })
      .onConflictDoNothing({ target: [blockers.raisedBy, blockers.clientKey] })
      .returning();
    if (!created) {
      const [earlier] = await tx
        .select()
        .from(blockers)
        .where(and(eq(blockers.raisedBy, viewer.id), eq(blockers.clientKey, input.clientKey)));
      if (!earlier || earlier.projectId !== project.id) throw invalidField('clientKey', 'validation.invalid');
      return { data: earlier, audit: null };
    }
    await recordPinyin(tx, created.title);
    await tx.insert(blockerEvents).values({
      blockerId: created.id,
      kind: 'raise',
      toStatus: 'open',
      comment: input.description,
      actorId: viewer.id,
    });
    await notify(tx, await supervisorsOf(tx, project.zoneId), viewer.id, {
      kind: 'blocker_raise',
      blockerId: created.id,
      projectId: project.id,
      payload: { blockerTitle: created.title, projectName: project.name, actorName: viewer.name },
    });
    return {
      data: created,
      audit: {
        entity: 'blocker',
        entityId: created.id,
        before: null,
        after: created,
        projectId: project.id,
      },
    };
  },
});
