import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './people';
import { projects } from './projects';

/** The three batches of a "三个一批" round: 签约一批, 开工一批, 投产一批. */
export const CAMPAIGN_BATCHES = ['signed', 'started', 'in_production'] as const;
export const campaignBatch = pgEnum('campaign_batch', CAMPAIGN_BATCHES);

/**
 * A "三个一批" round (the province holds them; 5 since 2023 at the report's time). City-wide, so a round is its
 * name and the day it was held: one name on one day is one round, whoever enters it.
 */
export const campaignRounds = pgTable(
  'campaign_rounds',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [unique('campaign_rounds_once').on(t.name, t.heldOn)],
);

/** A project listed in a round's batch. */
export const campaignEntries = pgTable(
  'campaign_entries',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => campaignRounds.id, { onDelete: 'cascade' }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    batch: campaignBatch('batch').notNull(),
  },
  (t) => [
    uniqueIndex('campaign_entries_once').on(t.roundId, t.projectId, t.batch),
    index('campaign_entries_project_idx').on(t.projectId),
  ],
);
