'use client';

import { useTranslations } from 'next-intl';

// Shown instead of a page that failed; the cause stays in the server log, never on the screen.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div className="mx-auto mt-10 max-w-md text-center">
      <h1 className="text-xl font-semibold">{t('errorTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('errorText')}</p>
      <button type="button" onClick={reset} className="mt-4 rounded border border-slate-300 px-4 py-1.5">
        {t('retry')}
      </button>
    </div>
  );
}
