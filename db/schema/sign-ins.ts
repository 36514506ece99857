import { boolean, index, integer, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './people';

/**
 * Sign-in attempts, kept in the database so that throttling holds across several app instances: too many
 * failures for one account, or from one address, within a window are refused for a while.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: serial('id').primaryKey(),
    /** as typed, lower-cased: unknown usernames are throttled too */
    username: text('username').notNull(),
    ip: text('ip'),
    success: boolean('success').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sign_in_attempts_user_idx').on(t.username, t.at),
    index('sign_in_attempts_ip_idx').on(t.ip, t.at),
  ],
);

/**
 * Sessions ended by signing out before their token expired: a copy of the token (a shared computer, a stolen
 * cookie) must not outlive the sign-out. Rows are dropped once the token would have expired anyway.
 */
export const endedSessions = pgTable(
  'ended_sessions',
  {
    sid: uuid('sid').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ended_sessions_expiry_idx').on(t.expiresAt)],
);
