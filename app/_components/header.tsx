import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { homePathOf } from '@/lib/auth/home';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import type { Viewer } from '@/lib/auth/viewer';
import { LocaleSwitcher } from './locale-switcher';
import { NavLink, NavMenu } from './nav-menu';
import { NavigationFeedback } from './navigation-feedback';
import { SearchBox } from './search-box';
import { UnreadBadge } from './unread-badge';

const supervises = (v: Viewer) => can(v, 'zone.supervise', { zoneId: v.zoneId });

/** Each role's way in: officials start from their own projects, supervisors from what needs chasing. */
const NAV = [
  { href: '/my', key: 'nav.my', show: (v: Viewer) => v.role === 'official' },
  { href: '/city', key: 'city.nav', show: (v: Viewer) => v.zoneId === null && supervises(v) },
  { href: '/dashboard', key: 'dashboard.nav', show: supervises },
  { href: '/projects', key: 'app.projects', show: () => true },
  { href: '/blockers', key: 'nav.blockers', show: () => true },
  { href: '/supervision', key: 'supervisionWork.nav', show: () => true },
  { href: '/reports/weekly', key: 'weeklyReport.title', show: () => true },
  { href: '/weekly', key: 'nav.weekly', show: supervises },
  { href: '/plan-requests', key: 'planWork.queueTitle', show: supervises },
  { href: '/changes', key: 'timeline.feedNav', show: supervises },
  { href: '/contacts', key: 'nav.contacts', show: supervises },
  { href: '/indicators', key: 'indicators.navTitle', show: supervises },
  {
    href: '/admin/users',
    key: 'users.navTitle',
    show: (v: Viewer) => can(v, 'user.manage', { zoneId: v.zoneId }),
  },
  {
    href: '/admin/channels',
    key: 'channels.navTitle',
    show: (v: Viewer) => v.zoneId !== null && can(v, 'channel.manage', { zoneId: v.zoneId }),
  },
  {
    href: '/admin/reminders',
    key: 'reminders.navTitle',
    show: (v: Viewer) => v.zoneId !== null && can(v, 'reminder.manage', { zoneId: v.zoneId }),
  },
  {
    href: '/admin/indicators',
    key: 'indicators.adminTitle',
    show: (v: Viewer) => can(v, 'indicator.lock', { year: 0, quarter: 0 }),
  },
] as const;

/**
 * One line on a phone: the name, the search, the unread count and a menu holding the rest. From 1024 px the
 * role's pages also stand in a row below, and the menu holds only the viewer's own things.
 */
export async function Header() {
  const [t, viewer, locale] = await Promise.all([getTranslations(), getViewer(), getLocale()]);
  const nav = viewer ? NAV.filter((item) => item.show(viewer)) : [];
  const language = <LocaleSwitcher current={locale} label={t('app.language')} />;
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-40 focus:rounded focus:bg-white focus:p-2"
      >
        {t('app.skip')}
      </a>
      <Suspense fallback={null}>
        <NavigationFeedback label={t('app.loading')} />
      </Suspense>
      <div className="relative mx-auto flex max-w-6xl items-center gap-2 px-3 py-1.5 sm:px-6">
        {/* Straight to the viewer's first screen: `/` would only redirect there, one round trip later. On a
            phone the name stands on two short lines (four characters each), leaving the search its room. */}
        <Link
          href={viewer ? homePathOf(viewer) : '/'}
          className="inline-flex min-h-11 max-w-[4.2em] shrink-0 items-center text-sm font-semibold leading-tight text-red-800 sm:max-w-none sm:text-base"
        >
          {t('app.name')}
        </Link>
        {/* The search box's place: it takes the room between the name and the badge. */}
        <div className="flex min-w-0 flex-1 justify-end">{viewer && <SearchBox />}</div>
        {viewer ? (
          <>
            <UnreadBadge viewer={viewer} />
            <NavMenu
              summary={
                <>
                  <span className="lg:hidden">{t('app.menu')}</span>
                  <span className="hidden lg:inline">{viewer.name}</span>
                </>
              }
            >
              <nav aria-label={t('app.mainNav')} className="mb-3 border-b border-slate-200 pb-3 lg:hidden">
                <ul className="grid grid-cols-2 gap-1">
                  {nav.map((item) => (
                    <li key={item.href}>
                      <NavLink href={item.href} className="menu-item">
                        {t(item.key)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="grid gap-1 text-sm">
                <NavLink href="/profile" className="menu-item" testId="viewer">
                  {viewer.name} · {t(`roles.${viewer.role}`)}
                </NavLink>
                <div className="flex items-center justify-between gap-2 px-3">
                  <span aria-hidden="true" className="text-slate-600">
                    {t('app.language')}
                  </span>
                  {language}
                </div>
                <Link href="/logout" className="menu-item text-slate-700">
                  {t('app.signOut')}
                </Link>
              </div>
            </NavMenu>
          </>
        ) : (
          language
        )}
      </div>
      {viewer && (
        <nav aria-label={t('app.mainNav')} className="hidden border-t border-slate-100 lg:block">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-4 text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} className="nav-tab">
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
