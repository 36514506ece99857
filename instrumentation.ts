// Opens the database when the server starts, so the first visitor does not wait while the embedded
// database is created, migrated and given the demo zone; then starts sending the outbox (企业微信/钉钉 robots, e-mail)
// and giving the zones' scheduled reminders. REMINDER_SCHEDULER=off leaves the reminders out: the test
// servers' assertions compare whole tables and must not meet a reminder that the wall clock made due.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('./db/connection');
    const db = await getDb();
    const { startOutboxWorker } = await import('./lib/notify/outbox-worker');
    startOutboxWorker(db);
    if (process.env.REMINDER_SCHEDULER !== 'off') {
      const { startReminderScheduler } = await import('./lib/notify/reminder-scheduler');
      startReminderScheduler(db);
    }
  }
}
