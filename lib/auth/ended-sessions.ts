import { lt } from 'drizzle-orm';
import { auditLog, endedSessions } from '@/db/schema';
import type { Db } from '@/db/types';

/** What a signed-out token tells: its session id, its user and when it would have expired (seconds). */
export interface EndingToken {
  sid?: unknown;
  sub?: unknown;
  exp?: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isSessionId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Records a sign-out so that the token stops working everywhere at once, with its audit row; rows of tokens
 * that have expired by now are dropped in the same transaction. A token without a session id (issued before
 * sign-outs were recorded) is left to expire.
 */
export async function endSession(db: Db, token: EndingToken): Promise<void> {
  const userId = Number(token.sub);
  const exp = Number(token.exp);
  if (
    typeof token.sid !== 'string' ||
    !UUID.test(token.sid) ||
    !Number.isInteger(userId) ||
    !Number.isFinite(exp)
  )
    return;
  const sid = token.sid;
  await db.transaction(async (tx) => {
    await tx.delete(endedSessions).where(lt(endedSessions.expiresAt, new Date()));
    await tx
      .insert(endedSessions)
      .values({ sid, userId, expiresAt: new Date(exp * 1000) })
      .onConflictDoNothing();
    await tx.insert(auditLog).values({
      actorId: userId,
      action: 'auth.sign_out',
      entity: 'user',
      entityId: String(userId),
      after: { sid },
    });
  });
}
