import { and, eq, sql } from 'drizzle-orm';
import { notifyChannels, outbox } from '@/db/schema';
import type { Tx } from '@/db/types';
import { resendFailedSchema, setChannelEnabledSchema } from '@/lib/validation/channel';
import { defineAction } from './define-action';

// Neither action has a version to check: each sets a state that is the same however often it is set.

const loadChannel = async (tx: Tx, channelId: number) => {
  const [channel] = await tx
    .select({ id: notifyChannels.id, zoneId: notifyChannels.zoneId, enabled: notifyChannels.enabled })
    .from(notifyChannels)
    .where(eq(notifyChannels.id, channelId))
    .for('update');
  return channel ? { channel, access: { zoneId: channel.zoneId } } : null;
};

/** 启用/停用: a disabled channel gets nothing new, and what it has queued waits until it is enabled again. */
export const setChannelEnabledAction = defineAction({
  name: 'channel.set_enabled',
  schema: setChannelEnabledSchema,
  permission: 'channel.manage',
  unversioned: 'idempotent',
  load: (tx, input) => loadChannel(tx, input.channelId),
  async write(tx, { input, target }) {
    const before = target.channel;
    if (before.enabled === input.enabled) return { data: before, audit: null };
    const [after] = await tx
      .update(notifyChannels)
      .set({ enabled: input.enabled })
      .where(eq(notifyChannels.id, before.id))
      .returning({ id: notifyChannels.id, zoneId: notifyChannels.zoneId, enabled: notifyChannels.enabled });
    if (!after) throw new Error('update returned nothing');
    return {
      data: after,
      audit: {
        entity: 'notify_channel',
        entityId: before.id,
        before: { enabled: before.enabled },
        after: { enabled: after.enabled },
      },
    };
  },
});

/**
 * 重发失败消息: the channel's failed messages (receiver refused them for good, or they ran out of tries) are
 * tried again from the first try, once the admin has put right what was wrong.
 */
export const resendFailedAction = defineAction({
  name: 'channel.resend_failed',
  schema: resendFailedSchema,
  permission: 'channel.manage',
  unversioned: 'idempotent',
  load: (tx, input) => loadChannel(tx, input.channelId),
  async write(tx, { target }) {
    const resent = await tx
      .update(outbox)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()` })
      .where(and(eq(outbox.channelId, target.channel.id), eq(outbox.status, 'failed')))
      .returning({ id: outbox.id });
    return {
      data: { resent: resent.length },
      audit:
        resent.length === 0
          ? null
          : {
              entity: 'notify_channel',
              entityId: target.channel.id,
              before: null,
              after: { resent: resent.length },
            },
    };
  },
});
