import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import {
  blockers,
  projectAssignments,
  supervisionCounters,
  supervisionNotices,
  users,
  zones,
} from '@/db/schema';
import type { Tx } from '@/db/types';
import { zoneDateOf } from '@/lib/domain/dates';
import { noticeNumber, noticePrefix } from '@/lib/domain/supervision-notice';
import { notify } from '@/lib/notify/notify';
import { issueNoticeSchema } from '@/lib/validation/supervision-notice';
import { defineAction } from './define-action';
import { loadProject } from './load-target';
import { invalidField } from './result';

/**
 * The zone's next number for the year, taken in the issuing transaction: the counter row is locked until it
 * commits, so concurrent issuers queue, and one that rolls back hands its number to the next.
 */
async function nextSeq(tx: Tx, zoneId: number, year: number): Promise<number> {
  const [row] = await tx
    .insert(supervisionCounters)
    .values({ zoneId, year, last: 1 })
    .onConflictDoUpdate({
      target: [supervisionCounters.zoneId, supervisionCounters.year],
      set: { last: sql`${supervisionCounters.last} + 1` },
    })
    .returning({ last: supervisionCounters.last });
  if (!row) throw new Error('supervision counter not written');
  return row.last;
}

/** The addressee must hold one of the project's "三个一" roles now, with an enabled account. */
async function isProjectOfficial(tx: Tx, projectId: number, userId: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: users.id })
    .from(projectAssignments)
    .innerJoin(users, eq(users.id, projectAssignments.userId))
    .where(
      and(
        eq(projectAssignments.projectId, projectId),
        eq(projectAssignments.userId, userId),
        isNull(projectAssignments.until),
        eq(users.disabled, false),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * A supervisor issues a 督办单 on a project, or on one of its blockers not yet closed, to one of its officials
 * (with the unit responsible, a reply deadline and an optional 批示). It is numbered in the zone's sequence for
 * the year, and the addressee is told.
 */
export const issueNoticeAction = defineAction({
  name: 'supervision.issue',
  schema: issueNoticeSchema,
  permission: 'supervision.issue',
  unversioned: 'creates',
  load: (tx, input, viewer) => loadProject(tx, input.projectId, viewer),
  submit: (input, target) => ({ clientKey: input.clientKey, target: `project:${target.project.id}` }),
  async write(tx, { input, target, viewer }) {
    const { project } = target;
    if (!(await isProjectOfficial(tx, project.id, input.addresseeId)))
      throw invalidField('addresseeId', 'supervisionValidation.addresseeNotOfficial');
    if (input.blockerId !== null) {
      const [blocker] = await tx
        .select({ id: blockers.id })
        .from(blockers)
        .where(
          and(
            eq(blockers.id, input.blockerId),
            eq(blockers.projectId, project.id),
            ne(blockers.status, 'closed'),
          ),
        );
      if (!blocker) throw invalidField('blockerId', 'validation.invalid');
    }
    const [zone] = await tx
      .select({ name: zones.name, supervisionPrefix: zones.supervisionPrefix })
      .from(zones)
      .where(eq(zones.id, project.zoneId));
    if (!zone) throw new Error(`zone ${project.zoneId} missing`);
    const year = Number(zoneDateOf(new Date()).slice(0, 4));
    const seq = await nextSeq(tx, project.zoneId, year);
    const [created] = await tx
      .insert(supervisionNotices)
      .values({
        zoneId: project.zoneId,
        year,
        seq,
        number: noticeNumber(noticePrefix(zone), year, seq),
        projectId: project.id,
        blockerId: input.blockerId,
        matter: input.matter,
        addresseeId: input.addresseeId,
        unit: input.unit,
        replyDue: input.replyDue,
        instruction: input.instruction,
        issuedBy: viewer.id,
      })
      .returning();
    if (!created) throw new Error('supervision notice not written');
    await notify(tx, [created.addresseeId], viewer.id, {
      kind: 'supervision_issued',
      blockerId: null,
      projectId: project.id,
      payload: {
        blockerTitle: '',
        projectName: project.name,
        actorName: viewer.name,
        dueDate: created.replyDue,
        supervisionId: created.id,
        supervisionNumber: created.number,
      },
    });
    return {
      data: { id: created.id, number: created.number, version: created.version },
      audit: {
        entity: 'supervision_notice',
        entityId: created.id,
        before: null,
        after: created,
        projectId: project.id,
      },
    };
  },
});
