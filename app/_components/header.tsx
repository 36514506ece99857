import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getViewer } from '@/lib/auth/session';
import { LocaleSwitcher } from './locale-switcher';

export async function Header() {
  const [t, viewer, locale] = await Promise.all([getTranslations(), getViewer(), getLocale()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-6">
        <Link href="/projects" className="font-semibold text-red-800">
          {t('app.name')}
        </Link>
        {viewer && (
          <nav className="text-sm">
            <Link href="/projects" className="hover:underline">
              {t('app.projects')}
            </Link>
            {viewer.role === 'admin' && (
              <Link href="/admin/users" className="ml-3 hover:underline">
                {t('users.navTitle')}
              </Link>
            )}
          </nav>
        )}
        <div className="ml-auto flex items-center gap-3 text-sm">
          {viewer && (
            <span data-testid="viewer">
              {viewer.name} · {t(`roles.${viewer.role}`)}
            </span>
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
