import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { blockerEvents, blockers } from '@/db/schema';
import type { Tx } from '@/db/types';
import { blockerActor } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { type BlockerMove, moveBlocker } from '@/lib/domain/blockers';
import { notify } from '@/lib/notify/notify';
import { projectOfficials, supervisorsOf } from '@/lib/notify/recipients';
import {
  assignBlockerSchema,
  commentBlockerSchema,
  plainMoveSchema,
  reopenBlockerSchema,
  resolveBlockerSchema,
} from '@/lib/validation/blocker';
import { loadBlocker } from './blocker-load';
import { defineAction } from './define-action';
import { ActionFailure, refusal } from './result';

type Blocker = typeof blockers.$inferSelect;
type Loaded = NonNullable<Awaited<ReturnType<typeof loadBlocker>>>;

/** Checks the move against the lifecycle for this actor, refusing with a message that says why. */
function decide(target: Loaded, move: BlockerMove, viewer: Viewer) {
  const decided = moveBlocker(target.blocker, move, blockerActor(viewer, target.access));
  if (decided.ok) return decided.state;
  throw decided.reason === 'notAllowed'
    ? refusal('forbidden', `blockerWork.notAllowed.${move}`)
    : refusal('invalid', 'blockerWork.wrongStatus');
}

/** The timeline event and the notices of a move: the raiser and the project's officials; the city on escalation. */
async function record(
  tx: Tx,
  move: BlockerMove,
  target: Loaded,
  after: Blocker,
  viewer: Viewer,
  comment: string,
) {
  const before = target.blocker;
  await tx.insert(blockerEvents).values({
    blockerId: before.id,
    kind: move,
    fromStatus: before.status,
    toStatus: after.status,
    comment,
    detail:
      move === 'comment'
        ? null
        : {
            level: after.level,
            responsibleUnit: after.responsibleUnit,
            deadline: after.deadline,
            resolution: after.resolution,
          },
    actorId: viewer.id,
  });
  const recipients = [before.raisedBy, ...(await projectOfficials(tx, before.projectId))];
  // Supervisors hear of what the officials do (a reopening, a reply, a 销号), so nothing waits unseen; the city
  // hears of the escalation and of everything on a blocker at its level.
  if (move === 'reopen' || move === 'comment' || move === 'close') {
    recipients.push(...(await supervisorsOf(tx, target.access.zoneId)));
  }
  if (move === 'escalate' || before.level === 'city') recipients.push(...(await supervisorsOf(tx, null)));
  await notify(tx, recipients, viewer.id, {
    kind: `blocker_${move}`,
    blockerId: before.id,
    projectId: before.projectId,
    payload: {
      blockerTitle: before.title,
      projectName: target.projectName,
      actorName: viewer.name,
      comment: comment || undefined,
    },
  });
}

/**
 * One action per move of the lifecycle, all the same way: the blocker locked at the version the actor saw,
 * the rule of lib/domain/blockers.ts, the change with what the move sets, the event, the notices, the audit.
 */
function blockerMove<S extends z.ZodType<{ blockerId: number; version: number; comment: string }>>(
  move: Exclude<BlockerMove, 'comment'>,
  schema: S,
  sets: (input: z.output<S>) => Partial<Blocker> = () => ({}),
) {
  return defineAction({
    name: `blocker.${move}`,
    schema,
    permission: 'blocker.follow',
    load: (tx, input, viewer) => loadBlocker(tx, input.blockerId, viewer),
    expectedVersion: (input) => input.version,
    async write(tx, { input, target, viewer }) {
      const before = target.blocker;
      const state = decide(target, move, viewer);
      const [after] = await tx
        .update(blockers)
        .set({
          ...sets(input),
          status: state.status,
          level: state.level,
          closedAt: state.status === 'closed' ? new Date() : null,
          version: before.version + 1,
          updatedAt: new Date(),
        })
        .where(and(eq(blockers.id, before.id), eq(blockers.version, before.version)))
        .returning();
      if (!after) throw new ActionFailure('conflict');
      await record(tx, move, target, after, viewer, input.comment);
      return {
        data: after,
        audit: {
          entity: 'blocker',
          entityId: before.id,
          before,
          // the move's comment (a reopening's reason …), so the project's history can show it
          after: input.comment ? { ...after, comment: input.comment } : after,
          projectId: before.projectId,
        },
      };
    },
  });
}

/** 交办: a supervisor names the responsible unit (责任单位) and its deadline. */
export const assignBlockerAction = blockerMove('assign', assignBlockerSchema, (i) => ({
  responsibleUnit: i.responsibleUnit,
  deadline: i.deadline,
}));
export const resolveBlockerAction = blockerMove('resolve', resolveBlockerSchema, (i) => ({
  resolution: i.resolution,
}));
/** 销号: confirmed by whoever raised it, or a supervisor. */
export const closeBlockerAction = blockerMove('close', plainMoveSchema);
export const reopenBlockerAction = blockerMove('reopen', reopenBlockerSchema);
export const escalateBlockerAction = blockerMove('escalate', plainMoveSchema);
export const deescalateBlockerAction = blockerMove('deescalate', plainMoveSchema);

/**
 * A comment changes nothing on the blocker, so it takes no version and leaves the blocker's alone. A replayed
 * submit (its form's key) gets the first answer: one event, one round of notices.
 */
export const commentBlockerAction = defineAction({
  name: 'blocker.comment',
  schema: commentBlockerSchema,
  permission: 'blocker.follow',
  unversioned: 'creates',
  load: (tx, input, viewer) => loadBlocker(tx, input.blockerId, viewer),
  submit: (input, target) => ({ clientKey: input.clientKey, target: `blocker:${target.blocker.id}` }),
  async write(tx, { input, target, viewer }) {
    decide(target, 'comment', viewer);
    await record(tx, 'comment', target, target.blocker, viewer, input.comment);
    return {
      data: { blockerId: target.blocker.id },
      audit: {
        entity: 'blocker',
        entityId: target.blocker.id,
        before: null,
        after: { comment: input.comment },
        projectId: target.blocker.projectId,
      },
    };
  },
});
