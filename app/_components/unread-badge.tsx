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
      className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-1 rounded px-1 text-slate-700 hover:underline"
    >
      {/* A bell on a phone, where the header has room for one line only; the link's label says it in words. */}
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-6 sm:hidden"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        <path d="M12 3.5c-3.3 0-5.5 2.4-5.5 5.6v3.6L4.8 16h14.4l-1.7-3.3V9.1c0-3.2-2.2-5.6-5.5-5.6z" />
        <path d="M9.8 18.5a2.3 2.3 0 0 0 4.4 0" />
      </svg>
      <span className="hidden sm:inline">{t('notifications.title')}</span>
      {/* The space makes the visible text "Notifications 4", which the link's name contains (axe's
          label-content-name-mismatch: speech users say what they see). */}{' '}
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
