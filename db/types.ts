import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** One type for both drivers: node-postgres and PGlite produce the same drizzle database surface. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Code that may run inside or outside a transaction takes either. */
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  driver: 'pg' | 'pglite';
  /** node-postgres only: where it connects (for pg_dump and pg_restore). */
  url?: string;
  /** The embedded client, for dumps (test templates and backups); absent on node-postgres. */
  pglite?: PGlite;
  close(): Promise<void>;
}
