import { and, eq, sql } from 'drizzle-orm';
import { noticeOptOuts, notifyChannels, users } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import { groupsOn } from '@/lib/notify/notice-groups';

/**
 * The viewer's own e-mail settings for the profile page: address, the groups ticked, and whether mail can go
 * out at all (a zone with an enabled mail server; city-level accounts have no zone).
 */
export async function noticeSettingsOf(db: DbOrTx, viewer: Viewer) {
  const [[me], optedOut] = await Promise.all([
    db
      .select({
        version: users.version,
        email: users.email,
        mailServer: sql<boolean>`exists (select 1 from ${notifyChannels} c where c.zone_id = ${users.zoneId}
          and c.kind = 'email' and c.enabled)`,
      })
      .from(users)
      .where(eq(users.id, viewer.id)),
    db
      .select({ kind: noticeOptOuts.kind })
      .from(noticeOptOuts)
      .where(and(eq(noticeOptOuts.userId, viewer.id), eq(noticeOptOuts.channel, 'email'))),
  ]);
  if (!me) return null;
  return { ...me, emailGroups: groupsOn(optedOut.map((o) => o.kind)), cityLevel: viewer.zoneId === null };
}
