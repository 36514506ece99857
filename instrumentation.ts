// Opens the database when the server starts, so the first visitor does not wait while the embedded
// database is created, migrated and given the demo zone.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('./db/connection');
    await getDb();
  }
}
