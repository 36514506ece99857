import { date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { milestoneStatus } from './enums';
import { users } from './people';
import { projects } from './projects';

/** 节点: a dated step of a project, in the report's wording (开工, 主体结构封顶, 设备安装, 投产 …). */
export const milestones = pgTable(
  'milestones',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    sortOrder: integer('sort_order').notNull(),
    name: text('name').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    /**
     * The first approved planned date in the project's current plan year (null while the plan is a draft):
     * slippage (延期天数) is planned_on − baseline_on.
     */
    baselineOn: date('baseline_on', { mode: 'string' }),
    actualOn: date('actual_on', { mode: 'string' }),
    status: milestoneStatus('status').notNull().default('not_started'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [index('milestones_project_idx').on(t.projectId, t.sortOrder)],
);
