import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PlanContent, ProposedPlan } from '@/lib/domain/plan';
import { PLAN_REQUEST_STATUSES, PLAN_VERSION_KINDS } from '@/lib/domain/plan';
import { users } from './people';
import { projects } from './projects';

export const planVersionKind = pgEnum('plan_version_kind', PLAN_VERSION_KINDS);
export const planRequestStatus = pgEnum('plan_request_status', PLAN_REQUEST_STATUSES);

/**
 * 基准计划: an approved plan of a project for one plan year, immutable once written. The first of a year is the
 * supervisor's approval; each later one is an approved change request or a supervisor's direct correction.
 * The project's plan is locked for its officials while its plan year has a version.
 */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    planYear: integer('plan_year').notNull(),
    /** 1, 2, … within the project's plan year. */
    seq: integer('seq').notNull(),
    kind: planVersionKind('kind').notNull(),
    /** The milestones (in order) and the annual figures as approved. */
    content: jsonb('content').$type<PlanContent>().notNull(),
    /** The change request this version applied (kind 'change'). */
    requestId: integer('request_id'),
    /** 批示, or a correction's reason. */
    note: text('note').notNull().default(''),
    approvedBy: integer('approved_by')
      .notNull()
      .references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('plan_versions_seq').on(t.projectId, t.planYear, t.seq)],
);

/** 计划调整申请: an official's proposed plan, against the version they saw, decided by a supervisor. */
export const planChangeRequests = pgTable(
  'plan_change_requests',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    /** The approved version the proposal was made against; a newer one makes the request stale. */
    baseVersionId: integer('base_version_id')
      .notNull()
      .references(() => planVersions.id),
    /** The whole proposed plan; the diff against the base is computed (lib/domain/plan.ts). */
    proposal: jsonb('proposal').$type<ProposedPlan>().notNull(),
    /** 调整原因 */
    reason: text('reason').notNull(),
    status: planRequestStatus('status').notNull().default('open'),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    /** One per submitted form: a replayed submit finds the request it made. */
    clientKey: uuid('client_key').notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** 批示 (approval, optional) or the reason of a rejection (required). */
    decisionNote: text('decision_note').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // One open request per project, held by the database itself.
    uniqueIndex('plan_requests_one_open').on(t.projectId).where(sql`${t.status} = 'open'`),
    uniqueIndex('plan_requests_one_per_submit').on(t.requestedBy, t.clientKey),
    index('plan_requests_status_idx').on(t.status, t.requestedAt),
  ],
);

/**
 * A past plan year's annual figures, kept when the project rolls over to the next year (新年度计划), so the
 * reports of that year's weeks still read that year's plan.
 */
export const projectYears = pgTable(
  'project_years',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    year: integer('year').notNull(),
    annualPlannedInvestment: integer('annual_planned_investment').notNull(),
    completedInvestment: integer('completed_investment').notNull(),
    plannedStartOn: date('planned_start_on', { mode: 'string' }),
    plannedFinishOn: date('planned_finish_on', { mode: 'string' }),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('project_years_once').on(t.projectId, t.year),
    check('project_years_money', sql`${t.annualPlannedInvestment} >= 0 and ${t.completedInvestment} >= 0`),
  ],
);
