// Starts the built app for the e2e suite: on a new embedded database (removed first) unless DATABASE_URL
// points at a migrated and seeded PostgreSQL database.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const port = process.argv[2] ?? '3100';
const env = { ...process.env, AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-for-production' };
if (!env.DATABASE_URL) {
  env.PGLITE_DIR = path.resolve('.data', `e2e-${port}`, 'pglite');
  rmSync(path.dirname(env.PGLITE_DIR), { recursive: true, force: true });
}
// server.mjs, not `next start`: the app sees each client's socket address (lib/auth/client-ip.ts).
const child = spawn(process.execPath, ['server.mjs', '-p', port, '-H', '127.0.0.1'], {
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
