import { asc, eq, sql } from 'drizzle-orm';
import { notifyChannels, outbox, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { smtpSettingsOf } from '@/lib/notify/smtp';
import { zoneScope } from './scope';

/** A stored URL's host; an address written by hand that does not parse shows as a dash. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '—';
  }
}

/** Where a channel sends, as its admin page may show it: a robot's host, a mail server's host, port and sender. */
function shownAddress(c: { kind: string; webhookUrl: string; settings: unknown }) {
  if (c.kind !== 'email') return { host: hostOf(c.webhookUrl), from: '', secure: false };
  const s = smtpSettingsOf(c.settings);
  return s
    ? { host: `${s.host}:${s.port}`, from: s.from, secure: s.secure }
    : { host: '—', from: '', secure: false };
}

/**
 * The channels of the zones in reach, for their admin page: a robot's host only (the rest of a webhook URL is
 * its key), a mail server's host, port and sender (not its user), and whether a secret (钉钉's signing secret,
 * the SMTP password) is set, never the secret; how their messages fared.
 */
export async function listChannels(db: DbOrTx, viewer: Viewer) {
  const rows = await db
    .select({
      id: notifyChannels.id,
      zoneName: zones.name,
      kind: notifyChannels.kind,
      webhookUrl: notifyChannels.webhookUrl,
      settings: notifyChannels.settings,
      signed: sql<boolean>`${notifyChannels.secret} <> ''`,
      enabled: notifyChannels.enabled,
      sent: sql<number>`count(${outbox.id}) filter (where ${outbox.status} = 'sent')`.mapWith(Number),
      pending: sql<number>`count(${outbox.id}) filter (where ${outbox.status} = 'pending')`.mapWith(Number),
      failed: sql<number>`count(${outbox.id}) filter (where ${outbox.status} = 'failed')`.mapWith(Number),
      lastError: sql<string>`coalesce((array_agg(${outbox.lastError} order by ${outbox.id} desc)
        filter (where ${outbox.lastError} <> ''))[1], '')`,
    })
    .from(notifyChannels)
    .innerJoin(zones, eq(zones.id, notifyChannels.zoneId))
    .leftJoin(outbox, eq(outbox.channelId, notifyChannels.id))
    .where(zoneScope(viewer, notifyChannels.zoneId))
    .groupBy(notifyChannels.id, zones.name)
    .orderBy(asc(notifyChannels.zoneId), asc(notifyChannels.id));
  return rows.map(({ webhookUrl, settings, ...r }) => ({
    ...r,
    ...shownAddress({ kind: r.kind, webhookUrl, settings }),
  }));
}
