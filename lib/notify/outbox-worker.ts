import type { Db } from '@/db/types';
import { deliverDue } from './outbox';

/**
 * Sends the outbox every few seconds from this process. Every app process runs one (each worker of the
 * cluster too): deliverDue's claims keep them from sending a message twice. A round that finds the database
 * gone (the server stopping) logs a line and the next round tries again.
 */
export function startOutboxWorker(db: Db, everyMs = 5000): void {
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      while ((await deliverDue(db)).tried > 0);
    } catch (err) {
      console.error(`[outbox] ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
    }
  };
  setInterval(round, everyMs).unref();
}
