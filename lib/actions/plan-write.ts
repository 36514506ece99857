import { and, asc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { milestones, planVersions, projects } from '@/db/schema';
import type { Tx } from '@/db/types';
import { keepAttachmentsOf } from '@/lib/attachments/keep';
import type { Viewer } from '@/lib/auth/viewer';
import type { PlanContent, PlanVersionKind, ProposedPlan } from '@/lib/domain/plan';
import { ActionFailure } from './result';

// Writing the approved plan (基准计划): every version is a snapshot of the plan as it then stood, written in
// the transaction of the change that made it.

type Project = typeof projects.$inferSelect;

/** The plan as it stands now: the project's milestones in order and its annual figures. */
export async function readPlan(tx: Tx, project: Project): Promise<PlanContent> {
  const rows = await tx
    .select({ id: milestones.id, name: milestones.name, plannedOn: milestones.plannedOn })
    .from(milestones)
    .where(eq(milestones.projectId, project.id))
    .orderBy(asc(milestones.sortOrder), asc(milestones.id));
  return {
    milestones: rows,
    figures: {
      annualPlannedInvestment: project.annualPlannedInvestment,
      plannedStartOn: project.plannedStartOn,
      plannedFinishOn: project.plannedFinishOn,
    },
  };
}

/**
 * Records the plan as it now stands as the next version of the project's plan year. The year's first version
 * fixes every milestone's baseline date (slippage counts from it); a later one fixes it for milestones added
 * since, and leaves the others' first approved dates alone.
 */
export async function recordPlanVersion(
  tx: Tx,
  project: Project,
  viewer: Viewer,
  entry: { kind: PlanVersionKind; note?: string; requestId?: number },
) {
  const [last] = await tx
    .select({ seq: max(planVersions.seq) })
    .from(planVersions)
    .where(and(eq(planVersions.projectId, project.id), eq(planVersions.planYear, project.planYear)));
  const seq = (last?.seq ?? 0) + 1;
  const unset = seq === 1 ? undefined : isNull(milestones.baselineOn);
  await tx
    .update(milestones)
    .set({ baselineOn: milestones.plannedOn })
    .where(and(eq(milestones.projectId, project.id), unset));
  const [version] = await tx
    .insert(planVersions)
    .values({
      projectId: project.id,
      planYear: project.planYear,
      seq,
      kind: entry.kind,
      content: await readPlan(tx, project),
      requestId: entry.requestId ?? null,
      note: entry.note ?? '',
      approvedBy: viewer.id,
    })
    .returning();
  if (!version) throw new Error('insert returned nothing');
  return version;
}

/**
 * After a change to the plan itself. The project's version moves, so a supervisor approving the plan they
 * saw gets a conflict instead of approving one changed since. On a plan approved for the year only the zone's
 * management gets here (the permission map refuses officials), and what they did is a correction, recorded
 * as a version.
 */
export async function afterPlanEdit(tx: Tx, projectId: number, planVersionId: number | null, viewer: Viewer) {
  const [project] = await tx
    .update(projects)
    .set({ version: sql`${projects.version} + 1`, updatedAt: new Date() })
    .where(eq(projects.id, projectId))
    .returning();
  if (!project) throw new Error('project vanished inside its transaction');
  if (planVersionId === null) return null;
  return recordPlanVersion(tx, project, viewer, { kind: 'correction' });
}

/**
 * Makes the project's plan the proposed one: kept milestones renamed, re-dated and put in the proposal's
 * order, new ones added, left-out ones removed, and the annual figures set. Every row it touches moves its
 * version, so a form opened before sees a conflict.
 */
export async function applyProposal(tx: Tx, project: Project, proposal: ProposedPlan, viewer: Viewer) {
  const kept = new Set(proposal.milestones.flatMap((m) => (m.id === null ? [] : [m.id])));
  const current = await tx
    .select({ id: milestones.id })
    .from(milestones)
    .where(eq(milestones.projectId, project.id));
  const removed = current.map((m) => m.id).filter((id) => !kept.has(id));
  if (removed.length > 0) {
    await keepAttachmentsOf(tx, removed);
    await tx
      .delete(milestones)
      .where(and(eq(milestones.projectId, project.id), inArray(milestones.id, removed)));
  }
  for (const [index, m] of proposal.milestones.entries()) {
    const values = { name: m.name, plannedOn: m.plannedOn, sortOrder: index + 1, updatedBy: viewer.id };
    if (m.id === null) {
      await tx.insert(milestones).values({ ...values, projectId: project.id });
      continue;
    }
    const updated = await tx
      .update(milestones)
      .set({ ...values, version: sql`${milestones.version} + 1`, updatedAt: new Date() })
      .where(and(eq(milestones.id, m.id), eq(milestones.projectId, project.id)))
      .returning({ id: milestones.id });
    if (updated.length !== 1) throw new ActionFailure('conflict');
  }
  const [after] = await tx
    .update(projects)
    .set({ ...proposal.figures, version: project.version + 1, updatedAt: new Date() })
    .where(and(eq(projects.id, project.id), eq(projects.version, project.version)))
    .returning();
  if (!after) throw new ActionFailure('conflict');
  return after;
}
