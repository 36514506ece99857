import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { listChannels } from '@/lib/queries/channels';
import { zonesInReach } from '@/lib/queries/users';
import { DataTable } from '../../_components/data-table';
import { AddChannelForm, AddEmailChannelForm, ChannelActions } from './lazy-forms';

type Row = Awaited<ReturnType<typeof listChannels>>[number];

/** How a channel is protected, in a word: 钉钉's signing, a mail server's TLS. */
function securityOf(c: Row) {
  if (c.kind === 'email') return c.secure ? 'tls' : 'starttls';
  if (c.kind === 'dingtalk') return c.signed ? 'signed' : 'unsigned';
  return 'none';
}

/**
 * A zone admin's 通知渠道: the work-group robots and the mail server where 催报 and the other notices go
 * besides the app.
 */
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
            { label: t('channels.security') },
            { label: t('channels.status') },
            { label: t('channels.actions'), card: 'bare' },
          ]}
          empty={rows.length === 0}
          emptyText={t('channels.none')}
          testId="channels"
        >
          {rows.map((c) => (
            <tr key={c.id} data-testid="channel-row">
              <td className="font-medium">
                {/* the table's check constraint allows these three kinds only */}
                {t(`channels.kinds.${c.kind as 'wecom' | 'dingtalk' | 'email'}`)}
                {!c.enabled && (
                  <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-normal">
                    {t('channels.off')}
                  </span>
                )}
              </td>
              <td>{c.zoneName}</td>
              <td className="break-all">
                {c.host}
                {c.from && (
                  <div className="text-xs text-slate-600">{t('channels.from', { from: c.from })}</div>
                )}
              </td>
              <td>{t(`channels.securityOf.${securityOf(c)}`)}</td>
              <td>
                {t('channels.counts', { sent: c.sent, pending: c.pending, failed: c.failed })}
                {c.lastError && (
                  <div className="text-xs text-light-red">
                    {t('channels.lastError', { error: c.lastError })}
                  </div>
                )}
              </td>
              <td>
                <ChannelActions channelId={c.id} enabled={c.enabled} failed={c.failed} />
              </td>
            </tr>
          ))}
        </DataTable>
        <AddChannelForm zones={zones} />
        <AddEmailChannelForm zones={zones} />
      </div>
    </ClientMessages>
  );
}
