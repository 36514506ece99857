// npm run db:restore -- file — into the (empty) PostgreSQL database of DATABASE_URL with pg_restore, or into
// the embedded database's folder, which must not exist yet or be empty. Prints row counts and checksums.
import path from 'node:path';
import { restorePglite, restorePostgres, tableChecksums } from '../backup';
import { openPglite, openPostgres } from '../drivers';
import { embeddedDataDir } from '../open';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run db:restore -- <backup file>');
  process.exit(2);
}
const url = process.env.DATABASE_URL;
if (url) await restorePostgres(path.resolve(file), url);
else await restorePglite(path.resolve(file), embeddedDataDir());
const handle = url ? openPostgres(url) : await openPglite({ dataDir: embeddedDataDir() });
try {
  console.table(await tableChecksums(handle.db));
} finally {
  await handle.close();
}
console.log('restored');
