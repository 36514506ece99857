import type { notifyChannels } from '@/db/schema';
import type { EmailBody } from './email-message';
import { type RobotKind, type RobotMessage, robotAccepted, robotRequest } from './robots';
import { mailers, type SendFailure } from './smtp';

export type Post = (url: string, init: RequestInit) => Promise<Response>;
type ChannelRow = typeof notifyChannels.$inferSelect;

/** A queued message as the outbox worker claimed it. */
export interface Claimed {
  id: number;
  channel_id: number;
  recipient: string;
  body: unknown;
  attempts: number;
  created_at: string | Date;
}

const ROBOT_TIMEOUT_MS = 10_000;

async function postToRobot(channel: ChannelRow, message: RobotMessage, post: Post): Promise<SendFailure> {
  const { url, body } = robotRequest(
    { kind: channel.kind as RobotKind, webhookUrl: channel.webhookUrl, secret: channel.secret },
    message,
    new Date(),
  );
  try {
    const response = await post(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      signal: AbortSignal.timeout(ROBOT_TIMEOUT_MS),
    });
    const error = await robotAccepted(response);
    return error === null ? null : { error };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err), unreachable: true };
  }
}

/**
 * The one step of the outbox that differs by channel: a group robot gets an HTTPS post, a mail server an SMTP
 * session (kept open for the round, so `close` must be called when the round ends).
 */
export function senders(post: Post) {
  const mail = mailers();
  return {
    send(channel: ChannelRow, row: Claimed): Promise<SendFailure> {
      if (channel.kind !== 'email') return postToRobot(channel, row.body as RobotMessage, post);
      return mail.send(channel, {
        recipient: row.recipient,
        body: row.body as EmailBody,
        // The row and the moment it was queued: the same on every try of it, never reused by another message.
        messageKey: `outbox.${row.id}.${new Date(row.created_at).getTime()}`,
      });
    },
    close: () => mail.close(),
  };
}
