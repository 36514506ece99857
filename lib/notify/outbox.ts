import { and, eq, inArray, sql } from 'drizzle-orm';
import { notifyChannels, outbox } from '@/db/schema';
import type { DbOrTx, Tx } from '@/db/types';
import { ROBOT_KINDS } from '@/lib/validation/channel';
import type { RobotMessage } from './robots';
import { type Claimed, type Post, senders } from './senders';
import { SEND_CAP_MS, type SendFailure } from './smtp';

/** Past this many tries a message is marked failed, for the admin to see and send again. */
export const MAX_ATTEMPTS = 8;
/** How long a claimed message is a worker's: longer than a send may take (SEND_CAP_MS). */
const LEASE_SECONDS = 60;

/** Seconds before the next try after `attempts` failed ones: 5 s, 10 s, 20 s … at most an hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 5 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Queues `message` for each of the zone's enabled robots, in the transaction of the event that causes it.
 * (Mail goes to people, not groups: lib/notify/email-channel.ts.)
 */
export async function enqueue(tx: Tx, zoneId: number, message: RobotMessage): Promise<number> {
  const channels = await tx
    .select({ id: notifyChannels.id })
    .from(notifyChannels)
    .where(
      and(
        eq(notifyChannels.zoneId, zoneId),
        eq(notifyChannels.enabled, true),
        inArray(notifyChannels.kind, ROBOT_KINDS),
      ),
    );
  if (channels.length > 0)
    await tx.insert(outbox).values(channels.map((c) => ({ channelId: c.id, body: message })));
  return channels.length;
}

/** Records how a send went: sent, or tried again after a backoff, or failed for the admin to see. */
async function record(db: DbOrTx, row: Claimed, outcome: SendFailure): Promise<void> {
  if (outcome === null) {
    await db
      .update(outbox)
      .set({ status: 'sent', sentAt: new Date(), lastError: '' })
      .where(eq(outbox.id, row.id));
    return;
  }
  await db
    .update(outbox)
    .set({
      status: outcome.permanent || row.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
      lastError: outcome.error.slice(0, 500),
      nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(row.attempts)})`,
    })
    .where(eq(outbox.id, row.id));
}

/**
 * Tries what is due, `limit` messages at most, and says how many it tried and how many were sent. Any number of workers may run
 * this at once (one per app process): each claims its messages in one statement that skips rows another
 * has locked, and the claim is a lease (the next try moved a minute ahead), so a message is sent by one
 * worker, and by another only if the first died before recording the answer. The send itself runs outside
 * any transaction: a slow receiver holds no lock and no connection (the embedded database has only one).
 * Messages of a disabled channel wait until it is enabled again.
 */
export async function deliverDue(
  db: DbOrTx,
  options: { limit?: number; post?: Post; leaseSeconds?: number } = {},
): Promise<{ tried: number; sent: number }> {
  const lease = options.leaseSeconds ?? LEASE_SECONDS;
  const claimed = (await db.execute(sql`
    update outbox set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${lease})
    where id in (
      select id from outbox where status = 'pending' and next_attempt_at <= now()
        and channel_id in (select id from notify_channels where enabled)
      order by id limit ${options.limit ?? 20} for update skip locked)
    returning id, channel_id, recipient, body, attempts, created_at`)) as unknown as { rows: Claimed[] };
  if (claimed.rows.length === 0) return { tried: 0, sent: 0 };
  const started = performance.now();
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
  const send = senders(options.post ?? fetch);
  // A receiver that did not answer this round is not asked again until the next: its other messages fail alike.
  const unanswered = new Map<number, SendFailure>();
  // No message is started that might still be sending when the lease ends (another worker could take it):
  // what is left is given back as it was, due at once.
  const budgetMs = lease * 1000 - SEND_CAP_MS - 5000;
  const untried: number[] = [];
  let sent = 0;
  try {
    for (const [i, row] of claimed.rows.entries()) {
      if (i > 0 && performance.now() - started > budgetMs) {
        untried.push(row.id);
        continue;
      }
      const channel = channels.get(row.channel_id);
      const outcome: SendFailure = !channel
        ? { error: 'channel removed', permanent: true }
        : (unanswered.get(channel.id) ?? (await send.send(channel, row)));
      if (channel && outcome?.unreachable) unanswered.set(channel.id, outcome);
      await record(db, row, outcome);
      if (outcome === null) sent++;
    }
  } finally {
    send.close();
  }
  if (untried.length > 0)
    await db
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} - 1`, nextAttemptAt: sql`now()` })
      .where(inArray(outbox.id, untried));
  return { tried: claimed.rows.length - untried.length, sent };
}
