import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgres } from '@/db/drivers';
import { onServer, withDatabase } from '@/db/testing/local-only';
import { dbState, expectOnlyRefusal } from '@/db/testing/refusal-check';
import {
  FORGED_SESSION_COOKIE,
  postAction,
  type RunningApp,
  serverActionIds,
  signIn,
  startBuiltApp,
} from '@/lib/testing/app-server';
import { ALL, MATRIX, PROJECT, ROLES, ROUTES, type Role } from '@/lib/testing/authorization-matrix';
import type { FailureCode } from './result';

// The authorization matrix's refused cells, POSTed to the production build as raw requests (no page, no
// client code): each must answer with a refusal for lack of permission and leave every table as it was,
// audit_log included, but for the refusal's own row (with the app's own idea of the client's address). The allowed cells are proven in process by authorization-matrix.db.test.ts.

const server = process.env.DATABASE_URL ?? '';
const template = inject('dbTemplate');
const name = `kp_http_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabase(server, name);
let app: RunningApp;
const cookies = {} as Record<Role, string>;

const admin = (statement: string) => onServer(server, statement);

/** Back to the seeded template under the running app (its pooled connections are cut and reopen). */
async function freshDatabase() {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return openPostgres(databaseUrl);
}

beforeAll(async () => {
  const handle = await freshDatabase();
  // The disabled account signs in while it may; the fresh copy of each test has it disabled again, so its
  // session is one issued before the account was disabled.
  await handle.db.execute(sql`update users set disabled = false where username = 'disabled'`);
  await handle.close();
  app = await startBuiltApp({ url: databaseUrl });
  for (const role of ALL) {
    const username = ROLES[role];
    cookies[role] = username ? await signIn(app.url, username) : FORGED_SESSION_COOKIE;
  }
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe('authorization matrix over HTTP: raw POSTs of refused cells', () => {
  const ids = serverActionIds();

  it.each(Object.entries(MATRIX))('%s', async (action, cell) => {
    const actionId = ids[action];
    expect(actionId, `${action} is not in the build's manifest`).toBeDefined();
    const handle = await freshDatabase();
    try {
      for (const role of ALL.filter((r) => !cell.allow.includes(r))) {
        const input = await cell.input(handle.db, role);
        const before = await dbState(handle.db);
        const { status, result } = await postAction(app, cookies[role], actionId ?? '', input);
        expect(status, role).toBe(200);
        expect(result, `${role} must be refused`).toMatchObject({ ok: false });
        const { code } = result as { code: FailureCode };
        expect(['unauthenticated', 'forbidden', 'not_found'], role).toContain(code);
        expectOnlyRefusal(
          before,
          await dbState(handle.db),
          { action: MATRIX[action]?.action.name ?? '', code },
          role,
        );
      }
    } finally {
      await handle.close();
    }
  });

  it('a POST with no session cookie at all is sent to the login page before any action runs', async () => {
    const handle = await freshDatabase();
    try {
      const before = await dbState(handle.db);
      const input = await MATRIX.createUser?.input(handle.db, 'signedOut');
      const { status } = await postAction(app, '', ids.createUser ?? '', input);
      expect(status).toBe(307);
      expect(await dbState(handle.db)).toEqual(before);
    } finally {
      await handle.close();
    }
  });
});

describe('authorization matrix over HTTP: route handlers', () => {
  it.each(Object.entries(ROUTES))('%s', async (_route, route) => {
    const handle = await freshDatabase();
    try {
      const path = await route.path(handle.db);
      for (const role of ALL) {
        const form = route.form && (await route.form(handle.db));
        const response = await fetch(`${app.url}${path}`, {
          headers: { Cookie: cookies[role] },
          redirect: 'manual',
          ...(form && { method: 'POST', body: form }),
        });
        const body = Buffer.from(await response.arrayBuffer());
        if (form && route.allow.includes(role)) {
          expect(response.status, `${role} must be allowed`).toBe(200);
          expect(JSON.parse(body.toString('utf8')), role).toMatchObject({ ok: true });
        } else if (route.redirects) {
          expect(response.status, role).toBe(307);
          const signIn = new URL(response.headers.get('location') ?? '', app.url).pathname === '/login';
          expect(signIn, `${role} is sent to sign in`).toBe(!route.allow.includes(role));
          expect(body.toString('utf8'), role).not.toContain(PROJECT);
        } else if (route.allow.includes(role)) {
          expect(response.status, `${role} must be allowed`).toBe(200);
          expect(response.headers.get('content-disposition'), role).toContain('attachment');
          expect(body.length, role).toBeGreaterThan(1000);
        } else {
          expect([401, 404], `${role} must be refused`).toContain(response.status);
          expect(body.toString('utf8'), role).not.toContain(PROJECT);
          expect(body.length, role).toBeLessThan(100);
        }
      }
    } finally {
      await handle.close();
    }
  });
});
