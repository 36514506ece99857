import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { blockers } from './blockers';
import { users } from './people';
import { zones } from './places';
import { projects } from './projects';

/**
 * The last 督办单 number a zone gave in a year. Taken by incrementing this row in the transaction that issues
 * the notice: concurrent issuers queue on the row, and a rolled-back issue gives its number back, so the
 * numbers have neither gaps nor duplicates.
 */
export const supervisionCounters = pgTable(
  'supervision_counters',
  {
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.year] })],
);

/** 督办单: a numbered supervision notice on a project (or one of its blockers), answered in the app. */
export const supervisionNotices = pgTable(
  'supervision_notices',
  {
    id: serial('id').primaryKey(),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    /** The number as issued, e.g. 上党督〔2026〕12号: kept as printed even if the zone's prefix changes. */
    number: text('number').notNull(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    blockerId: integer('blocker_id').references(() => blockers.id),
    /** 督办事项 */
    matter: text('matter').notNull(),
    /** The person who must answer (an official of the project); the unit is named in `unit`. */
    addresseeId: integer('addressee_id')
      .notNull()
      .references(() => users.id),
    /** 责任单位 */
    unit: text('unit').notNull().default(''),
    replyDue: date('reply_due').notNull(),
    /** 领导批示, optional. */
    instruction: text('instruction').notNull().default(''),
    status: text('status').notNull().default('open'),
    issuedBy: integer('issued_by')
      .notNull()
      .references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('supervision_notices_number').on(t.zoneId, t.year, t.seq),
    index('supervision_notices_project').on(t.projectId),
    check('supervision_notices_status', sql`${t.status} in ('open', 'replied', 'closed')`),
  ],
);

/** What happened to a 督办单 after it was issued: a reply (回复), its acceptance (办结) or its return (退回). */
export const supervisionEvents = pgTable(
  'supervision_events',
  {
    id: serial('id').primaryKey(),
    noticeId: integer('notice_id')
      .notNull()
      .references(() => supervisionNotices.id),
    kind: text('kind').notNull(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('supervision_events_notice').on(t.noticeId),
    check('supervision_events_kind', sql`${t.kind} in ('reply', 'accept', 'return')`),
  ],
);
