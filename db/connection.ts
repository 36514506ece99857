import { openDefaultDatabase } from './open';
import type { Db, DbHandle } from './types';

// One client per process: PGlite must never be opened twice on one folder, and a pg Pool is meant to be shared.
// Kept on globalThis so that dev-mode module reloads reuse it.
const holder = globalThis as typeof globalThis & { __keyProjectsDb?: Promise<DbHandle> };

export async function getDb(): Promise<Db> {
  holder.__keyProjectsDb ??= openDefaultDatabase().catch((err) => {
    holder.__keyProjectsDb = undefined; // let the next request try again rather than fail for ever
    throw err;
  });
  return (await holder.__keyProjectsDb).db;
}
