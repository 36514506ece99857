import { describe, expect, it } from 'vitest';
import { dbState, expectOnlyRefusal } from '@/db/testing/refusal-check';
import { openTestDb, sessionOf } from '@/db/testing/test-db';
import type { Db } from '@/db/types';
import {
  ALL,
  MATRIX,
  type MatrixCell,
  ROLES,
  ROUTES,
  type Role,
  servedActions,
  servedRoutes,
} from '@/lib/testing/authorization-matrix';

// Every server action × every kind of person, called in process. Each allowed cell must succeed on a fresh
// database; each refused cell must be refused for lack of permission (not for bad input) and leave every
// table as it was, audit_log included, but for the refusal's own audit row. The same refusals are POSTed to the running app in
// authorization-matrix.http.pg.test.ts.

async function runAs(db: Db, cell: MatrixCell, role: Role) {
  const username = ROLES[role];
  const input = await cell.input(db, role);
  const before = await dbState(db);
  const session = username ? await sessionOf(db, username) : null;
  const { result } = await cell.action.run({ db, session, ip: null, locale: 'zh-CN' }, input);
  return { result, before };
}

describe('authorization matrix', () => {
  it('lists every server action, and nothing else', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(servedActions().sort());
  });

  it('lists every route handler, and nothing else', () => {
    expect([...new Set(Object.values(ROUTES).map((r) => r.file))].sort()).toEqual(servedRoutes().sort());
  });

  it.each(Object.entries(MATRIX))(
    '%s',
    async (_name, cell) => {
      // Refused cells share one database: each must leave it as it was.
      const shared = await openTestDb();
      try {
        for (const role of ALL.filter((r) => !cell.allow.includes(r))) {
          const { result, before } = await runAs(shared.db, cell, role);
          expect(result.ok, `${role} must be refused`).toBe(false);
          if (!result.ok) {
            expect(['unauthenticated', 'forbidden', 'not_found'], role).toContain(result.code);
            expectOnlyRefusal(
              before,
              await dbState(shared.db),
              { action: cell.action.name, code: result.code },
              role,
            );
          }
        }
      } finally {
        await shared.close();
      }
      // Allowed cells each start from a fresh database.
      for (const role of cell.allow) {
        const fresh = await openTestDb();
        try {
          const { result } = await runAs(fresh.db, cell, role);
          expect(result, `${role} must be allowed`).toMatchObject({ ok: true });
        } finally {
          await fresh.close();
        }
      }
      // A cell opens a fresh database per allowed person (nine for a notification): on the embedded database
      // of a loaded two-core machine that passes 30 s.
    },
    180_000,
  );
});
