// npm run db:backup [-- file] — PostgreSQL (DATABASE_URL) with pg_dump, or the embedded database's folder.
// Stop the app first when it runs on the embedded database: PGlite must not be opened by two processes.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { backupPglite, backupPostgres, defaultBackupFile, tableChecksums } from '../backup';
import { openPglite } from '../drivers';
import { embeddedDataDir } from '../open';

const url = process.env.DATABASE_URL;
const file = path.resolve(process.argv[2] ?? defaultBackupFile(url ? 'pg' : 'pglite'));
mkdirSync(path.dirname(file), { recursive: true });
if (url) {
  await backupPostgres(url, file);
} else {
  const handle = await openPglite({ dataDir: embeddedDataDir() });
  try {
    await backupPglite(handle, file);
    console.table(await tableChecksums(handle.db));
  } finally {
    await handle.close();
  }
}
console.log(`backup written to ${file}`);
