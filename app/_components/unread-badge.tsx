import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Viewer } from '@/lib/auth/viewer';

/**
 * The way to the viewer's notifications, with how many are unread. Rendered per request (the count comes with
 * the viewer),
 * so no page shows a stale number after a mark. The link's name carries the count for screen readers; the
 * number itself is hidden at 0 rather than removed, so it is always there to be read by tests.
 */
export async function UnreadBadge({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations();
  const count = viewer.unread;
  return (
    <Link
      href="/notifications"
      aria-label={t('notifications.badgeLabel', { count })}
      className="inline-flex items-center gap-1 text-slate-700 hover:underline"
    >
      {t('notifications.title')}
      <span
        data-testid="unread-count"
        hidden={count === 0}
        className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-semibold leading-5 text-white"
      >
        {count}
      </span>
    </Link>
  );
}
