import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './people';
import { zones } from './places';

/**
 * A zone's scheduled reminders, set by its admin; a zone without a row uses the defaults (every reminder on,
 * 周报 due Thursday 16:00, milestones 7 days ahead, at the zone's local time).
 */
export const zoneReminders = pgTable(
  'zone_reminders',
  {
    zoneId: integer('zone_id')
      .primaryKey()
      .references(() => zones.id),
    /** 周报 due: officials of projects not yet filed, on `filingWeekday` (1 = Monday … 7 = Sunday) at `filingTime`. */
    filingEnabled: boolean('filing_enabled').notNull().default(true),
    filingWeekday: integer('filing_weekday').notNull().default(4),
    filingTime: text('filing_time').notNull().default('16:00'),
    /** Milestones due within `milestoneDays` days or overdue, and blocker deadlines (办结时限) reached: daily at `dailyTime`. */
    milestoneEnabled: boolean('milestone_enabled').notNull().default(true),
    milestoneDays: integer('milestone_days').notNull().default(7),
    blockerEnabled: boolean('blocker_enabled').notNull().default(true),
    dailyTime: text('daily_time').notNull().default('09:00'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('zone_reminders_weekday', sql`${t.filingWeekday} between 1 and 7`),
    check('zone_reminders_days', sql`${t.milestoneDays} between 1 and 60`),
    check(
      'zone_reminders_times',
      sql`${t.filingTime} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.dailyTime} ~ '^[0-2][0-9]:[0-5][0-9]$'`,
    ),
  ],
);

/**
 * A reminder given: at most one per (reason, recipient, object, period), which the primary key holds however
 * many app processes run the scheduler at once (insert … on conflict do nothing decides who tells).
 */
export const reminderSends = pgTable(
  'reminder_sends',
  {
    reason: text('reason').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** The project, milestone or blocker the reminder is about. */
    objectId: integer('object_id').notNull(),
    /** The period it is for, in the zone's calendar: a week's Monday or a day, as YYYY-MM-DD. */
    period: text('period').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reason, t.userId, t.objectId, t.period] })],
);
