import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/session';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { listNotifications } from '@/lib/queries/notifications';
import { MarkAllReadButton } from './mark-read-buttons';
import { NotificationItem } from './notification-item';

/** Enough for weeks of a busy official's notices; older ones stay stored (the table is also the outbox). */
const LIMIT = 100;

/** The signed-in person's own notifications, newest first, to read and mark read. */
export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const db = await getDb();
  const [t, rows] = await Promise.all([getTranslations(), listNotifications(db, viewer, { limit: LIMIT })]);
  const unread = viewer.unread;
  return (
    <ClientMessages route="notifications">
      <div className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">{t('notifications.title')}</h1>
            <p className="text-sm text-slate-600">
              {t('notifications.summary', { count: unread })}
              {rows.length === LIMIT && ` · ${t('notifications.limited', { limit: LIMIT })}`}
            </p>
          </div>
          {unread > 0 && <MarkAllReadButton />}
        </div>
        {rows.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">
            {t('notifications.none')}
          </p>
        ) : (
          <ul className="space-y-2">
            {rows.map((n) => (
              <NotificationItem key={n.id} notification={n} />
            ))}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
}
