import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { MyWork } from '@/lib/queries/my-work';
import { NotificationItem } from '../notifications/notification-item';
import { WorkSection } from './work-section';

/** How many notices wait unread, and the newest of them; the rest on /notifications. */
export async function UnreadNotices({ unread }: { unread: MyWork['unread'] }) {
  const t = await getTranslations();
  return (
    <WorkSection
      id="unread-notices"
      title={t('myWork.noticesTitle', { count: unread.count })}
      empty={unread.count === 0 ? t('myWork.noticesNone') : null}
      action={
        <Link
          href="/notifications"
          className="inline-flex min-h-11 items-center text-sm text-red-900 underline"
        >
          {t('myWork.allNotices')}
        </Link>
      }
    >
      <ul className="space-y-2">
        {unread.latest.map((n) => (
          <NotificationItem key={n.id} notification={n} />
        ))}
      </ul>
    </WorkSection>
  );
}
