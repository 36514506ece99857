import { and, eq, inArray, ne } from 'drizzle-orm';
import { noticeOptOuts, notifyChannels, outbox, users } from '@/db/schema';
import type { Channel } from './channels';
import { noticeEmail } from './email-message';

/**
 * E-mail, queued in the outbox in the transaction of the change: one message per notice, per enabled mail
 * server of the person's zone, to people who gave an address and did not turn the kind off. A 催报 tells
 * dozens of people at once, so this is one query for the people (with their zone's servers), one for their
 * opt-outs and one insert, whatever the number of notices. City-level accounts have no zone, so no server.
 */
export const email: Channel = {
  name: 'email',
  async deliver(tx, notices) {
    const userIds = [...new Set(notices.map((n) => n.userId))];
    if (userIds.length === 0) return;
    const routes = await tx
      .select({ userId: users.id, address: users.email, channelId: notifyChannels.id })
      .from(users)
      .innerJoin(
        notifyChannels,
        and(
          eq(notifyChannels.zoneId, users.zoneId),
          eq(notifyChannels.kind, 'email'),
          eq(notifyChannels.enabled, true),
        ),
      )
      .where(and(inArray(users.id, userIds), eq(users.disabled, false), ne(users.email, '')));
    if (routes.length === 0) return;
    const optOuts = await tx
      .select({ userId: noticeOptOuts.userId, kind: noticeOptOuts.kind })
      .from(noticeOptOuts)
      .where(
        and(
          inArray(noticeOptOuts.userId, [...new Set(routes.map((r) => r.userId))]),
          eq(noticeOptOuts.channel, 'email'),
        ),
      );
    const off = new Set(optOuts.map((o) => `${o.userId}:${o.kind}`));
    const routesOf = new Map<number, typeof routes>();
    for (const r of routes) routesOf.set(r.userId, [...(routesOf.get(r.userId) ?? []), r]);
    const rows = notices.flatMap((n) => {
      const mine = routesOf.get(n.userId);
      if (!mine || off.has(`${n.userId}:${n.kind}`)) return [];
      const body = noticeEmail(n);
      return mine.map((r) => ({ channelId: r.channelId, recipient: r.address, body }));
    });
    if (rows.length > 0) await tx.insert(outbox).values(rows);
  },
};
