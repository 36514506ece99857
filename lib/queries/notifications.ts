import { and, desc, eq, isNull } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { NOTICE_KINDS, type NoticeKind, type NoticePayload } from '@/lib/notify/notices';

// A viewer only ever reads their own notifications: every query here is scoped by `user_id = viewer.id`.

const KINDS = new Set<string>(NOTICE_KINDS);

/** The stored kind, if this version of the app has a message for it (a row may outlive its kind). */
function noticeKindOf(kind: string): NoticeKind | null {
  return KINDS.has(kind) ? (kind as NoticeKind) : null;
}

/** The stored payload as the message needs it; jsonb is whatever was written, so missing texts become ''. */
function payloadOf(value: unknown): NoticePayload {
  const o = (value ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    blockerTitle: str(o.blockerTitle),
    projectName: str(o.projectName),
    actorName: str(o.actorName),
    ...(typeof o.comment === 'string' && o.comment !== '' ? { comment: o.comment } : {}),
    ...(Array.isArray(o.projectNames) ? { projectNames: o.projectNames.map(str) } : {}),
    ...(typeof o.weekStart === 'string' ? { weekStart: o.weekStart } : {}),
    ...(typeof o.milestoneName === 'string' ? { milestoneName: o.milestoneName } : {}),
    ...(typeof o.dueDate === 'string' ? { dueDate: o.dueDate } : {}),
    ...(typeof o.supervisionId === 'number' ? { supervisionId: o.supervisionId } : {}),
    ...(typeof o.supervisionNumber === 'string' ? { supervisionNumber: o.supervisionNumber } : {}),
  };
}

/**
 * The viewer's newest notifications. Joined to nothing: the payload was written with everything the message
 * shows, so a renamed project or blocker still reads as it did when the notice was sent.
 */
export async function listNotifications(
  db: DbOrTx,
  viewer: Viewer,
  { limit, unreadOnly = false }: { limit: number; unreadOnly?: boolean },
) {
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      blockerId: notifications.blockerId,
      projectId: notifications.projectId,
      payload: notifications.payload,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, kind: noticeKindOf(r.kind), payload: payloadOf(r.payload) }));
}
export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];
