import { getTranslations } from 'next-intl/server';
import { LoginForm } from './login-form';

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [t, { next }] = await Promise.all([getTranslations('login'), searchParams]);
  return (
    <div className="mx-auto mt-10 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-semibold">{t('title')}</h1>
      <LoginForm next={next ?? '/projects'} />
    </div>
  );
}
