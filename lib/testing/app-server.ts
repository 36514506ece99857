import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { QUERY_LOG_MARK } from '@/db/query-log';

// The built app driven over HTTP from a test, as a browser or a forger would reach it: server.mjs (as
// `npm run serve` starts it) on a database of the test's choosing, sign-in through next-auth's own endpoints, server actions as raw POSTs.

const ROOT = path.resolve(import.meta.dirname, '../..');
const SESSION_COOKIE = 'authjs.session-token';
/** The build's folder (next.config.ts reads the same variable). */
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';

export interface RunningApp {
  url: string;
  pid: number;
  /** SQL statements the app has run so far (only when started with `countQueries`). */
  queries(): number;
  /** The last 20 000 characters the app wrote to stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * server.mjs serving the production build (`npm run build` first) on a PostgreSQL database (`url`) or an
 * embedded one (`pgliteDir`). With `countQueries`, the app logs each statement (DB_LOG_QUERIES) and
 * `queries()` counts them. One worker unless `workers` says more (WEB_CONCURRENCY, PostgreSQL only), or
 * server.mjs's own default when it is 'default' (WEB_CONCURRENCY unset); it returns once every worker listens.
 */
export async function startBuiltApp(
  database: { url: string } | { pgliteDir: string },
  options: { countQueries?: boolean; workers?: number | 'default' } = {},
): Promise<RunningApp> {
  const workers = options.workers ?? 1;
  if (!existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID')))
    throw new Error('no production build: run `npm run build` first');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _url, PGLITE_DIR: _dir, WEB_CONCURRENCY: _workers, ...inherited } = process.env;
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'server.mjs'), '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: ROOT,
      env: {
        ...inherited,
        ...('url' in database ? { DATABASE_URL: database.url } : { PGLITE_DIR: database.pgliteDir }),
        ...(options.countQueries ? { DB_LOG_QUERIES: '1' } : {}),
        ...(workers === 'default' ? {} : { WEB_CONCURRENCY: String(workers) }),
        AUTH_SECRET: 'test-and-bench-only-secret',
        // Tests compare whole tables and benchmarks count statements: no reminder may fall due meanwhile.
        REMINDER_SCHEDULER: 'off',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let tail = '';
  let partial = '';
  let queries = 0;
  // Counted by whole lines: a chunk of output may end inside a marker.
  const collect = (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.includes(QUERY_LOG_MARK)) queries += 1;
    tail = (tail + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  for (const deadline = Date.now() + 90_000; ; ) {
    if (child.exitCode !== null) throw new Error(`the app server exited:\n${tail}`);
    const ok = await fetch(`${url}/login`).then(
      (r) => r.ok,
      () => false,
    );
    // The first worker to listen answers; the others may still be starting.
    const allReady =
      workers === 'default' ? /> \d+ workers ready|> Ready on/ : new RegExp(`> ${workers} workers ready`);
    if (ok && (workers === 1 || allReady.test(tail))) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`the app server did not answer within 90 s:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid ?? 0,
    queries: () => queries,
    output: () => tail,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Signs in with a password; returns the Cookie header that carries the session. */
export async function signIn(url: string, username: string, password = 'demo2024'): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Cookie: jar.join('; '), 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, username, password }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.split('=')[0]?.endsWith(SESSION_COOKIE));
  if (!session) throw new Error(`${username} could not sign in (${response.status})`);
  return session;
}

/** A cookie with the session's name and no valid session: past the proxy's comfort check, to the action. */
export const FORGED_SESSION_COOKIE = `${SESSION_COOKIE}=not-a-session`;

/** Server action ids by exported name, from the build's manifest: what an attacker reads from the JavaScript. */
export function serverActionIds(): Record<string, string> {
  const manifest = JSON.parse(
    readFileSync(path.join(ROOT, DIST_DIR, 'server/server-reference-manifest.json'), 'utf8'),
  );
  const ids: Record<string, string> = {};
  for (const [id, entry] of Object.entries<{ exportedName: string }>(manifest.node))
    ids[entry.exportedName] = id;
  return ids;
}

/**
 * POSTs a server action as a forged request would (no page, no client code): the id in `Next-Action`, the
 * arguments as JSON, to a page (`/` is a redirect route, which takes no POST). Returns the HTTP status, the
 * action's own result from the RSC stream, if any, and the answer's size.
 */
export async function postAction(
  app: RunningApp,
  cookie: string,
  actionId: string,
  input: unknown,
  from = '/projects',
) {
  const response = await fetch(`${app.url}${from}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Next-Action': actionId,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: app.url,
      Cookie: cookie,
    },
    body: JSON.stringify([input]),
  });
  const text = await response.text();
  const chunks = new Map(
    text
      .split('\n')
      .map((line) => /^(\w+):(.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1], m[2] ?? ''] as const),
  );
  // Chunk 0 is the response envelope; its "a" points at the chunk that holds the action's return value.
  const pointer = /"a":"\$@(\w+)"/.exec(chunks.get('0') ?? '')?.[1];
  const result = pointer ? (JSON.parse(chunks.get(pointer) ?? 'null') as unknown) : undefined;
  return { status: response.status, result, bytes: Buffer.byteLength(text) };
}
