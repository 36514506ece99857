import type { Tx } from '@/db/types';
import { CHANNELS } from './channels';
import type { Notice, NoticeKind, NoticePayload } from './notices';

/** Hands notices to every channel, in the transaction of the change. */
export async function deliver(tx: Tx, notices: Notice[]): Promise<void> {
  if (notices.length === 0) return;
  for (const channel of CHANNELS) await channel.deliver(tx, notices);
}

/**
 * Tells each recipient once (a person in two of the roles gets one notice), never the one who acted.
 */
export async function notify(
  tx: Tx,
  recipients: Iterable<number>,
  actorId: number,
  notice: { kind: NoticeKind; blockerId: number | null; projectId: number | null; payload: NoticePayload },
): Promise<void> {
  const users = [...new Set(recipients)].filter((id) => id !== actorId);
  await deliver(
    tx,
    users.map((userId) => ({ userId, ...notice })),
  );
}
