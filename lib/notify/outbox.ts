import { eq, inArray, sql } from 'drizzle-orm';
import { notifyChannels, outbox } from '@/db/schema';
import type { DbOrTx, Tx } from '@/db/types';
import { type RobotKind, type RobotMessage, robotAccepted, robotRequest } from './robots';

/** Past this many tries a message is marked failed, for the admin to see and send again. */
export const MAX_ATTEMPTS = 8;
/** How long a claimed message is a worker's: longer than a send may take (SEND_TIMEOUT_MS). */
const LEASE_SECONDS = 60;
const SEND_TIMEOUT_MS = 10_000;

/** Seconds before the next try after `attempts` failed ones: 5 s, 10 s, 20 s … at most an hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 5 * 2 ** Math.max(0, attempts - 1));
}

/** Queues `message` for each of the zone's enabled robots, in the transaction of the event that causes it. */
export async function enqueue(tx: Tx, zoneId: number, message: RobotMessage): Promise<number> {
  const channels = await tx
    .select({ id: notifyChannels.id })
    .from(notifyChannels)
    .where(sql`${notifyChannels.zoneId} = ${zoneId} and ${notifyChannels.enabled}`);
  if (channels.length > 0)
    await tx.insert(outbox).values(channels.map((c) => ({ channelId: c.id, body: message })));
  return channels.length;
}

type Post = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Tries what is due, `limit` messages at most, and says how many it tried and how many were sent. Any number of workers may run
 * this at once (one per app process): each claims its messages in one statement that skips rows another
 * has locked, and the claim is a lease (the next try moved a minute ahead), so a message is sent by one
 * worker, and by another only if the first died before recording the answer. The send itself runs outside
 * any transaction: a slow receiver holds no lock and no connection (the embedded database has only one).
 */
export async function deliverDue(
  db: DbOrTx,
  options: { limit?: number; post?: Post } = {},
): Promise<{ tried: number; sent: number }> {
  const post = options.post ?? fetch;
  const claimed = (await db.execute(sql`
    update outbox set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
    where id in (
      select id from outbox where status = 'pending' and next_attempt_at <= now()
      order by id limit ${options.limit ?? 20} for update skip locked)
    returning id, channel_id, body, attempts`)) as unknown as {
    rows: { id: number; channel_id: number; body: RobotMessage; attempts: number }[];
  };
  if (claimed.rows.length === 0) return { tried: 0, sent: 0 };
  const channels = new Map(
    (
      await db
        .select()
        .from(notifyChannels)
        .where(
          inArray(
            notifyChannels.id,
            claimed.rows.map((r) => r.channel_id),
          ),
        )
    ).map((c) => [c.id, c]),
  );
  let sent = 0;
  for (const row of claimed.rows) {
    const channel = channels.get(row.channel_id);
    let error: string | null = 'channel removed';
    if (channel) {
      const { url, body } = robotRequest(
        { kind: channel.kind as RobotKind, webhookUrl: channel.webhookUrl, secret: channel.secret },
        row.body,
        new Date(),
      );
      try {
        const response = await post(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
        error = await robotAccepted(response);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
    }
    if (error === null) {
      await db
        .update(outbox)
        .set({ status: 'sent', sentAt: new Date(), lastError: '' })
        .where(eq(outbox.id, row.id));
      sent++;
    } else {
      await db
        .update(outbox)
        .set({
          status: row.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          lastError: error.slice(0, 500),
          nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(row.attempts)})`,
        })
        .where(eq(outbox.id, row.id));
    }
  }
  return { tried: claimed.rows.length, sent };
}
