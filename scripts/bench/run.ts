// npm run bench — a city-sized data set on PostgreSQL, the production build under load on loopback, the same
// pages on the embedded database at one zone's size, and BENCHMARKS.md with the figures. Prints figures;
// never fails on a time.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { Client, Pool } from 'pg';
import { migrateDatabase, openPglite, openPostgres } from '@/db/drivers';
import { fillMissingPinyin } from '@/db/name-pinyin';
import * as schema from '@/db/schema';
import { seedDemoData } from '@/db/seed/seed';
import { assertLocalDatabase, withDatabase } from '@/db/testing/local-only';
import type { Db } from '@/db/types';
import { zoneDateOf } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { readWeeklyReport } from '@/lib/queries/weekly-report';
import { type RunningApp, serverActionIds, signIn, startBuiltApp } from '@/lib/testing/app-server';
import { CITY, generateCity } from './city-data';
import { clusterTable } from './cluster';
import { download, LOAD_HEADER, load, type Page, queriesPerRequest, SECONDS } from './measure';
import { searchSql } from './search';

const SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PGLITE_DIR = path.resolve('.data', 'bench-pglite');
const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};

async function fill(db: Db, zones: number) {
  const started = Date.now();
  await seedDemoData(db, { asOf: zoneDateOf(new Date()) });
  await generateCity(db, reportWeekOf(new Date()).start, zones);
  await fillMissingPinyin(db); // the bulk load's names, as a migration would fill them
  const counts = await db.execute(sql`select
    (select count(*) from projects) projects, (select count(*) from milestones) milestones,
    (select count(*) from progress_reports) reports, (select count(*) from blockers) blockers`);
  const c = (counts as unknown as { rows: Record<string, string>[] }).rows[0] ?? {};
  say(
    `Data: ${c.projects} projects, ${c.milestones} milestones, ${c.reports} weekly reports, ${c.blockers} blockers ` +
      `(${zones} bench zones of ${CITY.projectsPerZone} projects, plus the demo zone), written in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

async function preparePostgres(): Promise<string> {
  assertLocalDatabase(SERVER);
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS kp_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE kp_bench');
  await admin.end();
  const url = withDatabase(SERVER, 'kp_bench');
  const handle = openPostgres(url);
  await migrateDatabase(handle);
  await fill(handle.db, CITY.zones);
  await handle.close();
  return url;
}

async function preparePglite() {
  rmSync(PGLITE_DIR, { recursive: true, force: true });
  const handle = await openPglite({ dataDir: PGLITE_DIR });
  await migrateDatabase(handle);
  await fill(handle.db, 1);
  const bench = await benchZone(handle.db);
  await handle.close();
  return bench;
}

/** The first bench zone's supervisor, one of its projects and its milestones, read through the app's data. */
async function benchZone(db: Db) {
  const rows = async <T>(q: ReturnType<typeof sql>) => (await db.execute(q)) as unknown as { rows: T[] };
  const zone = (await rows<{ id: number }>(sql`select id from zones where code = 'bench1'`)).rows[0]?.id;
  const supervisor = (
    await rows<{ username: string }>(
      sql`select username from users where zone_id = ${zone} and role = 'supervisor'`,
    )
  ).rows[0]?.username;
  const project = (
    await rows<{ id: number }>(sql`select id from projects where zone_id = ${zone} order by id limit 1`)
  ).rows[0]?.id;
  const milestones = (
    await rows<{ id: number }>(
      sql`select m.id from milestones m join projects p on p.id = m.project_id where p.zone_id = ${zone} order by m.id`,
    )
  ).rows.map((r) => r.id);
  if (!zone || !supervisor || !project) throw new Error('bench zone missing');
  return { zone, supervisor, project, milestones };
}

const pagesOf = (project: number): Page[] => [
  { title: 'project list (first page of 500 projects)', path: '/projects' },
  { title: 'dashboard', path: '/dashboard' },
  { title: 'project page', path: `/projects/${project}` },
  { title: 'weekly report page (first 50 of 500 projects)', path: '/reports/weekly' },
  // The whole report in one page, as before the screen view paged it: the ratio to the row above is in-run.
  { title: 'weekly report print view (all 500 projects)', path: '/reports/weekly/print' },
  // Every bench project's name holds 压测项目 (ycxm): the search reads all 500 and shows the first ten of each kind.
  { title: 'search page, pinyin initials (500 matches)', path: '/search?q=ycxm' },
];

async function pageTable(app: RunningApp, cookie: string, pages: Page[]) {
  for (const line of LOAD_HEADER) say(line);
  for (const page of pages)
    await load(say, page.title, { url: `${app.url}${page.path}`, headers: { cookie } });
}

/** A write per request, each on the next milestone of the zone (version 1: later rounds meet a conflict). */
async function milestoneWrites(app: RunningApp, cookie: string, project: number, milestones: number[]) {
  let next = 0;
  let written = 0;
  await load(say, 'milestone update (a write each)', {
    url: `${app.url}/projects/${project}`,
    method: 'POST',
    headers: {
      cookie,
      'Next-Action': serverActionIds().updateMilestone ?? '',
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: app.url,
    },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify([
            {
              milestoneId: milestones[next++ % milestones.length],
              version: 1,
              status: 'in_progress',
              note: 'bench',
            },
          ]),
        }),
        onResponse: (_status, body) => {
          if (body.includes('"ok":true')) written++;
        },
      },
    ],
  });
  say(`\nMilestone updates that wrote (the rest met a version already moved on): ${written}.`);
}

/** The weekly report's statements alone, with PostgreSQL's JIT on (the server's default) and off (the app's). */
async function reportSql(url: string, zone: number) {
  say('\n## The weekly report of a 500-project zone, SQL alone (median of 15 reads, in-process)\n');
  for (const jit of ['on', 'off']) {
    const pool = new Pool({ connectionString: url, options: `-c jit=${jit}` });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      await readWeeklyReport(db, zone, reportWeekOf(new Date()), new Date());
      times.push(performance.now() - t0);
    }
    await pool.end();
    times.sort((a, b) => a - b);
    say(`- jit ${jit}: ${times[7]?.toFixed(1)} ms`);
  }
}

async function postgresRun() {
  const url = await preparePostgres();
  const admin = openPostgres(url);
  const bench = await benchZone(admin.db);
  await admin.close();
  const pages = pagesOf(bench.project);
  await reportSql(url, bench.zone);
  await searchSql(say, url, bench.zone);

  // Queries per request first, on an app that logs its statements (the log costs time, so not under load).
  say(
    '\n## Queries per request (from the drizzle logger; the demo zone has 27 projects, a bench zone 500)\n',
  );
  say('| page | demo zone (27 projects) | bench zone (500 projects) |');
  say('|---|---|---|');
  const logging = await startBuiltApp({ url }, { countQueries: true });
  try {
    const demo = await signIn(logging.url, 'duban');
    const big = await signIn(logging.url, bench.supervisor);
    for (const page of pages) {
      const demoPath = page.path === `/projects/${bench.project}` ? '/projects/1' : page.path;
      if (page.path.endsWith('/print')) continue; // the same statements as the report page
      say(
        `| ${page.title} | ${await queriesPerRequest(logging, demoPath, demo)} | ${await queriesPerRequest(logging, page.path, big)} |`,
      );
    }
  } finally {
    await logging.stop();
  }

  const app = await startBuiltApp({ url });
  try {
    const cookie = await signIn(app.url, bench.supervisor);
    say(
      '\n## Pages and the milestone update on PostgreSQL (latencies in ms; p97.5 is the nearest to p95 autocannon reports)\n',
    );
    await pageTable(app, cookie, pages);
    await milestoneWrites(app, cookie, bench.project, bench.milestones);

    say('\n## Weekly report export\n');
    const city = await signIn(app.url, 'shangwu');
    for (const format of ['xlsx', 'csv']) {
      say(
        `- one zone (500 projects), ${format}: ${await download(app, `/api/reports/weekly/${format}?zone=${bench.zone}`, cookie)}`,
      );
      say(
        `- the whole city (all zones), ${format}: ${await download(app, `/api/reports/weekly/${format}?zone=all`, city)}`,
      );
    }
  } finally {
    await app.stop();
  }
  await clusterTable(
    say,
    url,
    bench.supervisor,
    pages.filter((p) => !p.path.endsWith('/print') && !p.path.startsWith('/search')),
    { project: bench.project, milestones: [...bench.milestones] },
  );
}

async function pgliteRun() {
  say('\n## The same pages on the embedded database (PGlite), one zone of 500 projects\n');
  const bench = await preparePglite();
  const app = await startBuiltApp({ pgliteDir: PGLITE_DIR });
  try {
    await pageTable(app, await signIn(app.url, bench.supervisor), pagesOf(bench.project));
  } finally {
    await app.stop();
    rmSync(PGLITE_DIR, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  say(
    `# Benchmarks\n\nMachine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL on 127.0.0.1. Command: \`npm run bench\` (production build, loopback, ${SECONDS} s per row).\n`,
  );
  await postgresRun();
  await pgliteRun();
  const analysis = readFileSync('docs/benchmarks-analysis.md', 'utf8');
  writeFileSync('BENCHMARKS.md', `${lines.join('\n')}\n\n${analysis}`);
  console.log('\nwritten to BENCHMARKS.md');
}

await main();
