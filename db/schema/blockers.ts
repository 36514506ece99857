import { sql } from 'drizzle-orm';
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
  uuid,
} from 'drizzle-orm/pg-core';
import { BLOCKER_MOVES } from '@/lib/domain/blockers';
import {
  BLOCKER_CATEGORIES,
  BLOCKER_LEVELS,
  BLOCKER_STATUSES,
  BLOCKER_URGENCIES,
} from '@/lib/domain/vocabulary';
import { milestones } from './milestones';
import { users } from './people';
import { projects } from './projects';

export const blockerCategory = pgEnum('blocker_category', BLOCKER_CATEGORIES);
export const blockerUrgency = pgEnum('blocker_urgency', BLOCKER_URGENCIES);
export const blockerStatus = pgEnum('blocker_status', BLOCKER_STATUSES);
export const blockerLevel = pgEnum('blocker_level', BLOCKER_LEVELS);
export const blockerEventKind = pgEnum('blocker_event_kind', ['raise', ...BLOCKER_MOVES]);

/** 困难和问题: raised by a project's official, triaged and pushed to a responsible unit by supervisors. */
export const blockers = pgTable(
  'blockers',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    /** The milestone it holds up, if any. */
    milestoneId: integer('milestone_id').references(() => milestones.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    category: blockerCategory('category').notNull(),
    urgency: blockerUrgency('urgency').notNull().default('normal'),
    status: blockerStatus('status').notNull().default('open'),
    level: blockerLevel('level').notNull().default('zone'),
    /** The date by which it must be solved to keep the project on plan (from the raiser). */
    neededBy: date('needed_by', { mode: 'string' }),
    /** 责任单位 and its deadline, set by a supervisor when assigning. */
    responsibleUnit: text('responsible_unit'),
    deadline: date('deadline', { mode: 'string' }),
    resolution: text('resolution'),
    raisedBy: integer('raised_by')
      .notNull()
      .references(() => users.id),
    /** One per submitted form: a replayed or double-clicked submit finds the blocker it already made. */
    clientKey: uuid('client_key').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('blockers_one_per_submit').on(t.raisedBy, t.clientKey),
    index('blockers_project_idx').on(t.projectId),
    index('blockers_active_idx').on(t.status).where(sql`${t.status} in ('open', 'assigned')`),
  ],
);

/** The blocker's timeline: every move and comment, who and when. */
export const blockerEvents = pgTable(
  'blocker_events',
  {
    id: serial('id').primaryKey(),
    blockerId: integer('blocker_id')
      .notNull()
      .references(() => blockers.id),
    kind: blockerEventKind('kind').notNull(),
    fromStatus: blockerStatus('from_status'),
    toStatus: blockerStatus('to_status').notNull(),
    comment: text('comment').notNull().default(''),
    /** What else the move set (unit, deadline, level …), for the timeline. */
    detail: jsonb('detail'),
    actorId: integer('actor_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('blocker_events_blocker_idx').on(t.blockerId)],
);

/**
 * In-app notifications, written in the same transaction as the change they tell of. The table doubles as the
 * outbox for other channels (email, a messaging webhook): a worker would send the rows it has not sent yet.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    blockerId: integer('blocker_id').references(() => blockers.id),
    projectId: integer('project_id').references(() => projects.id),
    /** What the message needs to be shown in the reader's language (title, actor, move …). */
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);
