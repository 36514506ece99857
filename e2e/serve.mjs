// Starts the built app for the e2e suite: on a new embedded database (removed first) unless DATABASE_URL
// points at a migrated and seeded PostgreSQL database.
//
// With E2E_INSTANCES=2 (PostgreSQL only) it starts two separate app instances and a round-robin proxy in
// front of them on the suite's port, handing each request to the next instance in turn: a page, the action
// posted from it and the export it links to land on different processes, as behind a load balancer.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import path from 'node:path';

const port = Number(process.argv[2] ?? '3100');
const instances = Number(process.env.E2E_INSTANCES ?? 1);
const env = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-for-production',
  // The specs read notification lists: a reminder falling due on the wall clock mid-run would make them flaky.
  REMINDER_SCHEDULER: process.env.REMINDER_SCHEDULER ?? 'off',
};
if (!env.DATABASE_URL) {
  if (instances !== 1)
    throw new Error('E2E_INSTANCES > 1 needs DATABASE_URL: the embedded database is one process');
  env.PGLITE_DIR = path.resolve('.data', `e2e-${port}`, 'pglite');
  rmSync(path.dirname(env.PGLITE_DIR), { recursive: true, force: true });
}

const children = [];
/** server.mjs, not `next start`: the app sees each client's socket address (lib/auth/client-ip.ts). */
function startApp(appPort) {
  const child = spawn(process.execPath, ['server.mjs', '-p', String(appPort), '-H', '127.0.0.1'], {
    env: { ...env, WEB_CONCURRENCY: '1' },
    stdio: 'inherit',
  });
  children.push(child);
  child.on('exit', (code) => {
    for (const other of children) other.kill('SIGTERM');
    process.exit(code ?? 0);
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

if (instances === 1) {
  startApp(port);
} else {
  const upstreams = Array.from({ length: instances }, (_, i) => port + 1 + i);
  for (const upstream of upstreams) startApp(upstream);
  await Promise.all(upstreams.map(answering));
  serveRoundRobin(upstreams);
}

async function answering(appPort) {
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${appPort}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// Hop-by-hop headers belong to one connection, not to the request or the response.
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'upgrade'];
const withoutHopByHop = (headers) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.includes(name)));

function serveRoundRobin(upstreams) {
  let next = 0;
  const proxy = createServer((req, res) => {
    const turn = next;
    next = (next + 1) % upstreams.length;
    // A new upstream connection per request (agent: false), so no connection pins a client to one instance.
    const upstream = request(
      {
        host: '127.0.0.1',
        port: upstreams[turn],
        method: req.method,
        path: req.url,
        headers: withoutHopByHop(req.headers),
        agent: false,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
        answer.pipe(res);
        // An instance that dies mid-body must not leave a cut-off answer looking complete.
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('error', () => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502).end();
    });
    // A client that goes away stops the request it made.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });
  proxy.listen(port, '127.0.0.1', () => {
    console.log(`> round-robin on http://127.0.0.1:${port} over ${upstreams.join(', ')}`);
  });
}
