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
import { projectKind, projectStage } from './enums';
import { enterprises, parks, zones } from './places';

/** 重点项目. Money columns are integer 万元. */
export const projects = pgTable(
  'projects',
  {
    id: serial('id').primaryKey(),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id),
    parkId: integer('park_id')
      .notNull()
      .references(() => parks.id),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    name: text('name').notNull(),
    /** The zone's own ledger number (项目编号), when its ledger has one: what a re-import matches on first. */
    code: text('code'),
    kind: projectKind('kind').notNull(),
    /** The plan year the project is a key project of (its annual figures belong to this year). */
    planYear: integer('plan_year').notNull(),
    stage: projectStage('stage').notNull(),
    negotiatingOn: date('negotiating_on', { mode: 'string' }),
    signedOn: date('signed_on', { mode: 'string' }),
    constructionOn: date('construction_on', { mode: 'string' }),
    productionOn: date('production_on', { mode: 'string' }),
    capacityOn: date('capacity_on', { mode: 'string' }),
    totalInvestment: integer('total_investment').notNull(),
    annualPlannedInvestment: integer('annual_planned_investment').notNull().default(0),
    /** Completed in the plan year before weekly reports began; the year to date adds the filed weeks. */
    completedInvestment: integer('completed_investment').notNull().default(0),
    plannedStartOn: date('planned_start_on', { mode: 'string' }),
    plannedFinishOn: date('planned_finish_on', { mode: 'string' }),
    summary: text('summary').notNull().default(''),
    /** The enterprise's contact person and phone. */
    contactPerson: text('contact_person').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('projects_zone_park_idx').on(t.zoneId, t.parkId),
    uniqueIndex('projects_zone_code_unique').on(t.zoneId, t.code).where(sql`${t.code} is not null`),
    check(
      'projects_money_non_negative',
      sql`${t.totalInvestment} >= 0 and ${t.annualPlannedInvestment} >= 0 and ${t.completedInvestment} >= 0`,
    ),
    // The year's plan and what was done in it are parts of the whole investment, never more than it.
    check('projects_annual_within_total', sql`${t.annualPlannedInvestment} <= ${t.totalInvestment}`),
    check('projects_completed_within_total', sql`${t.completedInvestment} <= ${t.totalInvestment}`),
  ],
);
