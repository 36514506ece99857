import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { loginParamsSchema } from '@/lib/validation/page-params';
import { type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { LoginForm } from './lazy-forms';

export default async function LoginPage({ searchParams }: { searchParams: SearchParamsProp }) {
  const [t, params] = await Promise.all([getTranslations('login'), searchParams]);
  const { next } = searchParamsOf(loginParamsSchema, params);
  return (
    <ClientMessages route="login">
      <div className="mx-auto mt-10 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-xl font-semibold">{t('title')}</h1>
        <LoginForm next={next} />
      </div>
    </ClientMessages>
  );
}
