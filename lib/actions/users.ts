import { and, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { recordPinyin } from '@/db/name-pinyin';
import { users, zones } from '@/db/schema';
import type { Tx } from '@/db/types';
import { hashPassword } from '@/lib/auth/password';
import type { Viewer } from '@/lib/auth/viewer';
import { zoneScope } from '@/lib/queries/scope';
import { accountColumns, accountScope } from '@/lib/queries/users';
import { createUserSchema, resetPasswordSchema, setUserDisabledSchema } from '@/lib/validation/users';
import { defineAction } from './define-action';
import { ActionFailure, invalidField } from './result';

// User management. Every audit entry is built from `accountColumns`, so no password hash ever reaches the
// audit log, the client or a log line.

/** The account, scoped to the viewer's reach (another zone's account is simply not there) and locked. */
async function loadAccount(tx: Tx, userId: number, viewer: Viewer) {
  const [account] = await tx
    .select(accountColumns)
    .from(users)
    .where(and(eq(users.id, userId), accountScope(viewer)))
    .limit(1)
    .for('update');
  if (!account) return null;
  return { account, version: account.version, access: { zoneId: account.zoneId } };
}
type AccountTarget = NonNullable<Awaited<ReturnType<typeof loadAccount>>>;

/** Applies a change under the version the editor saw, bumping it. */
async function updateAccount(tx: Tx, target: AccountTarget, change: PgUpdateSetSource<typeof users>) {
  const [after] = await tx
    .update(users)
    .set({ ...change, version: target.version + 1 })
    .where(and(eq(users.id, target.account.id), eq(users.version, target.version)))
    .returning(accountColumns);
  if (!after) throw new ActionFailure('conflict');
  return after;
}

/** A replay of the admin's submit gets the account it made, not "username taken". */
export const createUserAction = defineAction({
  name: 'user.create',
  schema: createUserSchema,
  permission: 'user.manage',
  unversioned: 'creates',
  submit: (input) => ({ clientKey: input.clientKey, target: `user:${input.username}` }),
  /**
   * The target is the zone the account goes to: the one asked for, else the viewer's own (a zone admin's
   * accounts stay in their zone; a city admin's default is city level). A zone out of reach is not found.
   */
  async load(tx, input, viewer) {
    const zoneId = input.zoneId ?? viewer.zoneId;
    if (zoneId === null) return { access: { zoneId } };
    const [zone] = await tx
      .select({ id: zones.id })
      .from(zones)
      .where(and(eq(zones.id, zoneId), zoneScope(viewer, zones.id)));
    return zone ? { access: { zoneId: zone.id } } : null;
  },
  async write(tx, { input, target }) {
    const { zoneId } = target.access;
    // Only admins and supervisors may work city-wide; the database's check would say so less kindly.
    if (zoneId === null && (input.role === 'official' || input.role === 'viewer')) {
      throw invalidField('zoneId', 'userValidation.zoneRequired');
    }
    // The unique index on lower(username) decides, also between two admins creating one name at once.
    const [after] = await tx
      .insert(users)
      .values({
        username: input.username,
        name: input.name,
        title: input.title,
        role: input.role,
        zoneId,
        passwordHash: await hashPassword(input.password),
      })
      .onConflictDoNothing()
      .returning(accountColumns);
    if (!after) throw invalidField('username', 'userValidation.usernameTaken');
    await recordPinyin(tx, after.name);
    return { data: after, audit: { entity: 'user', entityId: after.id, before: null, after } };
  },
});

export const resetPasswordAction = defineAction({
  name: 'user.reset_password',
  schema: resetPasswordSchema,
  permission: 'user.manage',
  load: (tx, input, viewer) => loadAccount(tx, input.userId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target }) {
    // A reset usually means the old password may be known: every session signed in with it ends.
    const after = await updateAccount(tx, target, {
      passwordHash: await hashPassword(input.password),
      sessionEpoch: sql`${users.sessionEpoch} + 1`,
    });
    return {
      data: after,
      // The fact, never the secret: the audit shows that (and when, and by whom) the password changed.
      audit: {
        entity: 'user',
        entityId: after.id,
        before: target.account,
        after: { ...after, passwordReset: true },
      },
    };
  },
});

export const setUserDisabledAction = defineAction({
  name: 'user.set_disabled',
  schema: setUserDisabledSchema,
  permission: 'user.manage',
  load: (tx, input, viewer) => loadAccount(tx, input.userId, viewer),
  expectedVersion: (input) => input.version,
  async write(tx, { input, target, viewer }) {
    // Another admin must do it, so that whoever disables an admin is still there to undo a mistake.
    if (input.disabled && target.account.id === viewer.id) {
      throw invalidField('disabled', 'userValidation.cannotDisableSelf');
    }
    // Disabling ends every session for good: re-enabling does not bring the old ones back.
    const after = await updateAccount(tx, target, {
      disabled: input.disabled,
      ...(input.disabled ? { sessionEpoch: sql`${users.sessionEpoch} + 1` } : {}),
    });
    return { data: after, audit: { entity: 'user', entityId: after.id, before: target.account, after } };
  },
});
