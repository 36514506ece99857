import { count, eq, sql, sum } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isInDateWindow } from '@/lib/domain/dates';
import { auditLog, milestones, parks, projectAssignments, projects, users, zones } from '../schema';
import { openTestDb } from '../testing/test-db';
import type { DbHandle } from '../types';

let handle: DbHandle;
beforeEach(async () => {
  handle = await openTestDb();
});
afterEach(async () => {
  await handle.close();
});

describe('demo zone', () => {
  it('matches the report: 27 key projects, 11 continuing, 11 new, 5 pipeline, 103.6 亿元', async () => {
    const [zone] = await handle.db.select().from(zones).where(eq(zones.code, 'shangdang'));
    expect(zone?.name).toBe('上党经济技术开发区');
    const byKind = await handle.db
      .select({ kind: projects.kind, n: count(), total: sum(projects.totalInvestment).mapWith(Number) })
      .from(projects)
      .where(eq(projects.zoneId, zone?.id ?? 0))
      .groupBy(projects.kind);
    expect(Object.fromEntries(byKind.map((r) => [r.kind, r.n]))).toEqual({
      continuing: 11,
      new: 11,
      pipeline: 5,
    });
    expect(byKind.reduce((s, r) => s + r.total, 0)).toBe(1_036_000);
    expect(await handle.db.$count(parks, eq(parks.zoneId, zone?.id ?? 0))).toBe(6);
  });

  it('gives each of the city’s ten zones a few projects of its own, so the city overview compares them', async () => {
    const perZone = await handle.db
      .select({ code: zones.code, n: count(projects.id) })
      .from(zones)
      .leftJoin(projects, eq(projects.zoneId, zones.id))
      .groupBy(zones.code);
    expect(perZone).toHaveLength(10);
    for (const z of perZone) expect(z.n, z.code).toBeGreaterThanOrEqual(z.code === 'shangdang' ? 27 : 2);
  });

  it('gives one official several projects, as the zone does', async () => {
    const load = await handle.db
      .select({ userId: projectAssignments.userId, n: count() })
      .from(projectAssignments)
      .groupBy(projectAssignments.userId);
    expect(Math.max(...load.map((l) => l.n))).toBeGreaterThan(3);
  });
});

describe('demo data under the input rules', () => {
  // What the forms post back is what the seed stored: a demo row the schemas refuse could never be saved again.
  it('adds up: annual plan and completed investment within the total', async () => {
    const rows = await handle.db.select().from(projects);
    const over = rows.filter(
      (p) => p.annualPlannedInvestment > p.totalInvestment || p.completedInvestment > p.totalInvestment,
    );
    expect(over.map((p) => p.name)).toEqual([]);
  });

  it('keeps every date of projects and milestones inside the date window', async () => {
    const dates = [
      ...(await handle.db.select().from(projects)).flatMap((p) => [
        p.negotiatingOn,
        p.signedOn,
        p.constructionOn,
        p.productionOn,
        p.capacityOn,
        p.plannedStartOn,
        p.plannedFinishOn,
      ]),
      ...(await handle.db.select().from(milestones)).flatMap((m) => [m.plannedOn, m.actualOn, m.baselineOn]),
    ].filter((d): d is string => d !== null);
    expect(dates.length).toBeGreaterThan(100);
    expect(dates.filter((d) => !isInDateWindow(d))).toEqual([]);
  });
});

describe('database rules', () => {
  it('refuses a second active holder of one role on one project', async () => {
    const [held] = await handle.db.select().from(projectAssignments).limit(1);
    const [other] = await handle.db.select().from(users).where(eq(users.username, 'gao'));
    if (!held || !other) throw new Error('demo data missing');
    await expect(
      handle.db
        .insert(projectAssignments)
        .values({ projectId: held.projectId, userId: other.id, role: held.role, since: '2024-04-15' }),
    ).rejects.toThrow();
    // ending the first makes room for the second
    await handle.db
      .update(projectAssignments)
      .set({ until: '2024-04-15' })
      .where(eq(projectAssignments.id, held.id));
    await handle.db
      .insert(projectAssignments)
      .values({ projectId: held.projectId, userId: other.id, role: held.role, since: '2024-04-15' });
  });

  it('keeps audit_log append-only', async () => {
    const seeded = await handle.db.$count(auditLog);
    await handle.db.insert(auditLog).values({ action: 't', entity: 't', entityId: '1' });
    await expect(handle.db.update(auditLog).set({ action: 'changed' })).rejects.toThrow();
    await expect(handle.db.delete(auditLog)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await handle.db.$count(auditLog)).toBe(seeded + 1);
  });

  it('refuses an official without a zone', async () => {
    await expect(
      handle.db.insert(users).values({ username: 'nozone', name: 'n', role: 'official', passwordHash: 'x' }),
    ).rejects.toThrow();
  });
});
