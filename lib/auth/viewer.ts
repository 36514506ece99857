import { and, eq, notExists, sql } from 'drizzle-orm';
import { endedSessions, notifications, users } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { UserRole } from '@/lib/domain/vocabulary';

/** The signed-in person as the database knows them now (not as the session token remembers them). */
export interface Viewer {
  id: number;
  name: string;
  title: string;
  role: UserRole;
  zoneId: number | null;
  /** Unread notifications, read with the person: every page's header shows it, one statement fewer. */
  unread: number;
}

/** Who a session token says is signing in, and the epoch it was issued in. */
export interface SessionIdentity {
  userId: number;
  epoch: number;
  /** The sign-in's own id; a session signed out (lib/auth/ended-sessions.ts) no longer loads. */
  sid?: string;
}

/**
 * Null for an unknown or disabled user, a session from before the account's password was reset, or one signed
 * out: such a session stops working on its next request, not when its token expires.
 */
export async function loadViewer(db: DbOrTx, session: SessionIdentity): Promise<Viewer | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      title: users.title,
      role: users.role,
      zoneId: users.zoneId,
      // ${users}.id, not ${users.id}: a one-table select leaves columns unqualified, and a bare "id" in the
      // subquery would be the notification's.
      unread: sql<number>`(select count(*)::int from ${notifications} n
        where n.user_id = ${users}.id and n.read_at is null)`,
    })
    .from(users)
    .where(
      and(
        eq(users.id, session.userId),
        eq(users.disabled, false),
        eq(users.sessionEpoch, session.epoch),
        session.sid === undefined
          ? undefined
          : notExists(
              db
                .select({ sid: endedSessions.sid })
                .from(endedSessions)
                .where(eq(endedSessions.sid, session.sid)),
            ),
      ),
    );
  return row ?? null;
}
