import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './people';

/** Append-only: a trigger (migration 0001) refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** The project the change belongs to, when it belongs to one: the project's timeline reads by it. */
    projectId: integer('project_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_project_idx').on(t.projectId, t.at),
    index('audit_at_idx').on(t.at),
    // The refusal log's rate limit counts a person's (or a signed-out address's) recent rows.
    index('audit_actor_idx').on(t.actorId, t.at),
    index('audit_ip_idx').on(t.ip, t.at),
  ],
);
