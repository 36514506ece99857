import { asc, eq, sql } from 'drizzle-orm';
import { notifyChannels, outbox, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { zoneScope } from './scope';

/** A stored URL's host; an address written by hand that does not parse shows as a dash. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '—';
  }
}

/**
 * The robots of the zones in reach, for their admin page: the URL's host only (the rest of a webhook URL is
 * its key) and whether a secret is set, never the secret; how their messages fared.
 */
export async function listChannels(db: DbOrTx, viewer: Viewer) {
  const rows = await db
    .select({
      id: notifyChannels.id,
      zoneName: zones.name,
      kind: notifyChannels.kind,
      webhookUrl: notifyChannels.webhookUrl,
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
  return rows.map(({ webhookUrl, ...r }) => ({ ...r, host: hostOf(webhookUrl) }));
}
