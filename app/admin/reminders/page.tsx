import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/session';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { reminderSettingsOf } from '@/lib/queries/reminders';
import { ReminderSettingsForm } from './lazy-forms';

/** A zone admin's 定时提醒: when the zone's scheduled reminders go out, and 催报's quiet period. */
export default async function RemindersPage() {
  const viewer = await requireViewer();
  const [t, zones] = await Promise.all([getTranslations(), reminderSettingsOf(await getDb(), viewer)]);
  if (zones.length === 0) notFound();
  return (
    <ClientMessages route="admin/reminders">
      <div className="max-w-2xl space-y-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('reminders.title')}</h1>
          <p className="text-sm text-slate-600">{t('reminders.intro')}</p>
        </div>
        {zones.map(({ zoneName, timeZone, ...saved }) => (
          <section
            key={saved.zoneId}
            aria-label={zoneName}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 className="font-semibold [overflow-wrap:anywhere]">
              {t('reminders.zoneClock', { zone: zoneName, timeZone })}
            </h2>
            <ReminderSettingsForm saved={saved} />
          </section>
        ))}
      </div>
    </ClientMessages>
  );
}
