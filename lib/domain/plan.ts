import { daysBetween, type IsoDate } from './dates';

// The approved plan (基准计划) of a project for a plan year, and changes to it, as pure rules: what a plan holds,
// what a proposal changes (the before → after diff a supervisor decides on), and slippage (延期).

/** approval: the year's first; change: an approved 计划调整申请; correction: a supervisor's direct change. */
export const PLAN_VERSION_KINDS = ['approval', 'change', 'correction'] as const;
export type PlanVersionKind = (typeof PLAN_VERSION_KINDS)[number];

export const PLAN_REQUEST_STATUSES = ['open', 'approved', 'rejected'] as const;
export type PlanRequestStatus = (typeof PLAN_REQUEST_STATUSES)[number];

/** The annual figures that belong to the plan. Money in 万元. */
export interface PlanFigures {
  annualPlannedInvestment: number;
  plannedStartOn: IsoDate | null;
  plannedFinishOn: IsoDate | null;
}
export const PLAN_FIGURES = ['annualPlannedInvestment', 'plannedStartOn', 'plannedFinishOn'] as const;

export interface PlanMilestone {
  id: number;
  name: string;
  plannedOn: IsoDate;
}

/** A plan as approved: the milestones in their order and the annual figures. */
export interface PlanContent {
  milestones: PlanMilestone[];
  figures: PlanFigures;
}

/** A milestone of a proposal: an existing one by id, or a new one (id null). */
export interface ProposedMilestone {
  id: number | null;
  name: string;
  plannedOn: IsoDate;
}

/** A whole proposed plan: milestones left out are removed, those without an id are added. */
export interface ProposedPlan {
  milestones: ProposedMilestone[];
  figures: PlanFigures;
}

export type PlanChange =
  | { kind: 'redate'; id: number; name: string; from: IsoDate; to: IsoDate }
  | { kind: 'rename'; id: number; from: string; to: string }
  | { kind: 'add'; name: string; plannedOn: IsoDate }
  | { kind: 'remove'; id: number; name: string; plannedOn: IsoDate }
  | { kind: 'reorder' }
  | {
      kind: 'figure';
      field: (typeof PLAN_FIGURES)[number];
      from: number | IsoDate | null;
      to: number | IsoDate | null;
    };

/** Why a proposal cannot be made against a base, as an i18n key; null when it can. */
export function proposalProblem(base: PlanContent, proposed: ProposedPlan): string | null {
  const known = new Set(base.milestones.map((m) => m.id));
  const seen = new Set<number>();
  for (const m of proposed.milestones) {
    if (m.id === null) continue;
    if (!known.has(m.id) || seen.has(m.id)) return 'planValidation.unknownMilestone';
    seen.add(m.id);
  }
  return diffPlan(base, proposed).length === 0 ? 'planValidation.nothingChanged' : null;
}

/** What the proposal changes, in the base's order: each kept milestone's re-dating and renaming, additions,
 * removals, a new order, and each annual figure that differs. */
export function diffPlan(base: PlanContent, proposed: ProposedPlan): PlanChange[] {
  const changes: PlanChange[] = [];
  const byId = new Map(proposed.milestones.flatMap((m) => (m.id === null ? [] : [[m.id, m] as const])));
  for (const before of base.milestones) {
    const after = byId.get(before.id);
    if (!after) {
      changes.push({ kind: 'remove', id: before.id, name: before.name, plannedOn: before.plannedOn });
      continue;
    }
    if (after.name !== before.name)
      changes.push({ kind: 'rename', id: before.id, from: before.name, to: after.name });
    if (after.plannedOn !== before.plannedOn)
      changes.push({
        kind: 'redate',
        id: before.id,
        name: after.name,
        from: before.plannedOn,
        to: after.plannedOn,
      });
  }
  for (const m of proposed.milestones)
    if (m.id === null) changes.push({ kind: 'add', name: m.name, plannedOn: m.plannedOn });
  const keptBefore = base.milestones.filter((m) => byId.has(m.id)).map((m) => m.id);
  const keptAfter = proposed.milestones.flatMap((m) => (m.id === null ? [] : [m.id]));
  if (keptBefore.join() !== keptAfter.join()) changes.push({ kind: 'reorder' });
  for (const field of PLAN_FIGURES) {
    const from = base.figures[field];
    const to = proposed.figures[field];
    if (from !== to) changes.push({ kind: 'figure', field, from, to });
  }
  return changes;
}

/** The proposal a plan is without change: every milestone by id, the same figures. */
export function asProposal(plan: PlanContent): ProposedPlan {
  return { milestones: plan.milestones.map((m) => ({ ...m })), figures: { ...plan.figures } };
}

/** Days a milestone's planned date has moved since its first approval in the plan year (negative: earlier). */
export function slippageDays(m: { plannedOn: IsoDate; baselineOn: IsoDate | null }): number {
  return m.baselineOn === null ? 0 : daysBetween(m.baselineOn, m.plannedOn);
}

/** 累计延期天数: the delays added up; a milestone brought forward does not cancel another's delay. */
export function totalDelayDays(list: readonly { plannedOn: IsoDate; baselineOn: IsoDate | null }[]): number {
  return list.reduce((sum, m) => sum + Math.max(0, slippageDays(m)), 0);
}

/** 调整次数: the approved changes of a year are its versions after the first. */
export function planChangeCount(versionsInYear: number): number {
  return Math.max(0, versionsInYear - 1);
}
