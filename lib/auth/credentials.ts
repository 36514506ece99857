import { and, eq, gt, or, sql } from 'drizzle-orm';
import { auditLog, signInAttempts, users } from '@/db/schema';
import type { Db, DbOrTx } from '@/db/types';
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  addressBucket,
  DEVICE_RULE,
  type FailureCount,
  THROTTLE_WINDOW_HOURS,
  type ThrottleRule,
  throttledUntil,
} from '@/lib/domain/sign-in-throttle';
import { signInSchema } from '@/lib/validation/sign-in';
import type { KnownDevice } from './devices';
import { decoyPasswordHash, verifyPassword } from './password';
import { refusalAuditFits } from './refusal-audit';

export interface SignInContext {
  /** The client's address (lib/auth/client-ip.ts); null when not known. */
  ip: string | null;
  /** The browser's genuine notes of earlier sign-ins (lib/auth/devices.ts). */
  devices: KnownDevice[];
  now?: Date;
}

// sign_in_attempts.username holds what a failure is counted against besides the address: the username as
// typed (lower-cased; unknown ones too), or, for a browser that signed in as that user before, the browser's
// device id. A typed username cannot take the device form: device ids are random.
const deviceKey = (device: KnownDevice) => `device:${device.deviceId}`;

async function failureCounts(db: DbOrTx, key: string, address: string | null, now: Date) {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_HOURS * 3_600_000);
  const t = signInAttempts;
  const [row] = await db
    .select({
      keyFailures: sql<number>`count(*) filter (where ${t.username} = ${key})`.mapWith(Number),
      keyLast: sql`max(${t.at}) filter (where ${t.username} = ${key})`.mapWith(t.at),
      addressFailures: sql<number>`count(*) filter (where ${t.ip} = ${address})`.mapWith(Number),
      addressLast: sql`max(${t.at}) filter (where ${t.ip} = ${address})`.mapWith(t.at),
    })
    .from(t)
    .where(
      and(
        eq(t.success, false),
        gt(t.at, since),
        address === null ? eq(t.username, key) : or(eq(t.username, key), eq(t.ip, address)),
      ),
    );
  const count = (failures = 0, last: Date | null = null): FailureCount => ({ failures, lastFailureAt: last });
  return {
    key: count(row?.keyFailures, row?.keyLast),
    address: count(row?.addressFailures, row?.addressLast),
  };
}

/**
 * Checks a sign-in. Every failure (unknown user, wrong password, disabled account, throttled) gives the same
 * null; each counted failure is audited, and so are refusals during a wait (as many as the refusal audit
 * limit allows). An attempt during a wait is refused before the password is looked at and is not counted.
 * Signing in is not a domain write, so it does not go through defineAction; it writes only these records.
 */
export async function checkCredentials(db: Db, raw: unknown, request: SignInContext) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const now = request.now ?? new Date();
  const username = parsed.data.username.toLowerCase();
  const address = request.ip === null ? null : addressBucket(request.ip);
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, username));
  const device = user && request.devices.find((d) => d.userId === user.id);
  const key = device ? deviceKey(device) : username;
  const audit = (reason: string, extra: object = {}) => ({
    actorId: null,
    action: 'auth.sign_in_failed',
    entity: 'user',
    entityId: username,
    before: null,
    // Why, for whoever reads the audit log; the person signing in only ever sees the same message.
    after: { reason, ...(device ? { knownDevice: true } : {}), ...extra },
    ip: request.ip,
    at: now,
  });

  // Decided and counted under a lock per account (or device) and per address, before the password is
  // verified: otherwise a burst of parallel attempts would all pass the check before any of them is counted.
  const decision = await db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(1, hashtext(${key})), pg_advisory_xact_lock(2, hashtext(${address ?? ''}))`,
    );
    const counts = await failureCounts(tx, key, address, now);
    const rules: [ThrottleRule, FailureCount][] = [[device ? DEVICE_RULE : ACCOUNT_RULE, counts.key]];
    if (address !== null) rules.push([ADDRESS_RULE, counts.address]);
    const until = throttledUntil(now, rules);
    if (until) return { until, attemptId: 0 };
    // Counted as a failure until the password proves otherwise.
    const [attempt] = await tx
      .insert(signInAttempts)
      .values({ username: key, ip: address, success: false, at: now })
      .returning({ id: signInAttempts.id });
    return { until: null, attemptId: attempt?.id ?? 0 };
  });

  if (decision.until) {
    const who = { actorId: null, ip: request.ip };
    if (await refusalAuditFits(db, 'auth.sign_in_failed', who, now))
      await db.insert(auditLog).values(audit('throttled', { until: decision.until.toISOString() }));
    return null;
  }

  // A hash is verified even for an unknown user, so that the answer takes as long as for a wrong password.
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    parsed.data.password,
  );
  if (user && passwordOk && !user.disabled) {
    await db.update(signInAttempts).set({ success: true }).where(eq(signInAttempts.id, decision.attemptId));
    return user;
  }
  await db
    .insert(auditLog)
    .values(audit(!user ? 'unknown_user' : user.disabled ? 'disabled' : 'wrong_password'));
  return null;
}
