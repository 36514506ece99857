import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  integer,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './people';
import { zones } from './places';

// 开发区季度指标: the city's indicator set, each zone's quarterly filing (cumulative for the year, as the
// commerce bureau reports), the city's quarter locks and the reference rates it enters.
//
// Values are numeric(18,4): 万元 precision on a figure in 亿元 (36.3135 亿元), three decimals of 亩 and whole
// counts alike, exact in the database. The app reads them as strings and computes in whole ten-thousandths
// (lib/domain/indicators.ts), never in floats.

/** An indicator the city defines: 规上工业增加值 (亿元), 备案项目数 (个) … */
export const indicatorDefinitions = pgTable(
  'indicator_definitions',
  {
    id: serial('id').primaryKey(),
    /** Stable key for exports and the seed, e.g. industrial_investment. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    /** Decimals shown (the report: 116.12 亿元, 36.9 亿元, 712.327 亩, 116 个); values keep four. */
    decimals: integer('decimals').notNull().default(2),
    /** 同比: computed from last year's same quarter. */
    yoy: boolean('yoy').notNull().default(false),
    /** Summed over the zones for the city's row (a count of people held twice would not be). */
    summed: boolean('summed').notNull().default(true),
    /** 占比: this indicator as a share of another, e.g. 转型项目投资 / 工业投资. */
    shareOfId: integer('share_of_id').references((): AnyPgColumn => indicatorDefinitions.id),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('indicator_definitions_code').on(t.code),
    check('indicator_definitions_decimals', sql`${t.decimals} between 0 and 4`),
    check('indicator_definitions_share_self', sql`${t.shareOfId} is null or ${t.shareOfId} <> ${t.id}`),
  ],
);

/** A zone's figures for one quarter of a year: one row per (zone, year, quarter), its values beside it. */
export const indicatorFilings = pgTable(
  'indicator_filings',
  {
    id: serial('id').primaryKey(),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    filedBy: integer('filed_by').references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('indicator_filings_zone_quarter').on(t.zoneId, t.year, t.quarter),
    check('indicator_filings_quarter', sql`${t.quarter} between 1 and 4`),
    check('indicator_filings_year', sql`${t.year} between 2000 and 2100`),
  ],
);

/** One figure of a filing, cumulative for the year up to the quarter's end. No row: not reported. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    filingId: integer('filing_id')
      .notNull()
      .references(() => indicatorFilings.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicatorDefinitions.id),
    value: numeric('value', { precision: 18, scale: 4 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.filingId, t.indicatorId] })],
);

/**
 * A quarter as the city keeps it: locked (no zone may file or correct it) or open. No row: open, never
 * touched. Its version guards the reference rates, which are entered for the quarter as a whole.
 */
export const indicatorQuarters = pgTable(
  'indicator_quarters',
  {
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    locked: boolean('locked').notNull().default(false),
    changedBy: integer('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.quarter] }),
    check('indicator_quarters_quarter', sql`${t.quarter} between 1 and 4`),
  ],
);

/**
 * A growth rate the city enters to compare against (percent, 2 decimals): 'city' is 全市 (all of the city,
 * not only its zones), 'province' is 全省开发区.
 */
export const indicatorReferenceRates = pgTable(
  'indicator_reference_rates',
  {
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicatorDefinitions.id),
    scope: text('scope', { enum: ['city', 'province'] }).notNull(),
    rate: numeric('rate', { precision: 9, scale: 2 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.quarter, t.indicatorId, t.scope] }),
    check('indicator_reference_rates_scope', sql`${t.scope} in ('city', 'province')`),
  ],
);
