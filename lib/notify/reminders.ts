import { asc, eq } from 'drizzle-orm';
import { reminderSends, zoneReminders, zones } from '@/db/schema';
import type { Db, Tx } from '@/db/types';
import {
  anyDue,
  DEFAULT_REMINDER_SETTINGS,
  dueReminders,
  isTimeZone,
  type ReminderSettings,
} from '@/lib/domain/reminder-schedule';
import { deliver } from './notify';
import { dueRemindersOfZone, type Reminder, reminderKey } from './reminder-candidates';

/** Rows per insert into the ledger: 4 parameters each, well inside PostgreSQL's 65 535. */
const CLAIM_BATCH = 1000;

/**
 * Records the reminders in the ledger and returns those this transaction recorded: a row another process
 * (or an earlier round) holds is skipped by `on conflict do nothing`. A concurrent inserter of the same key
 * waits for the holder's commit and then skips it, or takes it over if the holder rolled back, so each is
 * told by exactly one. Inserted in key order, so two processes claiming the same set wait on each other in
 * the same order and never deadlock.
 */
async function claim(tx: Tx, reminders: Reminder[]): Promise<Reminder[]> {
  const byKey = new Map(reminders.map((r) => [reminderKey(r), r]));
  const keys = [...reminders].sort(
    (a, b) =>
      a.reason.localeCompare(b.reason) ||
      a.userId - b.userId ||
      a.objectId - b.objectId ||
      a.period.localeCompare(b.period),
  );
  const won: Reminder[] = [];
  for (let i = 0; i < keys.length; i += CLAIM_BATCH) {
    const rows = await tx
      .insert(reminderSends)
      .values(
        keys.slice(i, i + CLAIM_BATCH).map(({ reason, userId, objectId, period }) => ({
          reason,
          userId,
          objectId,
          period,
        })),
      )
      .onConflictDoNothing()
      .returning({
        reason: reminderSends.reason,
        userId: reminderSends.userId,
        objectId: reminderSends.objectId,
        period: reminderSends.period,
      });
    for (const row of rows) {
      const reminder = byKey.get(reminderKey(row as Reminder));
      if (reminder) won.push(reminder);
    }
  }
  return won;
}

/** Every zone with its time zone and settings; a zone without a settings row has the defaults. */
async function zonesWithSettings(db: Db) {
  const rows = await db
    .select({ id: zones.id, timeZone: zones.timeZone, settings: zoneReminders })
    .from(zones)
    .leftJoin(zoneReminders, eq(zoneReminders.zoneId, zones.id))
    .orderBy(asc(zones.id));
  return rows.map(({ id, timeZone, settings }) => ({
    id,
    timeZone,
    settings: (settings ?? DEFAULT_REMINDER_SETTINGS) satisfies ReminderSettings,
  }));
}

export interface ReminderRound {
  /** Notices given in this round, by this process. */
  sent: number;
}

/**
 * Gives every reminder due at `now` on each zone's clock that nobody has given yet. Each zone is one
 * transaction (ledger rows, notices and what the channels queue commit or roll back together), so a crash
 * loses nothing and any number of processes may run this at once. A zone that fails does not stop the
 * others; the failures are thrown together at the end.
 */
export async function sendDueReminders(db: Db, now: Date): Promise<ReminderRound> {
  const failures: Error[] = [];
  let sent = 0;
  for (const zone of await zonesWithSettings(db)) {
    if (!isTimeZone(zone.timeZone)) {
      failures.push(new Error(`zone ${zone.id}: unknown time zone "${zone.timeZone}"`));
      continue;
    }
    const due = dueReminders(zone.settings, zone.timeZone, now);
    if (!anyDue(due)) continue;
    try {
      sent += await db.transaction(async (tx) => {
        const candidates = await dueRemindersOfZone(tx, zone.id, due, zone.settings.milestoneDays);
        if (candidates.length === 0) return 0;
        const won = await claim(tx, candidates);
        await deliver(
          tx,
          won.map((r) => r.notice),
        );
        return won.length;
      });
    } catch (err) {
      failures.push(new Error(`zone ${zone.id}: ${err instanceof Error ? err.message : String(err)}`));
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'some zones’ reminders failed');
  return { sent };
}
