// npm run bench — a city-sized data set on PostgreSQL, the production build under load on loopback, and
// BENCHMARKS.md with the figures. Prints figures; never fails on a time.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { migrateDatabase, openPostgres } from '@/db/drivers';
import { seedDemoData } from '@/db/seed/seed';
import { assertLocalDatabase, withDatabase } from '@/db/testing/local-only';
import { zoneDateOf } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { CITY, generateCity } from './city-data';

const SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const base = `http://127.0.0.1:${PORT}`;
const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};

async function prepareDatabase(): Promise<string> {
  assertLocalDatabase(SERVER);
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS kp_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE kp_bench');
  await admin.end();
  const url = withDatabase(SERVER, 'kp_bench');
  const handle = openPostgres(url);
  const started = Date.now();
  await migrateDatabase(handle);
  await seedDemoData(handle.db, { asOf: zoneDateOf(new Date()) });
  await generateCity(handle.db, reportWeekOf(new Date()).start);
  const counts = await handle.db.execute(sql`select
    (select count(*) from projects) projects, (select count(*) from milestones) milestones,
    (select count(*) from progress_reports) reports, (select count(*) from blockers) blockers`);
  const c = (counts as unknown as { rows: Record<string, string>[] }).rows[0] ?? {};
  say(
    `Data: ${c.projects} projects, ${c.milestones} milestones, ${c.reports} weekly reports, ${c.blockers} blockers ` +
      `(${CITY.zones} bench zones of ${CITY.projectsPerZone} projects, plus the demo zone), written in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  await handle.close();
  return url;
}

async function startServer(url: string): Promise<ChildProcess> {
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  const child = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: 'bench-only-secret', NODE_ENV: 'production' },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/login`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

/** Signs in through next-auth's endpoints and returns the cookie header of the session. */
async function signIn(username: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, username, password: 'demo2024' }),
  });
  return [...jar, ...res.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
}

function serverPid(): number {
  const out = execFileSync('pgrep', ['-f', 'next-server'], { encoding: 'utf8' }).trim().split('\n');
  return Math.max(...out.map(Number));
}
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function load(title: string, opts: autocannon.Options) {
  for (const connections of [1, 20]) {
    const r = await autocannon({ duration: SECONDS, connections, ...opts });
    say(
      `| ${title} | ${connections} | ${r.latency.p50} | ${r.latency.p97_5} | ${r.latency.p99} | ${r.requests.average.toFixed(0)} | ${r.errors + r.non2xx} |`,
    );
  }
}

async function main() {
  say(
    `# Benchmarks\n\nMachine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL on 127.0.0.1. Command: \`npm run bench\` (production build, loopback, ${SECONDS} s per row).\n`,
  );
  const url = await prepareDatabase();
  const server = await startServer(url);
  try {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    const zone = (await admin.query("select id from zones where code = 'bench1'")).rows[0].id as number;
    const supervisor = (
      await admin.query('select username from users where zone_id = $1 and role = $2', [zone, 'supervisor'])
    ).rows[0].username;
    const project = (
      await admin.query('select id from projects where zone_id = $1 order by id limit 1', [zone])
    ).rows[0].id;
    const ms = (
      await admin.query(
        'select m.id from milestones m join projects p on p.id = m.project_id where p.zone_id = $1 order by m.id',
        [zone],
      )
    ).rows.map((r) => r.id as number);
    await admin.end();
    const cookie = await signIn(supervisor);
    const headers = { cookie };

    say(
      '\n## Pages and the milestone update (latencies in ms; p97.5 is the nearest to p95 autocannon reports)\n',
    );
    say('| what | users | p50 | p97.5 | p99 | req/s | errors |');
    say('|---|---|---|---|---|---|---|');
    for (const [title, path] of [
      ['project list (500 projects)', '/projects'],
      ['dashboard', '/dashboard'],
      ['project page', `/projects/${project}`],
      ['weekly report page', '/reports/weekly'],
    ] as const) {
      await load(title, { url: `${base}${path}`, headers });
    }
    const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8'));
    const actionId = Object.entries<{ filename: string; exportedName: string }>(manifest.node).find(
      ([, e]) => e.filename === 'lib/actions/milestones.ts' && e.exportedName === 'updateMilestone',
    )?.[0];
    let next = 0;
    let written = 0;
    await load('milestone update (a write each)', {
      url: `${base}/projects/${project}`,
      method: 'POST',
      headers: { ...headers, 'Next-Action': actionId ?? '', 'Content-Type': 'text/plain;charset=UTF-8' },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            body: JSON.stringify([
              { milestoneId: ms[next++ % ms.length], version: 1, status: 'in_progress', note: 'bench' },
            ]),
          }),
          onResponse: (_status, body) => {
            if (body.includes('"ok":true')) written++;
          },
        },
      ],
    });
    say(`\nMilestone updates that wrote (the rest met a version already moved on): ${written}.`);

    say('\n## Weekly report export (one zone of 500 projects; the report is per zone)\n');
    const pid = serverPid();
    for (const format of ['xlsx', 'csv']) {
      const idle = rssMb(pid);
      let peak = idle;
      const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
      const t0 = performance.now();
      const res = await fetch(`${base}/api/reports/weekly/${format}?zone=${zone}`, { headers });
      const size = (await res.arrayBuffer()).byteLength;
      const ms = performance.now() - t0;
      clearInterval(timer);
      say(
        `- ${format}: ${ms.toFixed(0)} ms, ${(size / 1024).toFixed(0)} KB, server RSS ${idle.toFixed(0)} → peak ${peak.toFixed(0)} MB (+${(peak - idle).toFixed(0)} MB)`,
      );
    }
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
  const analysis = readFileSync('docs/benchmarks-analysis.md', 'utf8');
  writeFileSync('BENCHMARKS.md', `${lines.join('\n')}\n\n${analysis}`);
  console.log('\nwritten to BENCHMARKS.md');
}

await main();
