import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { noticeHref } from '@/lib/notify/notice-link';
import { noticeParams } from '@/lib/notify/notice-params';
import type { NotificationRow } from '@/lib/queries/notifications';
import { MarkReadButton } from './mark-read-buttons';

/**
 * One notification, in the reader's language: the message is rendered from its kind and the payload stored
 * with it, the time in Asia/Shanghai (next-intl's time zone, set in lib/i18n/request.ts).
 */
export async function NotificationItem({ notification: n }: { notification: NotificationRow }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const unread = n.readAt === null;
  const params = noticeParams(n.payload, locale);
  const { projectName } = params;
  const href = noticeHref(n);
  const message = n.kind
    ? t(`notifications.kinds.${n.kind}`, params)
    : t('notifications.unknownKind', params);
  return (
    <li
      data-testid="notification"
      data-unread={unread}
      className={`flex items-start gap-3 rounded-lg border p-3 ${unread ? 'border-red-200 bg-red-50' : 'border-slate-200 bg-white'}`}
    >
      <div className="min-w-0 flex-1">
        <p className={unread ? 'font-medium' : 'text-slate-700'}>
          {unread && (
            <span className="mr-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">
              {t('notifications.unread')}
            </span>
          )}
          {href === null ? (
            message
          ) : (
            <Link href={href} className="hover:underline">
              {message}
            </Link>
          )}
        </p>
        {n.payload.comment && (
          <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-sm whitespace-pre-line text-slate-600">
            {n.payload.comment}
          </blockquote>
        )}
        <p className="mt-1 text-sm text-slate-500">
          {projectName && <>{projectName} · </>}
          <time dateTime={n.createdAt.toISOString()}>
            {format.dateTime(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
        </p>
      </div>
      {unread && <MarkReadButton notificationId={n.id} />}
    </li>
  );
}
