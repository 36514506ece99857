import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { supervisionEvents, supervisionNotices } from '@/db/schema';
import type { SupervisionMove, SupervisionStatus } from '@/lib/domain/supervision-notice';
import { moveNotice } from '@/lib/domain/supervision-notice';
import type { NoticeKind } from '@/lib/notify/notices';
import { notify } from '@/lib/notify/notify';
import {
  acceptNoticeSchema,
  replyNoticeSchema,
  returnNoticeSchema,
} from '@/lib/validation/supervision-notice';
import { defineAction } from './define-action';
import { ActionFailure, refusal } from './result';
import { loadNotice } from './supervision-load';

const NOTICE_OF: Record<SupervisionMove, NoticeKind> = {
  reply: 'supervision_replied',
  accept: 'supervision_accepted',
  return: 'supervision_returned',
};

/**
 * One action per move, all the same way: the notice locked at the version its author saw, the status rule of
 * lib/domain/supervision-notice.ts, the change, the event with its text, the other side told, the audit row
 * (with the project, so the notice's course is in the project's history).
 */
function noticeMove(
  move: SupervisionMove,
  schema: z.ZodType<{ noticeId: number; version: number; body: string }>,
  permission: 'supervision.reply' | 'supervision.review',
) {
  return defineAction({
    name: `supervision.${move}`,
    schema,
    permission,
    load: (tx, input, viewer) => loadNotice(tx, input.noticeId, viewer),
    expectedVersion: (input) => input.version,
    async write(tx, { input, target, viewer }) {
      const before = target.notice;
      const status = moveNotice(before.status as SupervisionStatus, move);
      if (!status) throw refusal('conflict', 'supervisionWork.wrongStatus');
      const [after] = await tx
        .update(supervisionNotices)
        .set({ status, closedAt: status === 'closed' ? new Date() : null, version: before.version + 1 })
        .where(and(eq(supervisionNotices.id, before.id), eq(supervisionNotices.version, before.version)))
        .returning();
      if (!after) throw new ActionFailure('conflict');
      await tx
        .insert(supervisionEvents)
        .values({ noticeId: before.id, kind: move, authorId: viewer.id, body: input.body });
      // A reply goes to whoever issued the notice; a decision on it to the addressee (and the replier).
      const recipients = move === 'reply' ? [before.issuedBy] : [before.addresseeId];
      await notify(tx, recipients, viewer.id, {
        kind: NOTICE_OF[move],
        blockerId: null,
        projectId: before.projectId,
        payload: {
          blockerTitle: '',
          projectName: target.projectName,
          actorName: viewer.name,
          comment: input.body || undefined,
          supervisionId: before.id,
          supervisionNumber: before.number,
        },
      });
      return {
        data: { id: after.id, status: after.status, version: after.version },
        audit: {
          entity: 'supervision_notice',
          entityId: before.id,
          before: { number: before.number, status: before.status, version: before.version },
          after: { number: after.number, status: after.status, version: after.version, body: input.body },
          projectId: before.projectId,
        },
      };
    },
  });
}

export const replyNoticeAction = noticeMove('reply', replyNoticeSchema, 'supervision.reply');
export const acceptNoticeAction = noticeMove('accept', acceptNoticeSchema, 'supervision.review');
export const returnNoticeAction = noticeMove('return', returnNoticeSchema, 'supervision.review');
