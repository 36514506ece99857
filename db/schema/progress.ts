import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { projectStage } from './enums';
import { users } from './people';
import { projects } from './projects';

/** 周调度: one report per project per report week (Monday–Sunday, Asia/Shanghai). Money in 万元. */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    /** The Monday that starts the report week. */
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    /** 本周进展 */
    progress: text('progress').notNull(),
    /** 下周计划 */
    nextPlan: text('next_plan').notNull().default(''),
    /** 本周完成投资 */
    investment: integer('investment').notNull().default(0),
    filedBy: integer('filed_by')
      .notNull()
      .references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('progress_one_per_week').on(t.projectId, t.weekStart),
    check('progress_investment_non_negative', sql`${t.investment} >= 0`),
    check('progress_week_starts_monday', sql`extract(isodow from ${t.weekStart}) = 1`),
  ],
);

/** The project's timeline of stage moves: forward one stage, or back as a supervisor's correction. */
export const stageEvents = pgTable(
  'stage_events',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    fromStage: projectStage('from_stage').notNull(),
    toStage: projectStage('to_stage').notNull(),
    /** The date the new stage was reached (for a correction: the day it was made). */
    reachedOn: date('reached_on', { mode: 'string' }).notNull(),
    /** Required for a correction. */
    reason: text('reason').notNull().default(''),
    actorId: integer('actor_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stage_events_project_idx').on(t.projectId)],
);
