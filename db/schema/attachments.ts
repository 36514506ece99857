import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ATTACHMENT_KINDS, ATTACHMENT_TARGETS } from '@/lib/attachments/kinds';
import { blockers } from './blockers';
import { milestones } from './milestones';
import { users } from './people';
import { projects } from './projects';

export const attachmentTarget = pgEnum('attachment_target', ATTACHMENT_TARGETS);
export const attachmentKind = pgEnum('attachment_kind', ATTACHMENT_KINDS);

/** Raw bytes: node-postgres returns a Buffer, PGlite a Uint8Array; both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * 形象进度照片 and 附件: a photo or file hung on a week's filing, a milestone or a blocker of one project.
 * The id is random, but never the only guard: every download checks the project's permission.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    target: attachmentTarget('target').notNull(),
    /** For 'week': the Monday of the report week it belongs to (the filing may not exist yet). */
    weekStart: date('week_start', { mode: 'string' }),
    milestoneId: integer('milestone_id').references(() => milestones.id),
    blockerId: integer('blocker_id').references(() => blockers.id),
    kind: attachmentKind('kind').notNull(),
    /** The name it was uploaded under, cleaned; only ever shown and offered as the download's name. */
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    /** Stored bytes (after re-encoding), what the project's quota counts. */
    byteSize: integer('byte_size').notNull(),
    width: integer('width'),
    height: integer('height'),
    /** The camera's capture time, as the camera's clock read it (no time zone is recorded with it). */
    takenAt: timestamp('taken_at', { mode: 'string' }),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('attachments_project_idx').on(t.projectId, t.uploadedAt),
    index('attachments_week_idx').on(t.weekStart, t.projectId),
    index('attachments_milestone_idx').on(t.milestoneId),
    index('attachments_blocker_idx').on(t.blockerId),
    check(
      'attachments_one_target',
      sql`(${t.target} = 'week' and ${t.weekStart} is not null and ${t.milestoneId} is null and ${t.blockerId} is null)
       or (${t.target} = 'milestone' and ${t.milestoneId} is not null and ${t.weekStart} is null and ${t.blockerId} is null)
       or (${t.target} = 'blocker' and ${t.blockerId} is not null and ${t.weekStart} is null and ${t.milestoneId} is null)`,
    ),
    check('attachments_size_positive', sql`${t.byteSize} > 0`),
  ],
);

/** The bytes of the default store (lib/attachments/store-pg.ts): the file and, for a photo, its thumbnail. */
export const attachmentBlobs = pgTable(
  'attachment_blobs',
  {
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => attachments.id, { onDelete: 'cascade' }),
    variant: text('variant', { enum: ['file', 'thumb'] }).notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.attachmentId, t.variant] })],
);
