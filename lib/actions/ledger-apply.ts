import { and, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { recordPinyin } from '@/db/name-pinyin';
import { enterprises, parks, projectAssignments, projects } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import type { IsoDate } from '@/lib/domain/dates';
import { PLAN_FIGURES } from '@/lib/domain/plan';
import { STAGE_DATE_FIELD } from '@/lib/domain/stage-moves';
import { ASSIGNMENT_ROLES } from '@/lib/domain/vocabulary';
import type { ImportPlan, PlannedRow, ProjectFields } from '@/lib/import/ledger-plan';
import { currentPlanVersionId } from '@/lib/queries/plan-state';
import type { AuditEntry } from './define-action';
import { afterPlanEdit } from './plan-write';
import { factsOf } from './project-edit';

const CHUNK = 500;

/** The zone's rows of those names, made where missing; name → id of every one. */
async function namedIds(
  tx: Tx,
  table: typeof parks | typeof enterprises,
  zoneId: number,
  names: string[],
  extra: (i: number) => Record<string, unknown> = () => ({}),
): Promise<Map<string, number>> {
  if (names.length > 0) {
    await tx
      .insert(table)
      .values(names.map((name, i) => ({ zoneId, name, ...extra(i) })) as never)
      .onConflictDoNothing();
  }
  const rows = await tx
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(eq(table.zoneId, zoneId));
  return new Map(rows.map((r) => [r.name, r.id]));
}

function columnsOf(set: ProjectFields, parkIds: Map<string, number>, enterpriseIds: Map<string, number>) {
  const { park, enterprise, ...rest } = set;
  return {
    ...rest,
    ...(park !== undefined && { parkId: parkIds.get(park) }),
    ...(enterprise !== undefined && { enterpriseId: enterpriseIds.get(enterprise) }),
  };
}

/**
 * Writes a checked plan: missing parks and enterprises, new projects in bulk, changed facts project by
 * project (each bumps its version, so an editor who saw it before gets a conflict), and the "三个一" changes
 * as handovers on `today`. Returns the ids written, for the audit row.
 */
export async function applyPlan(
  tx: Tx,
  zoneId: number,
  plan: ImportPlan,
  planYear: number,
  today: IsoDate,
  viewer: Viewer,
): Promise<{
  created: number[];
  updated: { id: number; changes: PlannedRow['changes'] }[];
  audit: AuditEntry[];
}> {
  const [{ top } = { top: 0 }] = await tx
    .select({ top: max(parks.sortOrder) })
    .from(parks)
    .where(eq(parks.zoneId, zoneId));
  const parkIds = await namedIds(tx, parks, zoneId, plan.newParks, (i) => ({
    sortOrder: (top ?? 0) + i + 1,
  }));
  const enterpriseIds = await namedIds(tx, enterprises, zoneId, plan.newEnterprises);

  const creates = plan.rows.filter((r) => r.action === 'create');
  const created: number[] = [];
  for (let i = 0; i < creates.length; i += CHUNK) {
    const values = creates.slice(i, i + CHUNK).map((r) => {
      const stage = r.set.stage ?? 'negotiating';
      // The day it reached its stage is not in a ledger: its planned start where that is when it began
      // building, else the day the app learned of it.
      const start = r.set.plannedStartOn;
      const reached = stage === 'under_construction' && start && start <= today ? start : today;
      return {
        ...columnsOf(r.set, parkIds, enterpriseIds),
        zoneId,
        planYear,
        stage,
        [STAGE_DATE_FIELD[stage]]: reached,
      } as typeof projects.$inferInsert;
    });
    const rows = await tx.insert(projects).values(values).returning({ id: projects.id });
    created.push(...rows.map((r) => r.id));
  }
  creates.forEach((r, i) => {
    r.projectId = created[i] ?? null;
  });

  const updates = plan.rows.filter((r) => r.action === 'update');
  const audit: AuditEntry[] = [];
  // The rows as they were, read in batches (each update then costs its own statement only).
  const ids = updates.flatMap((r) => (r.projectId === null ? [] : [r.projectId]));
  const was = new Map<number, { project: typeof projects.$inferSelect; planVersionId: number | null }>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await tx
      .select({ project: projects, planVersionId: currentPlanVersionId })
      .from(projects)
      .where(inArray(projects.id, ids.slice(i, i + CHUNK)));
    for (const row of rows) was.set(row.project.id, row);
  }
  for (const r of updates) {
    if (r.projectId === null) continue;
    const before = was.get(r.projectId);
    if (!before) throw new Error('imported project vanished inside its transaction');
    let after = before.project;
    if (Object.keys(r.set).length > 0) {
      const [updated] = await tx
        .update(projects)
        .set({
          ...columnsOf(r.set, parkIds, enterpriseIds),
          version: sql`${projects.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(projects.id, r.projectId))
        .returning();
      if (!updated) throw new Error('imported project vanished inside its transaction');
      after = updated;
      // A change of the annual figure or the planned period on an approved plan is a correction, as on the form.
      if (PLAN_FIGURES.some((f) => after[f] !== before.project[f]))
        await afterPlanEdit(tx, after.id, before.planVersionId, viewer);
    }
    const roles: readonly string[] = ASSIGNMENT_ROLES;
    audit.push({
      entity: 'project',
      entityId: after.id,
      before: factsOf(before.project),
      after: {
        ...factsOf(after),
        enterprise: r.set.enterprise,
        handovers: r.changes.filter((c) => roles.includes(c.field)),
      },
      projectId: after.id,
    });
  }
  for (const r of creates) {
    audit.push({
      entity: 'project',
      entityId: r.projectId as number,
      before: null,
      after: { name: r.set.name, stage: r.set.stage, enterprise: r.set.enterprise },
      projectId: r.projectId,
    });
  }

  // Handovers: every changing role ends first, so a person moving between two roles never holds both.
  const handovers = [...creates, ...updates].flatMap((r) =>
    ASSIGNMENT_ROLES.filter((role) => r.holders[role] !== undefined).map((role) => ({
      projectId: r.projectId as number,
      role,
      userId: r.holders[role] as number,
    })),
  );
  for (const role of ASSIGNMENT_ROLES) {
    const ids = updates.filter((r) => r.holders[role] !== undefined).map((r) => r.projectId as number);
    for (let i = 0; i < ids.length; i += CHUNK) {
      await tx
        .update(projectAssignments)
        .set({ until: today })
        .where(
          and(
            inArray(projectAssignments.projectId, ids.slice(i, i + CHUNK)),
            eq(projectAssignments.role, role),
            isNull(projectAssignments.until),
          ),
        );
    }
  }
  for (let i = 0; i < handovers.length; i += CHUNK) {
    await tx
      .insert(projectAssignments)
      .values(handovers.slice(i, i + CHUNK).map((h) => ({ ...h, since: today })));
  }

  await recordPinyin(
    tx,
    ...([...creates, ...updates]
      .flatMap((r) => [r.set.name, r.set.enterprise, r.set.park])
      .filter((n) => !!n) as string[]),
  );
  return {
    created,
    updated: updates.map((r) => ({ id: r.projectId as number, changes: r.changes })),
    audit,
  };
}
