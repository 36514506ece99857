import { getTranslations } from 'next-intl/server';
import { signOutNow } from '@/lib/actions/sign-in';

export default async function LogoutPage() {
  const t = await getTranslations('login');
  return (
    <div className="mx-auto mt-10 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-xl font-semibold">{t('signedOutTitle')}</h1>
      <p className="mb-4 text-slate-700">{t('signOutConfirm')}</p>
      <form action={signOutNow}>
        <button type="submit" className="w-full rounded bg-red-800 px-4 py-2 font-medium text-white">
          {t('signOutSubmit')}
        </button>
      </form>
    </div>
  );
}
