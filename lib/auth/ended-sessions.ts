import { lt } from 'drizzle-orm';
import { auditLog, endedSessions } from '@/db/schema';
import type { Db } from '@/db/types';

/** How long a sign-in lasts, renewals included: a token is refused this long after its sign-in. */
export const SESSION_HOURS = 12;

/** What a token tells about its sign-in: the session id, the user and when it signed in (seconds). */
export interface SessionToken {
  sid?: unknown;
  sub?: unknown;
  signedInAt?: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isSessionId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** When a sign-in's tokens stop, however often they were renewed. */
export const sessionEndsAt = (signedInAt: number) => new Date((signedInAt + SESSION_HOURS * 3600) * 1000);

/**
 * Whether a token may be renewed: it has a session id and a sign-in time, and the sign-in is less than
 * SESSION_HOURS old. Without this, renewing a copied token would keep it alive past its sign-in's end and
 * past the row that records its sign-out.
 */
export function isSessionLive(token: SessionToken, now: Date): boolean {
  const signedInAt = Number(token.signedInAt);
  return isSessionId(token.sid) && Number.isFinite(signedInAt) && now < sessionEndsAt(signedInAt);
}

/**
 * Records a sign-out so that the token, and any copy of it, stops working at once, with one audit row (again
 * is harmless). Rows of sign-ins that have ended anyway are dropped in the same transaction.
 */
export async function endSession(db: Db, token: SessionToken): Promise<void> {
  const userId = Number(token.sub);
  const signedInAt = Number(token.signedInAt);
  if (!isSessionId(token.sid) || !Number.isInteger(userId) || !Number.isFinite(signedInAt)) return;
  const sid = token.sid;
  await db.transaction(async (tx) => {
    await tx.delete(endedSessions).where(lt(endedSessions.expiresAt, new Date()));
    const recorded = await tx
      .insert(endedSessions)
      .values({ sid, userId, expiresAt: sessionEndsAt(signedInAt) })
      .onConflictDoNothing()
      .returning({ sid: endedSessions.sid });
    if (recorded.length === 0) return;
    await tx.insert(auditLog).values({
      actorId: userId,
      action: 'auth.sign_out',
      entity: 'user',
      entityId: String(userId),
      after: { sid },
    });
  });
}
