import { eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { requireViewer } from '@/lib/auth/session';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { ProfileForm } from './lazy-forms';

/** One's own phones, shown to the people of the zone on the projects one holds. */
export default async function ProfilePage() {
  const viewer = await requireViewer();
  const [t, [me]] = await Promise.all([
    getTranslations(),
    (await getDb())
      .select({ version: users.version, officePhone: users.officePhone, mobile: users.mobile })
      .from(users)
      .where(eq(users.id, viewer.id)),
  ]);
  return (
    <ClientMessages route="profile">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t('profile.title')}</h1>
        <p className="text-slate-700">
          {viewer.name} · {viewer.title}
        </p>
        {me && <ProfileForm userId={viewer.id} {...me} />}
      </div>
    </ClientMessages>
  );
}
