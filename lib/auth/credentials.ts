import { and, count, eq, gt, or, sql } from 'drizzle-orm';
import { auditLog, signInAttempts, users } from '@/db/schema';
import type { Db } from '@/db/types';
import { isThrottled, THROTTLE_WINDOW_MINUTES } from '@/lib/domain/sign-in-throttle';
import { signInSchema } from '@/lib/validation/sign-in';
import { decoyPasswordHash, verifyPassword } from './password';

async function recentFailures(db: Db, username: string, ip: string | null) {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);
  const [row] = await db
    .select({
      accountFailures: count(sql`case when ${signInAttempts.username} = ${username} then 1 end`),
      addressFailures: count(sql`case when ${signInAttempts.ip} = ${ip} then 1 end`),
    })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.success, false),
        gt(signInAttempts.at, since),
        ip === null
          ? eq(signInAttempts.username, username)
          : or(eq(signInAttempts.username, username), eq(signInAttempts.ip, ip)),
      ),
    );
  return row ?? { accountFailures: 0, addressFailures: 0 };
}

/**
 * Checks a sign-in. Every failure (unknown user, wrong password, disabled account, throttled) gives the same
 * null after the same work (a password hash is always verified), is counted for throttling and is audited.
 * Signing in is not a domain write, so it does not go through defineAction; it writes only these records.
 */
export async function checkCredentials(db: Db, raw: unknown, ip: string | null) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const username = parsed.data.username.toLowerCase();
  const throttled = isThrottled(await recentFailures(db, username, ip));
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, username));
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    parsed.data.password,
  );
  const ok = !throttled && user !== undefined && passwordOk && !user.disabled;

  await db.transaction(async (tx) => {
    // A refusal while throttled is not counted: the lock ends with the window of the real failures, so
    // nobody can keep an account locked just by knocking.
    if (!throttled) await tx.insert(signInAttempts).values({ username, ip, success: ok });
    if (!ok) {
      await tx.insert(auditLog).values({
        actorId: null,
        action: 'auth.sign_in_failed',
        entity: 'user',
        entityId: username,
        before: null,
        // Why, for whoever reads the audit log; the person signing in only ever sees the same message.
        after: {
          reason: throttled
            ? 'throttled'
            : !user
              ? 'unknown_user'
              : user.disabled
                ? 'disabled'
                : 'wrong_password',
        },
        ip,
      });
    }
  });
  return ok && user ? user : null;
}
