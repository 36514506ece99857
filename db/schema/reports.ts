import {
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
} from 'drizzle-orm/pg-core';
import { users } from './people';
import { zones } from './places';
import { projects } from './projects';

export const reportWeekStatus = pgEnum('report_week_status', ['open', 'closed']);

/**
 * A zone's report week once a supervisor has closed it (or reopened it). A closed week's report is the
 * snapshot, not a new reading of the data: later edits change neither the page nor the exports.
 */
export const reportWeeks = pgTable(
  'report_weeks',
  {
    id: serial('id').primaryKey(),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    status: reportWeekStatus('status').notNull(),
    /** The weekly report as it stood when the week was closed (lib/export/report-model.ts). */
    snapshot: jsonb('snapshot'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: integer('closed_by').references(() => users.id),
    /** Why it was reopened, when it was. */
    reopenReason: text('reopen_reason'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_weeks_zone_week').on(t.zoneId, t.weekStart)],
);

/**
 * 催报: a supervisor chased a project's officials for a week's report. One row per project chased; the zone's
 * quiet period is counted from the latest.
 */
export const reportChases = pgTable(
  'report_chases',
  {
    id: serial('id').primaryKey(),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    chasedBy: integer('chased_by')
      .notNull()
      .references(() => users.id),
    chasedAt: timestamp('chased_at', { withTimezone: true }).notNull().defaultNow(),
    message: text('message').notNull().default(''),
  },
  (t) => [index('report_chases_project_week').on(t.projectId, t.weekStart, t.chasedAt)],
);
