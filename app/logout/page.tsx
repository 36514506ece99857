import { getTranslations } from 'next-intl/server';
import { signOutNow } from '@/lib/actions/sign-in';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { SubmitButton } from '../_components/form-controls';

export default async function LogoutPage() {
  const t = await getTranslations('login');
  return (
    <ClientMessages route="logout">
      <div className="mx-auto mt-10 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-2 text-xl font-semibold">{t('signedOutTitle')}</h1>
        <p className="mb-4 text-slate-700">{t('signOutConfirm')}</p>
        <form action={signOutNow}>
          <SubmitButton label={t('signOutSubmit')} className="w-full" />
        </form>
      </div>
    </ClientMessages>
  );
}
