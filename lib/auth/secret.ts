import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * AUTH_SECRET signs the session tokens. A deployment (DATABASE_URL set, production) must provide it, and all
 * instances share it. The embedded demo generates one on first use and keeps it beside its data, so sessions
 * survive a restart without anyone having to invent a secret.
 */
export function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (process.env.DATABASE_URL && process.env.NODE_ENV === 'production') {
    throw new Error('AUTH_SECRET must be set in production (generate one with: openssl rand -base64 33)');
  }
  const file = path.resolve(
    /*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join('.data', 'pglite'),
    '..',
    'auth-secret',
  );
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(33).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      // Two first requests at once: the other one wrote it; read theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return readFileSync(file, 'utf8').trim();
}
