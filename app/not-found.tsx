import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <div className="mx-auto mt-10 max-w-md text-center">
      <h1 className="text-xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('notFoundText')}</p>
      <Link href="/" className="mt-4 inline-block text-red-800 hover:underline">
        {t('home')}
      </Link>
    </div>
  );
}
