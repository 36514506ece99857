import type { Db } from '@/db/types';
import { type ReminderRound, sendDueReminders } from './reminders';

export interface SchedulerOptions {
  everyMs?: number;
  /** The instant a round treats as now; tests move it instead of waiting. */
  clock?: () => Date;
  send?: (db: Db, now: Date) => Promise<ReminderRound>;
}

function logFailure(err: unknown): void {
  const errors = err instanceof AggregateError ? err.errors : [err];
  for (const e of errors) console.error(`[reminders] ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * Gives the due scheduled reminders from this process, once at start and then every minute (reminders are
 * set to the minute). Every app process runs one: the ledger (reminder_sends) keeps any number of them from
 * telling anyone twice. A round still running when the next is due is not doubled; a failed round logs and
 * the next one tries again. Returns a function that stops it.
 */
export function startReminderScheduler(db: Db, options: SchedulerOptions = {}): () => void {
  const { everyMs = 60_000, clock = () => new Date(), send = sendDueReminders } = options;
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      await send(db, clock());
    } catch (err) {
      logFailure(err);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(round, 0);
  const timer = setInterval(round, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
