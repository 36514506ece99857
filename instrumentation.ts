// Opens the database when the server starts, so the first visitor does not wait while the embedded
// database is created, migrated and given the demo zone; then starts sending the outbox (企业微信/钉钉 robots).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('./db/connection');
    const db = await getDb();
    const { startOutboxWorker } = await import('./lib/notify/outbox-worker');
    startOutboxWorker(db);
  }
}
