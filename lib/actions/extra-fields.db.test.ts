import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enterprises, parks, projects, users, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { MATRIX, ROLES } from '@/lib/testing/authorization-matrix';
import { ACCESS_REFUSED } from './access-refused';

// Field-level: a forged form may carry fields the action does not take — another project, another person,
// a role, another row's version. Each action, called by a person it allows, must ignore them (or refuse):
// no row it writes may carry one of those values.

const h = actionHarness();

/**
 * The extra fields, with values no honest write by this person would produce: the project is another zone's
 * (a zone-wide action may honestly write every project of its own zone).
 */
async function forgedFields() {
  const [otherZone] = await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, 'gaoxin'));
  const zoneId = otherZone?.id ?? -1;
  const [park] = await h.db.insert(parks).values({ zoneId, name: '外区园区' }).returning();
  const [company] = await h.db.insert(enterprises).values({ zoneId, name: '外区企业' }).returning();
  const [other] = await h.db
    .insert(projects)
    .values({
      zoneId,
      parkId: park?.id ?? -1,
      enterpriseId: company?.id ?? -1,
      name: '外区项目',
      kind: 'new',
      planYear: 2024,
      stage: 'signed',
      totalInvestment: 1,
    })
    .returning({ id: projects.id });
  const [stranger] = await h.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.username, 'gaoxin')));
  const person = stranger?.id ?? -1;
  return {
    projectId: other?.id ?? -1,
    userId: person,
    actorId: person,
    raisedBy: person,
    filedBy: person,
    updatedBy: person,
    role: 'admin',
    zoneId,
    version: 987_654,
    id: 987_654,
  } as const;
}

function changedRows(before: Record<string, unknown[]>, after: Record<string, unknown[]>) {
  return Object.entries(after).flatMap(([table, rows]) => {
    const old = new Set((before[table] ?? []).map((r) => JSON.stringify(r)));
    return rows
      .filter((r) => !old.has(JSON.stringify(r)))
      .map((row) => ({ table, row: row as Record<string, unknown> }));
  });
}

describe('extra fields in a forged form are never applied', () => {
  // Each action by the first and the last kind of person it allows (an admin or supervisor, and an official
  // where officials may act), each on a fresh database.
  const cases = Object.entries(MATRIX).flatMap(([name, cell]) =>
    [...new Set([cell.allow[0], cell.allow.at(-1)])].map((role) => [name, role, cell] as const),
  );
  it.each(cases)('%s by %s', async (_name, role, cell) => {
    if (!role) throw new Error('an action nobody may call');
    const honest = await cell.input(h.db, role);
    const forged = Object.fromEntries(
      Object.entries(await forgedFields()).filter(([key]) => !(key in honest)),
    );
    const before = await h.snapshot();
    const result = await h.run(cell.action, ROLES[role], { ...honest, ...forged });
    // The audit row of a refusal records the request's ids, not a change.
    const written = changedRows(before, await h.snapshot()).filter(
      ({ table, row }) => !(table === 'audit_log' && row.action === ACCESS_REFUSED),
    );
    // Refusing the forged form is fine (createUser, say, takes a zone and finds none); then nothing is written.
    if (!result.ok) expect(written).toEqual([]);
    for (const { table, row } of written)
      for (const [key, value] of Object.entries(forged))
        expect(row[key], `${table}.${key} took the forged value`).not.toBe(value);
  });
});
