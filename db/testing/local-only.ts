import { Client } from 'pg';

/** Tests create and drop databases: refuse to do that anywhere but on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) {
    throw new Error(`tests refuse a non-local DATABASE_URL (host ${host})`);
  }
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** One statement on the server's maintenance connection (CREATE or DROP DATABASE cannot run in a pool's). */
export async function onServer(server: string, statement: string): Promise<void> {
  assertLocalDatabase(server);
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
