import { and, eq, or } from 'drizzle-orm';
import { users } from '@/db/schema';
import { accountScope } from '@/lib/queries/users';
import { updateProfileSchema } from '@/lib/validation/plan';
import { defineAction } from './define-action';
import { ActionFailure } from './result';

const phonesOf = (u: { officePhone: string; mobile: string }) => ({
  officePhone: u.officePhone,
  mobile: u.mobile,
});

/** A person's office phone and mobile: their own, or an account an admin manages. */
export const updateProfileAction = defineAction({
  name: 'user.update_profile',
  schema: updateProfileSchema,
  permission: 'user.profile',
  async load(tx, input, viewer) {
    // No scope is every account (a city admin): or() would drop it and leave only the viewer's own.
    const scope = accountScope(viewer);
    const [account] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, input.userId), scope && or(eq(users.id, viewer.id), scope)))
      .limit(1)
      .for('update');
    if (!account) return null;
    return { account, version: account.version, access: { zoneId: account.zoneId, userId: account.id } };
  },
  expectedVersion: (input) => input.version,
  async write(tx, { input, target }) {
    const before = target.account;
    const [after] = await tx
      .update(users)
      .set({ officePhone: input.officePhone, mobile: input.mobile, version: before.version + 1 })
      .where(and(eq(users.id, before.id), eq(users.version, before.version)))
      .returning({
        id: users.id,
        version: users.version,
        officePhone: users.officePhone,
        mobile: users.mobile,
      });
    if (!after) throw new ActionFailure('conflict');
    return {
      data: after,
      audit: { entity: 'user', entityId: before.id, before: phonesOf(before), after: phonesOf(after) },
    };
  },
});
