import { and, eq } from 'drizzle-orm';
import { noticeOptOuts, users } from '@/db/schema';
import { groupsOn, kindsOutside } from '@/lib/notify/notice-groups';
import { noticeSettingsSchema } from '@/lib/validation/notice-settings';
import { defineAction } from './define-action';
import { ActionFailure } from './result';

/**
 * One's own e-mail address and the kinds of notice to get by e-mail. Only one's own: what reaches a person's
 * mailbox is theirs to choose, so the account is the viewer's whatever the input says.
 */
export const updateNoticeSettingsAction = defineAction({
  name: 'user.notice_settings',
  schema: noticeSettingsSchema,
  permission: 'user.profile',
  async load(tx, _input, viewer) {
    const [account] = await tx
      .select({ id: users.id, zoneId: users.zoneId, email: users.email, version: users.version })
      .from(users)
      .where(eq(users.id, viewer.id))
      .for('update');
    if (!account) return null;
    const optedOut = await tx
      .select({ kind: noticeOptOuts.kind })
      .from(noticeOptOuts)
      .where(and(eq(noticeOptOuts.userId, account.id), eq(noticeOptOuts.channel, 'email')));
    return {
      account,
      emailGroups: groupsOn(optedOut.map((o) => o.kind)),
      version: account.version,
      access: { zoneId: account.zoneId, userId: account.id },
    };
  },
  expectedVersion: (input) => input.version,
  async write(tx, { input, target }) {
    const { account } = target;
    const emailGroups = groupsOn(kindsOutside(input.emailGroups));
    const [after] = await tx
      .update(users)
      .set({ email: input.email, version: account.version + 1 })
      .where(and(eq(users.id, account.id), eq(users.version, account.version)))
      .returning({ id: users.id, version: users.version, email: users.email });
    if (!after) throw new ActionFailure('conflict');
    await tx
      .delete(noticeOptOuts)
      .where(and(eq(noticeOptOuts.userId, account.id), eq(noticeOptOuts.channel, 'email')));
    const off = kindsOutside(emailGroups);
    if (off.length > 0)
      await tx
        .insert(noticeOptOuts)
        .values(off.map((kind) => ({ userId: account.id, kind, channel: 'email' })));
    return {
      data: { ...after, emailGroups },
      audit: {
        entity: 'user',
        entityId: account.id,
        before: { email: account.email, emailGroups: target.emailGroups },
        after: { email: after.email, emailGroups },
      },
    };
  },
});
