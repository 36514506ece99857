// Serves the production build (`next build` first), like `next start`, with one addition: every request
// carries the TCP peer's address in a header only this server writes (lib/auth/client-ip.ts), so sign-in
// throttling and the audit log know the client's address without a reverse proxy. `next start` does not
// expose the socket to route handlers or server actions, and the X-Forwarded-For it fills in is taken from
// the client when the client sends one.
//
//   node server.mjs [-p PORT | --port PORT] [-H HOST | --hostname HOST]   (PORT from the environment too)
//
// The build's folder is next.config.ts's (NEXT_DIST_DIR).
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const SOCKET_ADDRESS_HEADER = 'x-kp-socket-address';

const { values: options } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(options.port ?? process.env.PORT ?? 3000);
const hostname = options.hostname;

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
