import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import type { Viewer } from '@/lib/auth/viewer';
import { LocaleSwitcher } from './locale-switcher';
import { UnreadBadge } from './unread-badge';

const supervises = (v: Viewer) => can(v, 'zone.supervise', { zoneId: v.zoneId });

/** Each role's way in: officials start from their own projects, supervisors from what needs chasing. */
const NAV = [
  { href: '/my', key: 'nav.my', show: (v: Viewer) => v.role === 'official' },
  { href: '/dashboard', key: 'dashboard.nav', show: supervises },
  { href: '/projects', key: 'app.projects', show: () => true },
  { href: '/blockers', key: 'nav.blockers', show: () => true },
  { href: '/reports/weekly', key: 'weeklyReport.title', show: () => true },
  { href: '/weekly', key: 'nav.weekly', show: supervises },
  { href: '/plan-requests', key: 'planWork.queueTitle', show: supervises },
  { href: '/changes', key: 'timeline.feedNav', show: supervises },
  { href: '/contacts', key: 'nav.contacts', show: supervises },
  {
    href: '/admin/users',
    key: 'users.navTitle',
    show: (v: Viewer) => can(v, 'user.manage', { zoneId: v.zoneId }),
  },
] as const;

export async function Header() {
  const [t, viewer, locale] = await Promise.all([getTranslations(), getViewer(), getLocale()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-6">
        <Link href="/" className="font-semibold text-red-800">
          {t('app.name')}
        </Link>
        {viewer && (
          <nav className="text-sm">
            {NAV.filter((item) => item.show(viewer)).map((item) => (
              <Link key={item.href} href={item.href} className="mr-3 hover:underline">
                {t(item.key)}
              </Link>
            ))}
          </nav>
        )}
        <div className="ml-auto flex items-center gap-3 text-sm">
          {viewer && (
            <>
              <Link href="/profile" data-testid="viewer" className="hover:underline">
                {viewer.name} · {t(`roles.${viewer.role}`)}
              </Link>
              <UnreadBadge viewer={viewer} />
            </>
          )}
          <LocaleSwitcher current={locale} label={t('app.language')} />
          {viewer && (
            <Link href="/logout" className="text-slate-600 hover:underline">
              {t('app.signOut')}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
