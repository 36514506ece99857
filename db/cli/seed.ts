// npm run db:seed — writes the demo zone into an empty, migrated database (DATABASE_URL or the embedded one).
import { zoneDateOf } from '@/lib/domain/dates';
import { openPglite, openPostgres } from '../drivers';
import { embeddedDataDir } from '../open';
import { isDatabaseEmpty, seedDemoData } from '../seed/seed';

const url = process.env.DATABASE_URL;
const handle = url ? openPostgres(url) : await openPglite({ dataDir: embeddedDataDir() });
try {
  if (!(await isDatabaseEmpty(handle.db))) {
    console.error('the database already holds data; the demo seed only writes into an empty database');
    process.exitCode = 1;
  } else {
    const asOf = process.env.SEED_AS_OF ?? zoneDateOf(new Date());
    await seedDemoData(handle.db, { asOf });
    console.log(`seeded the demo zone as of ${asOf} (${handle.driver})`);
  }
} finally {
  await handle.close();
}
