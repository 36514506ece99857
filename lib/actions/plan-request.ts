import { and, eq } from 'drizzle-orm';
import { planChangeRequests, planVersions, projectAssignments, projects } from '@/db/schema';
import type { Tx } from '@/db/types';
import { planAccess } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { diffPlan, proposalProblem } from '@/lib/domain/plan';
import { notify } from '@/lib/notify/notify';
import { supervisorsOf } from '@/lib/notify/recipients';
import { currentPlanVersionId, planLockedSql } from '@/lib/queries/plan-state';
import { zoneScope } from '@/lib/queries/scope';
import {
  approvePlanChangeSchema,
  rejectPlanChangeSchema,
  requestPlanChangeSchema,
} from '@/lib/validation/plan';
import { defineAction } from './define-action';
import { loadProject, lockProjectOfRequest, viewerAssignment } from './load-target';
import { applyProposal, recordPlanVersion } from './plan-write';
import { ActionFailure, invalidField, refusal } from './result';

type Request = typeof planChangeRequests.$inferSelect;

async function versionContent(tx: Tx, versionId: number) {
  const [row] = await tx.select().from(planVersions).where(eq(planVersions.id, versionId));
  if (!row) throw new ActionFailure('conflict');
  return row.content;
}

/**
 * 计划调整申请: one of the project's officials proposes the whole plan anew, with a reason, against the approved
 * version they saw (a newer one is a conflict). One open request per project; the zone's supervisors are
 * told. A replayed submit finds the request it made.
 */
export const requestPlanChangeAction = defineAction({
  name: 'plan.request_change',
  schema: requestPlanChangeSchema,
  permission: 'plan.request',
  load: async (tx, input, viewer) => {
    const found = await loadProject(tx, input.projectId, viewer);
    return found && { ...found, version: found.planVersionId ?? 0 };
  },
  expectedVersion: (input) => input.baseVersionId,
  async write(tx, { input, target, viewer }) {
    const { project } = target;
    const [earlier] = await tx
      .select()
      .from(planChangeRequests)
      .where(
        and(eq(planChangeRequests.requestedBy, viewer.id), eq(planChangeRequests.clientKey, input.clientKey)),
      );
    if (earlier) {
      if (earlier.projectId !== project.id) throw invalidField('clientKey', 'validation.invalid');
      return { data: earlier, audit: null };
    }
    const [open] = await tx
      .select({ id: planChangeRequests.id })
      .from(planChangeRequests)
      .where(and(eq(planChangeRequests.projectId, project.id), eq(planChangeRequests.status, 'open')));
    if (open) throw refusal('conflict', 'planWork.requestOpen');
    const proposal = { milestones: input.milestones, figures: input.figures };
    const base = await versionContent(tx, input.baseVersionId);
    const problem = proposalProblem(base, proposal);
    if (problem) throw invalidField('milestones', problem);
    if (proposal.figures.annualPlannedInvestment > project.totalInvestment)
      throw invalidField('figures.annualPlannedInvestment', 'validation.exceedsTotal');
    const [created] = await tx
      .insert(planChangeRequests)
      .values({
        projectId: project.id,
        baseVersionId: input.baseVersionId,
        proposal,
        reason: input.reason,
        requestedBy: viewer.id,
        clientKey: input.clientKey,
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    await notify(tx, await supervisorsOf(tx, project.zoneId), viewer.id, {
      kind: 'plan_change_requested',
      blockerId: null,
      projectId: project.id,
      payload: { blockerTitle: '', projectName: project.name, actorName: viewer.name, comment: input.reason },
    });
    return {
      data: created,
      audit: {
        entity: 'plan_change_request',
        entityId: created.id,
        before: null,
        after: { reason: created.reason, changes: diffPlan(base, proposal) },
        projectId: project.id,
      },
    };
  },
});

/** The request with its project, both locked, scoped to the viewer's zones. */
async function loadRequest(tx: Tx, requestId: number, viewer: Viewer) {
  await lockProjectOfRequest(tx, requestId);
  const [row] = await tx
    .select({
      request: planChangeRequests,
      project: projects,
      assignment: projectAssignments.role,
      planVersionId: currentPlanVersionId,
      planLocked: planLockedSql,
    })
    .from(planChangeRequests)
    .innerJoin(projects, eq(projects.id, planChangeRequests.projectId))
    .leftJoin(projectAssignments, viewerAssignment(viewer))
    .where(and(eq(planChangeRequests.id, requestId), zoneScope(viewer, projects.zoneId)))
    .limit(1)
    .for('update', { of: [planChangeRequests, projects] });
  if (!row) return null;
  const access = planAccess(row.project.zoneId, row.assignment, row.planLocked);
  return { ...row, access, version: row.request.version };
}

/** The decided request, its notice to the one who asked, and its audit entry. */
async function decide(
  tx: Tx,
  target: NonNullable<Awaited<ReturnType<typeof loadRequest>>>,
  viewer: Viewer,
  decision: { status: 'approved' | 'rejected'; note: string; versionId: number | null },
) {
  const before: Request = target.request;
  const [after] = await tx
    .update(planChangeRequests)
    .set({
      status: decision.status,
      decisionNote: decision.note,
      decidedBy: viewer.id,
      decidedAt: new Date(),
      version: before.version + 1,
    })
    .where(and(eq(planChangeRequests.id, before.id), eq(planChangeRequests.version, before.version)))
    .returning();
  if (!after) throw new ActionFailure('conflict');
  await notify(tx, [before.requestedBy], viewer.id, {
    kind: decision.status === 'approved' ? 'plan_change_approved' : 'plan_change_rejected',
    blockerId: null,
    projectId: target.project.id,
    payload: {
      blockerTitle: '',
      projectName: target.project.name,
      actorName: viewer.name,
      ...(decision.note ? { comment: decision.note } : {}),
    },
  });
  return {
    data: after,
    audit: {
      entity: 'plan_change_request',
      entityId: before.id,
      before: { status: before.status },
      after: { status: after.status, note: decision.note, planVersionId: decision.versionId },
      projectId: target.project.id,
    },
  };
}

const stillOpen = (target: { request: Request }) => {
  if (target.request.status !== 'open') throw refusal('conflict', 'planWork.requestDecided');
};

/**
 * Approving applies the whole proposal at once and makes it the next approved version. A request whose base
 * is no longer the current version (a correction came between) is a conflict: it must be rejected and made
 * again against the plan as it is now.
 */
export const approvePlanChangeAction = defineAction({
  name: 'plan.approve_change',
  schema: approvePlanChangeSchema,
  permission: 'plan.approve',
  load: (tx, input, viewer) => loadRequest(tx, input.requestId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    stillOpen(target);
    if (target.request.baseVersionId !== target.planVersionId) throw refusal('conflict', 'planWork.stale');
    // The total may have been lowered by an edit since the request was made.
    if (target.request.proposal.figures.annualPlannedInvestment > target.project.totalInvestment)
      throw refusal('conflict', 'planWork.exceedsTotal');
    const project = await applyProposal(tx, target.project, target.request.proposal, viewer);
    const version = await recordPlanVersion(tx, project, viewer, {
      kind: 'change',
      note: input.note,
      requestId: target.request.id,
    });
    return decide(tx, target, viewer, { status: 'approved', note: input.note, versionId: version.id });
  },
});

/** Rejecting changes nothing but the request, and says why. */
export const rejectPlanChangeAction = defineAction({
  name: 'plan.reject_change',
  schema: rejectPlanChangeSchema,
  permission: 'plan.approve',
  load: (tx, input, viewer) => loadRequest(tx, input.requestId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    stillOpen(target);
    return decide(tx, target, viewer, { status: 'rejected', note: input.note, versionId: null });
  },
});
