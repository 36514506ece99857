import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { IsoDate } from '@/lib/domain/dates';
import { diffPlan, type PlanContent, type ProposedPlan } from '@/lib/domain/plan';
import * as s from '../schema';
import type { Tx } from '../types';
import { demoProjects } from './demo-projects';
import { type SeedContext, seedHelpers } from './seed-context';

// The demo's plans: every project but the pipeline (谋划) ones was approved by the zone's supervisor some three
// months before the report's day;
// two have had a change approved since (their slippage shows), two have a request waiting for a decision.

const SUPERVISOR = 'duban';
const APPROVED_DAY = -95;

interface DemoChange {
  project: string;
  milestone: string;
  /** the first approved date (the seed's milestone date is the one approved later) */
  from: IsoDate;
  to: IsoDate;
  reason: string;
  note: string;
  /** days before the report's day */
  day: number;
}

const APPROVED_CHANGES: DemoChange[] = [
  {
    project: '华南智慧融创科技园',
    milestone: '主体结构封顶',
    from: '2024-05-31',
    to: '2024-06-30',
    reason: '冬季停工期延长，钢结构进场推迟约一个月。',
    note: '同意，请倒排工期，确保6月底封顶。',
    day: -30,
  },
  {
    project: '物流特色小镇综合配套提升区项目',
    milestone: '装修',
    from: '2024-07-31',
    to: '2024-08-31',
    reason: '北区设计变更，装修招标顺延。',
    note: '同意。',
    day: -12,
  },
];

const PENDING_CHANGES: DemoChange[] = [
  {
    project: '振东10亿袋颗粒剂建设项目',
    milestone: '投产',
    from: '2024-04-10',
    to: '2024-05-31',
    reason: 'GMP认证现场检查安排在5月中旬，投产需待认证通过。',
    note: '',
    day: -2,
  },
  {
    project: '润珠食品预制菜项目',
    milestone: '主体结构封顶',
    from: '2024-08-31',
    to: '2024-09-30',
    reason: '冷库工艺调整，主体结构需增加一层设备夹层。',
    note: '',
    day: -1,
  },
];

export async function seedPlans(tx: Tx, ctx: SeedContext) {
  const { person, at } = seedHelpers(ctx);
  const supervisor = person(SUPERVISOR);
  const audit = (row: {
    action: string;
    entity: string;
    entityId: number;
    projectId: number;
    actorId: number;
    at: Date;
    after: unknown;
  }) => tx.insert(s.auditLog).values({ ...row, entityId: String(row.entityId), before: null });
  const version = async (row: typeof s.planVersions.$inferInsert) => {
    const [written] = await tx.insert(s.planVersions).values(row).returning();
    if (!written) throw new Error('insert returned nothing');
    return written;
  };

  for (const demo of demoProjects.filter((p) => p.kind !== 'pipeline')) {
    const ids = ctx.projectIds.get(demo.name);
    if (!ids) throw new Error(`unknown demo project ${demo.name}`);
    const [project] = await tx.select().from(s.projects).where(eq(s.projects.id, ids.id));
    if (!project) throw new Error('demo project vanished');
    const requester = person(ids.liaison && ids.liaison !== 'disabled' ? ids.liaison : ids.cadre);
    const rows = await tx
      .select({ id: s.milestones.id, name: s.milestones.name, plannedOn: s.milestones.plannedOn })
      .from(s.milestones)
      .where(eq(s.milestones.projectId, project.id))
      .orderBy(asc(s.milestones.sortOrder));
    const current: PlanContent = {
      milestones: rows,
      figures: {
        annualPlannedInvestment: project.annualPlannedInvestment,
        plannedStartOn: project.plannedStartOn,
        plannedFinishOn: project.plannedFinishOn,
      },
    };
    const redate = (plan: PlanContent, c: DemoChange, to: IsoDate): PlanContent => ({
      figures: plan.figures,
      milestones: plan.milestones.map((m) =>
        m.name === c.milestone ? { ...m, plannedOn: ctx.shift(to) } : m,
      ),
    });
    /** A change request on the project as its official filed it, with its audit row. */
    const fileRequest = async (
      c: DemoChange,
      base: { id: number; content: PlanContent },
      proposal: ProposedPlan,
      decided?: Partial<typeof s.planChangeRequests.$inferInsert>,
    ) => {
      const requestedAt = at(decided ? c.day - 2 : c.day);
      const [request] = await tx
        .insert(s.planChangeRequests)
        .values({
          projectId: project.id,
          baseVersionId: base.id,
          proposal,
          reason: c.reason,
          requestedBy: requester.id,
          requestedAt,
          clientKey: randomUUID(),
          ...decided,
        })
        .returning();
      if (!request) throw new Error('insert returned nothing');
      await audit({
        action: 'plan.request_change',
        entity: 'plan_change_request',
        entityId: request.id,
        projectId: project.id,
        actorId: requester.id,
        at: requestedAt,
        after: { reason: c.reason, changes: diffPlan(base.content, proposal) },
      });
      return request;
    };

    const changed = APPROVED_CHANGES.find((c) => c.project === demo.name);
    const first = changed ? redate(current, changed, changed.from) : current;
    const approval = await version({
      projectId: project.id,
      planYear: project.planYear,
      seq: 1,
      kind: 'approval',
      content: first,
      approvedBy: supervisor.id,
      approvedAt: at(APPROVED_DAY),
    });
    await audit({
      action: 'plan.approve',
      entity: 'plan_version',
      entityId: approval.id,
      projectId: project.id,
      actorId: supervisor.id,
      at: at(APPROVED_DAY),
      after: approval,
    });
    for (const m of first.milestones)
      await tx.update(s.milestones).set({ baselineOn: m.plannedOn }).where(eq(s.milestones.id, m.id));

    let base = approval;
    if (changed) {
      const request = await fileRequest(changed, approval, current, {
        status: 'approved',
        decidedBy: supervisor.id,
        decidedAt: at(changed.day),
        decisionNote: changed.note,
        version: 2,
      });
      base = await version({
        projectId: project.id,
        planYear: project.planYear,
        seq: 2,
        kind: 'change',
        content: current,
        requestId: request.id,
        note: changed.note,
        approvedBy: supervisor.id,
        approvedAt: at(changed.day),
      });
      await audit({
        action: 'plan.approve_change',
        entity: 'plan_change_request',
        entityId: request.id,
        projectId: project.id,
        actorId: supervisor.id,
        at: at(changed.day),
        after: { status: 'approved', note: changed.note, planVersionId: base.id },
      });
    }

    const pending = PENDING_CHANGES.find((c) => c.project === demo.name);
    if (pending) {
      await fileRequest(pending, base, redate(current, pending, pending.to));
      await tx.insert(s.notifications).values({
        userId: supervisor.id,
        kind: 'plan_change_requested',
        projectId: project.id,
        payload: {
          blockerTitle: '',
          projectName: project.name,
          actorName: requester.name,
          comment: pending.reason,
        },
        createdAt: at(pending.day),
      });
    }
  }
}

/** A renamed demo milestone fails the seed loudly instead of silently changing nothing. */
export async function assertDemoPlanMilestones(tx: Tx, projectIds: Map<string, { id: number }>) {
  for (const c of [...APPROVED_CHANGES, ...PENDING_CHANGES]) {
    const id = projectIds.get(c.project)?.id ?? 0;
    const [m] = await tx
      .select({ id: s.milestones.id })
      .from(s.milestones)
      .where(and(eq(s.milestones.projectId, id), eq(s.milestones.name, c.milestone)));
    if (!m) throw new Error(`demo plan change names unknown milestone ${c.project} / ${c.milestone}`);
  }
}
