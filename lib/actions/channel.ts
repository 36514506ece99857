import { eq } from 'drizzle-orm';
import { notifyChannels, outbox, users, zones } from '@/db/schema';
import type { Tx } from '@/db/types';
import { DEFAULT_LOCALE } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import { addChannelSchema, addEmailChannelSchema, testChannelSchema } from '@/lib/validation/channel';
import { defineAction } from './define-action';
import { refusal } from './result';

// A zone's ways out of the app: work-group robots and mail servers. The webhook URL, the secret and the SMTP
// password are credentials: the audit row and the answer name the channel by its id and kind (a mail server
// by its host, port and sender) only, and no page shows more than the URL's host.

const described = (c: { id: number; zoneId: number; kind: string; enabled: boolean }) => ({
  id: c.id,
  zoneId: c.zoneId,
  kind: c.kind,
  enabled: c.enabled,
});

const zoneOf = async (tx: Tx, zoneId: number) => {
  const [zone] = await tx.select({ id: zones.id }).from(zones).where(eq(zones.id, zoneId));
  return zone ? { access: { zoneId: zone.id } } : null;
};

export const addChannelAction = defineAction({
  name: 'channel.add',
  schema: addChannelSchema,
  permission: 'channel.manage',
  unversioned: 'creates',
  load: (tx, input) => zoneOf(tx, input.zoneId),
  async write(tx, { input }) {
    const [row] = await tx
      .insert(notifyChannels)
      .values({ zoneId: input.zoneId, kind: input.kind, webhookUrl: input.webhookUrl, secret: input.secret })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    return {
      data: described(row),
      audit: { entity: 'notify_channel', entityId: row.id, before: null, after: described(row) },
    };
  },
});

/** A zone's mail server (SMTP): the password is kept as the channel's secret, the rest as its settings. */
export const addEmailChannelAction = defineAction({
  name: 'channel.add_email',
  schema: addEmailChannelSchema,
  permission: 'channel.manage',
  unversioned: 'creates',
  load: (tx, input) => zoneOf(tx, input.zoneId),
  async write(tx, { input }) {
    const { zoneId, password, ...settings } = input;
    const [row] = await tx
      .insert(notifyChannels)
      .values({ zoneId, kind: 'email', webhookUrl: '', secret: password, settings })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const shown = { ...described(row), host: settings.host, port: settings.port, from: settings.from };
    return {
      data: shown,
      audit: { entity: 'notify_channel', entityId: row.id, before: null, after: shown },
    };
  },
});

/**
 * 发送测试消息: one message on this channel only, through the outbox like any other. A robot posts it to its
 * group; a mail server mails it to the admin, who must have an address (set on 个人资料).
 */
export const testChannelAction = defineAction({
  name: 'channel.test',
  schema: testChannelSchema,
  permission: 'channel.manage',
  unversioned: 'creates',
  async load(tx, input) {
    const [channel] = await tx.select().from(notifyChannels).where(eq(notifyChannels.id, input.channelId));
    return channel ? { channel, access: { zoneId: channel.zoneId } } : null;
  },
  async write(tx, { target, viewer }) {
    const t = translatorFor(DEFAULT_LOCALE);
    const title = t('channels.testTitle');
    const text = t('channels.testText', { name: viewer.name });
    let message: { recipient: string; body: object } = { recipient: '', body: { title, text } };
    if (target.channel.kind === 'email') {
      const [me] = await tx.select({ email: users.email }).from(users).where(eq(users.id, viewer.id));
      if (!me?.email) throw refusal('invalid', 'channels.noOwnEmail');
      message = {
        recipient: me.email,
        body: { subject: title, text: t('channels.testMailText', { name: viewer.name }) },
      };
    }
    const [row] = await tx
      .insert(outbox)
      .values({ channelId: target.channel.id, ...message })
      .returning({ id: outbox.id });
    return {
      data: { queued: row?.id ?? 0 },
      audit: {
        entity: 'notify_channel',
        entityId: target.channel.id,
        before: null,
        after: { test: row?.id },
      },
    };
  },
});
