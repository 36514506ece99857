import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { zones } from './places';

/**
 * A zone's way out of the app: a group robot (企业微信 or 钉钉 custom robot), which gets one message per event,
 * or its mail server (SMTP), which mails each person told who has an address. The webhook URL, the 钉钉
 * signing secret and the SMTP password are credentials: they stay on the server.
 */
export const notifyChannels = pgTable(
  'notify_channels',
  {
    id: serial('id').primaryKey(),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => zones.id),
    kind: text('kind').notNull(),
    /** '' for e-mail. */
    webhookUrl: text('webhook_url').notNull(),
    /** 钉钉's 加签 secret or the SMTP password; '' when there is none. */
    secret: text('secret').notNull().default(''),
    /** E-mail only: host, port, secure, user and from address; {} for robots. */
    settings: jsonb('settings').notNull().default({}),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('notify_channels_kind', sql`${t.kind} in ('wecom', 'dingtalk', 'email')`)],
);

/**
 * A message to send outside the app, written in the transaction of the event that causes it and sent later
 * by the outbox worker (lib/notify/outbox.ts): nothing is sent for a change that rolled back, and nothing is
 * lost while a receiver is down.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: serial('id').primaryKey(),
    channelId: integer('channel_id')
      .notNull()
      .references(() => notifyChannels.id),
    /** The e-mail address for e-mail; '' for a group robot (the group is the recipient). */
    recipient: text('recipient').notNull().default(''),
    /** The message as the channel's API takes it, before signing; for e-mail its subject and text. */
    body: jsonb('body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    check('outbox_status', sql`${t.status} in ('pending', 'sent', 'failed')`),
    index('outbox_due').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);
