import { notifications } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { Notice } from './notices';

/**
 * A way of telling people. Channels run inside the transaction of the change, so a notice exists exactly when
 * the change does. The in-app channel is the only one today; email or a messaging webhook would be another
 * channel that reads the notifications table as its outbox (rows it has not sent), outside the request.
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

export const CHANNELS: readonly Channel[] = [inApp];
