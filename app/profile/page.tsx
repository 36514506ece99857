import { eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { requireViewer } from '@/lib/auth/session';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { NOTICE_GROUP_NAMES } from '@/lib/notify/notice-groups';
import { noticeSettingsOf } from '@/lib/queries/notice-settings';
import { ProfileForm } from './lazy-forms';
import { NoticeSettingsForm } from './lazy-notice-settings';

/**
 * One's own phones, shown to the people of the zone on the projects one holds, and where one's notices go
 * besides the app (e-mail).
 */
export default async function ProfilePage() {
  const viewer = await requireViewer();
  const db = await getDb();
  const [t, [me], notices] = await Promise.all([
    getTranslations(),
    db
      .select({ version: users.version, officePhone: users.officePhone, mobile: users.mobile })
      .from(users)
      .where(eq(users.id, viewer.id)),
    noticeSettingsOf(db, viewer),
  ]);
  return (
    <ClientMessages route="profile">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t('profile.title')}</h1>
        <p className="text-slate-700">
          {viewer.name} · {viewer.title}
        </p>
        {me && <ProfileForm userId={viewer.id} {...me} />}
        {notices && (
          <section
            className="max-w-md space-y-2 border-t border-slate-200 pt-4"
            data-testid="notice-settings"
          >
            <h2 className="text-lg font-semibold">{t('noticeSettings.title')}</h2>
            <p className="text-sm text-slate-600">{t('noticeSettings.intro')}</p>
            {!notices.mailServer && (
              <p className="text-sm text-amber-900">
                {t(notices.cityLevel ? 'noticeSettings.cityLevel' : 'noticeSettings.noServer')}
              </p>
            )}
            <NoticeSettingsForm
              version={notices.version}
              email={notices.email}
              emailGroups={notices.emailGroups}
              groups={NOTICE_GROUP_NAMES}
            />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
