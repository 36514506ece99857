import { and, eq, exists } from 'drizzle-orm';
import { milestones, planChangeRequests, projects, projectYears, zones } from '@/db/schema';
import type { Tx } from '@/db/types';
import { zoneScope } from '@/lib/queries/scope';
import { openPlanYearSchema, openZonePlanYearSchema } from '@/lib/validation/plan';
import { type AuditEntry, defineAction } from './define-action';
import { loadVersionedProject } from './plan-approve';
import { ActionFailure, invalidField, refusal } from './result';

type Project = typeof projects.$inferSelect;

const openRequest = (projectId: typeof projects.id | number) =>
  and(eq(planChangeRequests.projectId, projectId), eq(planChangeRequests.status, 'open'));

/**
 * Moves one project to its next plan year: the closing year's figures are kept (project_years), the new year
 * starts with its own annual plan and nothing completed yet, and its plan is a draft again (milestones not
 * done simply carry over; their baselines come with the new year's approval). Last year's versions stay.
 */
async function rollOver(tx: Tx, project: Project, annualPlannedInvestment: number): Promise<AuditEntry> {
  await tx.insert(projectYears).values({
    projectId: project.id,
    year: project.planYear,
    annualPlannedInvestment: project.annualPlannedInvestment,
    completedInvestment: project.completedInvestment,
    plannedStartOn: project.plannedStartOn,
    plannedFinishOn: project.plannedFinishOn,
  });
  const [after] = await tx
    .update(projects)
    .set({
      planYear: project.planYear + 1,
      annualPlannedInvestment,
      completedInvestment: 0,
      version: project.version + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(projects.id, project.id), eq(projects.version, project.version)))
    .returning();
  if (!after) throw new ActionFailure('conflict');
  await tx.update(milestones).set({ baselineOn: null }).where(eq(milestones.projectId, project.id));
  const figures = (p: Project) => ({
    planYear: p.planYear,
    annualPlannedInvestment: p.annualPlannedInvestment,
    completedInvestment: p.completedInvestment,
  });
  return {
    entity: 'project',
    entityId: project.id,
    before: figures(project),
    after: figures(after),
    projectId: project.id,
  };
}

/** 新年度计划 for one project, with the new year's annual planned investment. */
export const openPlanYearAction = defineAction({
  name: 'plan.open_year',
  schema: openPlanYearSchema,
  permission: 'plan.approve',
  load: (tx, input, viewer) => loadVersionedProject(tx, input.projectId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target }) {
    const { project } = target;
    if (input.year !== project.planYear + 1) throw invalidField('year', 'planValidation.nextYearOnly');
    if (input.annualPlannedInvestment > project.totalInvestment)
      throw invalidField('annualPlannedInvestment', 'validation.exceedsTotal');
    const [open] = await tx
      .select({ id: planChangeRequests.id })
      .from(planChangeRequests)
      .where(openRequest(project.id));
    if (open) throw refusal('conflict', 'planWork.requestOpen');
    const audit = await rollOver(tx, project, input.annualPlannedInvestment);
    return { data: { planYear: input.year }, audit };
  },
});

/**
 * 新年度计划 for the whole zone in one step: every project still in the year before moves on, with its annual
 * plan at 0 until it is set. Projects with an open change request wait (it belongs to the old year).
 */
export const openZonePlanYearAction = defineAction({
  name: 'plan.open_zone_year',
  schema: openZonePlanYearSchema,
  permission: 'plan.approve',
  unversioned: 'idempotent',
  async load(tx, input, viewer) {
    const [zone] = await tx
      .select({ id: zones.id })
      .from(zones)
      .where(and(eq(zones.id, input.zoneId), zoneScope(viewer, zones.id)))
      .for('update');
    return zone ? { zoneId: zone.id, access: { zoneId: zone.id, assignment: null } } : null;
  },
  async write(tx, { input, target }) {
    const ofYear = and(eq(projects.zoneId, target.zoneId), eq(projects.planYear, input.year - 1));
    // Lock first, then read in a statement of its own: one that waits for a lock keeps its old snapshot, and
    // would miss a request filed meanwhile (see lib/actions/load-target.ts).
    await tx.select({ id: projects.id }).from(projects).where(ofYear).for('update');
    const due = await tx
      .select({
        project: projects,
        waiting: exists(
          tx.select({ id: planChangeRequests.id }).from(planChangeRequests).where(openRequest(projects.id)),
        ),
      })
      .from(projects)
      .where(ofYear);
    const audit: AuditEntry[] = [];
    for (const { project, waiting } of due) if (!waiting) audit.push(await rollOver(tx, project, 0));
    return { data: { opened: audit.length, waiting: due.length - audit.length }, audit };
  },
});
