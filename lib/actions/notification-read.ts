import { and, eq, isNull, sql } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import { markAllReadSchema, markNotificationReadSchema } from '@/lib/validation/notification';
import { defineAction } from './define-action';

// Marking read is idempotent (twice is once), so these actions carry no version; a mark that finds nothing
// unread changes nothing and writes no audit row.

/** The readAt of one notification, before and after, for the audit log. */
const readState = (n: { id: number; readAt: Date | null }) => ({ id: n.id, readAt: n.readAt });

export const markNotificationReadAction = defineAction({
  name: 'notification.mark_read',
  schema: markNotificationReadSchema,
  permission: 'notification.read',
  unversioned: 'idempotent',
  /** Scoped to the viewer: another user's notification id finds nothing (not found, not forbidden). */
  async load(tx, input, viewer) {
    const [notification] = await tx
      .select({ id: notifications.id, userId: notifications.userId, readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.id, input.notificationId), eq(notifications.userId, viewer.id)))
      .limit(1)
      .for('update');
    return notification ? { notification, access: { userId: notification.userId } } : null;
  },
  async write(tx, { target }) {
    const { notification } = target;
    const [after] = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(eq(notifications.id, notification.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id, readAt: notifications.readAt });
    if (!after) return { data: readState(notification), audit: null };
    return {
      data: after,
      audit: {
        entity: 'notification',
        entityId: after.id,
        before: readState(notification),
        after: readState(after),
      },
    };
  },
});

export const markAllNotificationsReadAction = defineAction({
  name: 'notification.mark_all_read',
  schema: markAllReadSchema,
  permission: 'notification.read',
  unversioned: 'idempotent',
  /** The target is the viewer's own inbox. */
  load: async (_tx, _input, viewer) => ({ access: { userId: viewer.id } }),
  async write(tx, { viewer }) {
    // Under READ COMMITTED a concurrent mark-all waits on the rows and then finds them read, so every
    // notification is counted by exactly one of the two.
    const marked = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    const data = { markedRead: marked.length };
    if (marked.length === 0) return { data, audit: null };
    return { data, audit: { entity: 'user', entityId: viewer.id, before: null, after: data } };
  },
});
