import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { assignmentRole, userRole } from './enums';
import { zones } from './places';
import { projects } from './projects';

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    name: text('name').notNull(),
    /** Official title, e.g. 管委会副主任 */
    title: text('title').notNull().default(''),
    /** Shown to the people of the zone on the projects the person holds. */
    officePhone: text('office_phone').notNull().default(''),
    mobile: text('mobile').notNull().default(''),
    /** Where the person's notices go by e-mail, when the zone has a mail server; '' for none. */
    email: text('email').notNull().default(''),
    role: userRole('role').notNull(),
    /** null only for city-level admins and supervisors, who reach every zone. */
    zoneId: integer('zone_id').references(() => zones.id),
    disabled: boolean('disabled').notNull().default(false),
    /** argon2id, PHC string format */
    passwordHash: text('password_hash').notNull(),
    version: integer('version').notNull().default(1),
    /**
     * Sessions carry the epoch they were issued in; resetting the password or disabling the account moves it
     * on, so every session issued before stops working on its next request.
     */
    sessionEpoch: integer('session_epoch').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_unique').on(sql`lower(${t.username})`),
    check('users_zone_required', sql`${t.zoneId} is not null or ${t.role} in ('admin', 'supervisor')`),
  ],
);

/** 包联: an official holding one of the "三个一" roles on a project, from `since` until `until`. */
export const projectAssignments = pgTable(
  'project_assignments',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    role: assignmentRole('role').notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    until: date('until', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The database itself refuses a second active holder of one role on one project.
    uniqueIndex('assignments_one_active_holder').on(t.projectId, t.role).where(sql`${t.until} is null`),
    // …and one person holds at most one of the three roles on a project: each role is a different person.
    uniqueIndex('assignments_one_role_per_person').on(t.projectId, t.userId).where(sql`${t.until} is null`),
    index('assignments_user_idx').on(t.userId),
    check('assignments_period', sql`${t.until} is null or ${t.until} >= ${t.since}`),
  ],
);

/**
 * A kind of notice a person does not want on a channel besides the app (in-app is always on): one row per
 * (kind, channel) they turned off, so a new kind reaches everyone until they say otherwise.
 */
export const noticeOptOuts = pgTable(
  'notice_opt_outs',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind, t.channel] }),
    check('notice_opt_outs_channel', sql`${t.channel} in ('email')`),
  ],
);
