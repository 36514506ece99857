import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './people';

/**
 * One row per submitted create form (a comment, a milestone, a project, a round, an account …): the key the
 * form made once, and what the first submit answered. A replayed or double-clicked submit finds the row and gets
 * that answer back instead of creating a second one; the primary key decides between concurrent replays, which
 * wait on it until the first one commits. Blockers and plan change requests keep their key on their own row.
 */
export const submissions = pgTable(
  'submissions',
  {
    actorId: integer('actor_id')
      .notNull()
      .references(() => users.id),
    clientKey: uuid('client_key').notNull(),
    /** The action's name and what it acted on ('blocker:12', 'zone:1'): a key is good for that one thing. */
    action: text('action').notNull(),
    target: text('target').notNull(),
    /** The first submit's answer, written in the same transaction as what it made. */
    result: jsonb('result'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'submissions_once', columns: [t.actorId, t.clientKey] })],
);
