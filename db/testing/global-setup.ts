import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openPglite, openPostgres } from '../drivers';
import { DEMO_REPORT_DATE } from '../seed/demo-projects';
import { seedDemoData } from '../seed/seed';
import { assertLocalDatabase, withDatabase } from './local-only';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: the template database's name. PGlite: the path of a dumped data folder. */
    dbTemplate: string;
  }
}

/**
 * Builds the migrated, seeded database once per test run; each test then starts from a copy (a PostgreSQL
 * database created from the template, or a PGlite loaded from the dump), which takes a fraction of the time
 * that migrating and seeding again would.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  const seed = { asOf: DEMO_REPORT_DATE };

  if (url) {
    assertLocalDatabase(url);
    const name = `kp_template_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const handle = openPostgres(withDatabase(url, name));
    await migrateDatabase(handle);
    await seedDemoData(handle.db, seed);
    await handle.close();
    project.provide('dbTemplate', name);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }

  const handle = await openPglite();
  await migrateDatabase(handle);
  await seedDemoData(handle.db, seed);
  const dump = await handle.pglite?.dumpDataDir('none');
  await handle.close();
  if (!dump) throw new Error('could not dump the template database');
  const dir = path.resolve('.data', 'test');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('dbTemplate', file);
  return () => rmSync(file, { force: true });
}
