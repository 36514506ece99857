import { asc, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { ACCESS_REFUSED, AUDITED_REFUSALS } from '@/lib/actions/access-refused';
import type { FailureCode } from '@/lib/actions/result';
import { tableChecksums } from '../backup';
import { auditLog } from '../schema';
import type { Db } from '../types';

// A refused action changes nothing, except that it may leave one `access.refused` row in the audit log
// (lib/actions/access-refused.ts). These helpers compare the database with those rows set aside, then check
// the rows on their own.

export interface RefusalRow {
  id: number;
  action: string;
  entity: string;
  after: unknown;
}

/** Every table's checksum (audit_log's without its refusal rows), and the refusal rows. */
export async function dbState(db: Db) {
  const checksums = await tableChecksums(db);
  const result = await db.execute(
    sql`select count(*)::int as rows, coalesce(md5(string_agg(r::text, '|' order by r::text)), '') as md5
        from ${auditLog} r where r.action <> ${ACCESS_REFUSED}`,
  );
  const [row] = (result as unknown as { rows: { rows: number; md5: string }[] }).rows;
  checksums.audit_log = { rows: Number(row?.rows ?? 0), md5: row?.md5 ?? '' };
  const refusals: RefusalRow[] = await db
    .select({ id: auditLog.id, action: auditLog.action, entity: auditLog.entity, after: auditLog.after })
    .from(auditLog)
    .where(eq(auditLog.action, ACCESS_REFUSED))
    .orderBy(asc(auditLog.id));
  return { checksums, refusals };
}
export type DbState = Awaited<ReturnType<typeof dbState>>;

/** The refusal rows in `after` that `before` did not have. */
export function addedRefusals<R extends { id: number; action: string }>(before: R[], after: R[]): R[] {
  const known = new Set(before.map((r) => r.id));
  return after.filter((r) => r.action === ACCESS_REFUSED && !known.has(r.id));
}

/**
 * The rows one refusal added: one row naming the action and the code when the code is an audited one
 * (`exact`; unless the actor's refusal audit limit was used up, `limited`), at most one when the caller
 * cannot tell (many refusals in a row), none for any other code.
 */
export function expectRefusalRows(
  added: RefusalRow[],
  refused: { action: string; code: FailureCode; limited?: boolean; exact?: boolean },
  label?: string,
) {
  if (!AUDITED_REFUSALS.has(refused.code)) {
    expect(added, label).toEqual([]);
    return;
  }
  const expected = refused.limited ? 0 : 1;
  if (refused.exact === false) expect(added.length, label).toBeLessThanOrEqual(expected);
  else expect(added, label).toHaveLength(expected);
  for (const row of added) {
    expect(row.entity, label).toBe(refused.action);
    expect((row.after as { code?: string }).code, label).toBe(refused.code);
  }
}

/** Between two states nothing changed but the refusal's own audit row (see expectRefusalRows). */
export function expectOnlyRefusal(
  before: DbState,
  after: DbState,
  refused: { action: string; code: FailureCode; limited?: boolean; exact?: boolean },
  label?: string,
) {
  expect(after.checksums, label ? `${label} changed something` : undefined).toEqual(before.checksums);
  expectRefusalRows(addedRefusals(before.refusals, after.refusals), refused, label);
}

/** The refusal rows as [action refused, code] pairs, oldest first: for a test's own snapshot. */
export async function refusalsOf(db: Db): Promise<[string, string][]> {
  const rows = await db
    .select({ entity: auditLog.entity, after: auditLog.after })
    .from(auditLog)
    .where(eq(auditLog.action, ACCESS_REFUSED))
    .orderBy(asc(auditLog.id));
  return rows.map((r) => [r.entity, String((r.after as { code?: string }).code)]);
}

/** A snapshot as it must look after one more refusal: with its row if the code is audited. */
export function withRefusal<S extends { refusals: [string, string][] }>(
  before: S,
  action: string,
  code: FailureCode,
): S {
  return AUDITED_REFUSALS.has(code) ? { ...before, refusals: [...before.refusals, [action, code]] } : before;
}
