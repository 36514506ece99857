import { boolean, index, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

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
