import { integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';

/** 开发区 */
export const zones = pgTable('zones', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** 催报: how long a project's officials are left alone after being chased for a week's report. */
  chaseQuietHours: integer('chase_quiet_hours').notNull().default(12),
  /** IANA name: scheduled reminders fire at the zone's own clock time. */
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
  /** 督办单 numbers read 〈prefix〉〔year〕N号, e.g. 上党督〔2026〕12号; '' falls back to the zone's name. */
  supervisionPrefix: text('supervision_prefix').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 园区 / 园中园: a park inside a zone. */
export const parks = pgTable(
  'parks',
  {
    id: serial('id').primaryKey(),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [unique('parks_zone_name_unique').on(t.zoneId, t.name)],
);

/** 企业: the investor company behind a project; one row per name in a zone, which projects share. */
export const enterprises = pgTable(
  'enterprises',
  {
    id: serial('id').primaryKey(),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id),
    name: text('name').notNull(),
  },
  // Also what a find-or-create by name relies on: two concurrent creators of one name meet here.
  (t) => [unique('enterprises_zone_name_unique').on(t.zoneId, t.name)],
);
