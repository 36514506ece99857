import { eq } from 'drizzle-orm';
import { notifyChannels, outbox, zones } from '@/db/schema';
import { DEFAULT_LOCALE } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import { addChannelSchema, testChannelSchema } from '@/lib/validation/channel';
import { defineAction } from './define-action';

// A zone's work-group robots. The webhook URL and the secret are credentials: the audit row and the answer
// name the robot by its id and kind only, and no page shows more than the URL's host.

const described = (c: { id: number; zoneId: number; kind: string; enabled: boolean }) => ({
  id: c.id,
  zoneId: c.zoneId,
  kind: c.kind,
  enabled: c.enabled,
});

export const addChannelAction = defineAction({
  name: 'channel.add',
  schema: addChannelSchema,
  permission: 'channel.manage',
  unversioned: 'creates',
  async load(tx, input) {
    const [zone] = await tx.select({ id: zones.id }).from(zones).where(eq(zones.id, input.zoneId));
    return zone ? { access: { zoneId: zone.id } } : null;
  },
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

/** 发送测试消息: one message on this robot only, through the outbox like any other. */
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
    const [row] = await tx
      .insert(outbox)
      .values({
        channelId: target.channel.id,
        body: { title: t('channels.testTitle'), text: t('channels.testText', { name: viewer.name }) },
      })
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
