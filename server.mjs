// Serves the production build (`next build` first), like `next start`, with one addition: every request
// carries the TCP peer's address in a header only this server writes (lib/auth/client-ip.ts), so sign-in
// throttling and the audit log know the client's address without a reverse proxy. `next start` does not
// expose the socket to route handlers or server actions, and the X-Forwarded-For it fills in is taken from
// the client when the client sends one.
//
//   node server.mjs [-p PORT | --port PORT] [-H HOST | --hostname HOST]   (PORT from the environment too)
//
// On PostgreSQL (DATABASE_URL) it serves on every core: Node's cluster forks one worker per core
// (WEB_CONCURRENCY overrides the count), all listening on the one port, and the primary hands each new
// connection to the next worker in turn. Nothing an instance needs lives in its memory (sessions are signed
// tokens with the shared AUTH_SECRET, throttling and idempotency are rows, the build holds the server actions'
// key), so any worker can answer any request. The embedded database is one process: with it, one worker.
//
// The build's folder is next.config.ts's (NEXT_DIST_DIR).
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

const SOCKET_ADDRESS_HEADER = 'x-kp-socket-address';

const { values: options } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(options.port ?? process.env.PORT ?? 3000);
const hostname = options.hostname;
/**
 * Most machines' pool of PostgreSQL connections (100 by default) over each worker's pool (10): the default
 * stops at 8 workers, since a container's CPU limit is not what availableParallelism() reports.
 */
const DEFAULT_MAX_WORKERS = 8;
const workers = workerCount();

if (workers > 1 && cluster.isPrimary) servePrimary(workers);
else await serveWorker();

/** One per core on PostgreSQL (at most 8), WEB_CONCURRENCY if set; one on the embedded database. */
function workerCount() {
  if (!process.env.DATABASE_URL) return 1;
  const chosen = process.env.WEB_CONCURRENCY;
  if (chosen === undefined || chosen === '') return Math.min(availableParallelism(), DEFAULT_MAX_WORKERS);
  if (!/^\d{1,3}$/.test(chosen) || Number(chosen) < 1) {
    console.error(`WEB_CONCURRENCY must be a whole number of workers from 1, not "${chosen}"`);
    process.exit(1);
  }
  return Number(chosen);
}

/** Forks the workers, replaces one that dies, and stops them all on SIGINT or SIGTERM. */
function servePrimary(count) {
  let stopping = false;
  const listened = new Set();
  cluster.on('listening', (worker) => {
    listened.add(worker.id);
    if (listened.size === count)
      console.log(`> ${count} workers ready on http://${hostname ?? 'localhost'}:${port}`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that cannot start (a port in use, a missing build) would fail again at once: stop, do not loop.
    if (!listened.has(worker.id)) {
      console.error(`worker ${worker.process.pid} exited while starting (${signal ?? code}); stopping`);
      process.exit(1);
    }
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (let i = 0; i < count; i += 1) cluster.fork();
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}

async function serveWorker() {
  process.env.NODE_ENV ??= 'production';
  // Tells the app that the header is this server's (lib/auth/client-ip.ts): under plain `next start` or
  // `next dev` nobody overwrites it, so there it is not believed.
  process.env.KP_SOCKET_ADDRESS_HEADER = '1';
  const { default: next } = await import('next');

  const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    // Assigned, never appended: a client's own copy of the header is discarded.
    req.headers[SOCKET_ADDRESS_HEADER] = (req.socket.remoteAddress ?? '').replace(/^::ffff:(?=\d+\.)/, '');
    handle(req, res);
  });
  // A port in use is the end of this server, not an exception for Next's handler to log and carry on past.
  server.once('error', (err) => {
    console.error(err);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    console.log(`> Ready on http://${hostname ?? 'localhost'}:${port}`);
  });

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      // Requests in flight finish; idle keep-alive connections would otherwise hold the exit back.
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}
