import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { listChannels } from '@/lib/queries/channels';
import { zonesInReach } from '@/lib/queries/users';
import { DataTable } from '../../_components/data-table';
import { AddChannelForm, TestChannelButton } from './lazy-forms';

/** A zone admin's 工作群机器人: where 催报 and the other chasing messages go besides the app. */
export default async function ChannelsPage() {
  const viewer = await requireViewer();
  const db = await getDb();
  const zones = (await zonesInReach(db, viewer)).filter((z) =>
    can(viewer, 'channel.manage', { zoneId: z.id }),
  );
  if (zones.length === 0) notFound();
  const [t, rows] = await Promise.all([getTranslations(), listChannels(db, viewer)]);
  return (
    <ClientMessages route="admin/channels">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('channels.title')}</h1>
          <p className="text-sm text-slate-600">{t('channels.intro')}</p>
        </div>
        <DataTable
          headers={[
            { label: t('channels.kind'), card: 'title' },
            { label: t('channels.zone'), nowrap: true },
            { label: t('channels.host') },
            { label: t('channels.signed'), nowrap: true },
            { label: t('channels.status') },
            { label: t('channels.test'), card: 'bare' },
          ]}
          empty={rows.length === 0}
          emptyText={t('channels.none')}
          testId="channels"
        >
          {rows.map((c) => (
            <tr key={c.id} data-testid="channel-row">
              <td className="font-medium">
                {t(`channels.kinds.${c.kind === 'dingtalk' ? 'dingtalk' : 'wecom'}`)}
              </td>
              <td>{c.zoneName}</td>
              <td className="break-all">{c.host}</td>
              <td>{t(c.signed ? 'channels.yes' : 'channels.no')}</td>
              <td>
                {t('channels.counts', { sent: c.sent, pending: c.pending, failed: c.failed })}
                {c.lastError && (
                  <div className="text-xs text-light-red">
                    {t('channels.lastError', { error: c.lastError })}
                  </div>
                )}
              </td>
              <td>
                <TestChannelButton channelId={c.id} />
              </td>
            </tr>
          ))}
        </DataTable>
        <AddChannelForm zones={zones} />
      </div>
    </ClientMessages>
  );
}
