import { notifications } from '@/db/schema';
import type { Tx } from '@/db/types';
import { email } from './email-channel';
import type { Notice } from './notices';

/**
 * A way of telling people. Channels run inside the transaction of the change, so a notice exists exactly when
 * the change does. What leaves the app (e-mail) is only queued here, in the outbox, and sent by its worker
 * outside the request (lib/notify/outbox.ts).
 */
export interface Channel {
  name: string;
  deliver(tx: Tx, notices: Notice[]): Promise<void>;
}

export const inApp: Channel = {
  name: 'in-app',
  async deliver(tx, notices) {
    if (notices.length > 0) await tx.insert(notifications).values(notices);
  },
};

export const CHANNELS: readonly Channel[] = [inApp, email];
