import { asc, eq, getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { ACCESS_REFUSED } from '@/lib/actions/access-refused';
import type { Action, ActionContext } from '@/lib/actions/define-action';
import type { FailureCode } from '@/lib/actions/result';
import { refusalAuditFits } from '@/lib/auth/refusal-audit';
import { loadViewer } from '@/lib/auth/viewer';
import type { Locale } from '@/lib/i18n/config';
import * as schema from '../schema';
import type { Db, DbHandle } from '../types';
import { addedRefusals, expectRefusalRows, type RefusalRow } from './refusal-check';
import { auditAfter, auditMark, openTestDb, sessionOf, userIdOf } from './test-db';

const TABLES = (Object.values(schema) as unknown[]).filter((t): t is PgTable => is(t, PgTable));

/**
 * A fresh seeded database for each test of an action, with the request context of any demo user and a
 * snapshot of every table, so that a refusal can be shown to have changed nothing anywhere.
 */
export function actionHarness() {
  let handle: DbHandle;
  let seededAudit = 0;
  beforeEach(async () => {
    handle = await openTestDb();
    seededAudit = await auditMark(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  const harness = {
    get db(): Db {
      return handle.db;
    },
    /** PostgreSQL only: the test database's connection string, for tests that open their own sessions. */
    get url(): string {
      if (!handle.url) throw new Error('not a PostgreSQL test database');
      return handle.url;
    },
    async ctx(username: string | null, locale: Locale = 'zh-CN'): Promise<ActionContext> {
      const session = username ? await sessionOf(handle.db, username) : null;
      return { db: handle.db, session, ip: '203.0.113.7', locale };
    },
    async run<Out>(action: Action<Out>, username: string | null, input: unknown) {
      return (await action.run(await harness.ctx(username), input)).result;
    },
    /** Every row of every table, in id order. */
    async snapshot() {
      const out: Record<string, unknown[]> = {};
      for (const table of TABLES) {
        const id = getTableColumns(table).id;
        const rows = handle.db.select().from(table);
        out[getTableName(table)] = await (id ? rows.orderBy(asc(id)) : rows);
      }
      return out;
    },
    /**
     * Runs the action as `username` and checks the refusal, that no table changed, and that the audit log
     * gained the refusal's own row and nothing else (none for a code that is not audited, none once this
     * actor's refusal audit limit is used up).
     */
    async expectRefused(action: Action<unknown>, username: string | null, input: unknown, code: FailureCode) {
      const ctx = await harness.ctx(username);
      const viewer = ctx.session && (await loadViewer(handle.db, ctx.session));
      const who = viewer ? { actorId: viewer.id } : { actorId: null, ip: ctx.ip };
      const limited = !(await refusalAuditFits(handle.db, ACCESS_REFUSED, who, new Date()));
      const before = await harness.snapshot();
      const { result } = await action.run(ctx, input);
      expect(result).toMatchObject({ ok: false, code });
      const after = await harness.snapshot();
      const beforeAudit = before.audit_log as RefusalRow[];
      const added = addedRefusals(beforeAudit, after.audit_log as RefusalRow[]);
      expect({
        ...after,
        audit_log: after.audit_log?.filter((r) => !added.includes(r as RefusalRow)),
      }).toEqual(before);
      expectRefusalRows(added, { action: action.name, code, limited });
      return result;
    },
    async projectId(name: string): Promise<number> {
      const [row] = await handle.db
        .select({ id: schema.projects.id })
        .from(schema.projects)
        .where(eq(schema.projects.name, name));
      if (!row) throw new Error(`no demo project ${name}`);
      return row.id;
    },
    userId: (username: string) => userIdOf(handle.db, username),
    /** The audit rows this test wrote (the template's own history left out). */
    audit: () => auditAfter(handle.db, seededAudit),
  };
  return harness;
}
