// npm run db:migrate — applies the committed migrations to DATABASE_URL, or to the embedded database.
import { migrateDatabase, openPglite, openPostgres } from '../drivers';
import { embeddedDataDir } from '../open';

const url = process.env.DATABASE_URL;
const handle = url ? openPostgres(url) : await openPglite({ dataDir: embeddedDataDir() });
try {
  await migrateDatabase(handle);
  console.log(`migrated (${handle.driver})`);
} finally {
  await handle.close();
}
