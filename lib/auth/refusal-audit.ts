import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { auditLog } from '@/db/schema';
import type { DbOrTx } from '@/db/types';

// Refusals are audited so that probing shows in the log, but a prober must not be able to flood it: each
// actor (or, signed out, each address) gets at most this many rows of one kind of refusal per window. What
// is not recorded is still refused.
export const REFUSAL_AUDIT_LIMIT = { rows: 20, minutes: 10 };

/** Who is refused: a known user, else the address the request came from (null: not known). */
export type Refused = { actorId: number } | { actorId: null; ip: string | null };

/** Whether one more audit row of `action` for `who` fits within the limit at `now`. */
export async function refusalAuditFits(
  db: DbOrTx,
  action: string,
  who: Refused,
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - REFUSAL_AUDIT_LIMIT.minutes * 60_000);
  const [row] = await db
    .select({ rows: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, action),
        gt(auditLog.at, since),
        who.actorId !== null
          ? eq(auditLog.actorId, who.actorId)
          : and(isNull(auditLog.actorId), who.ip === null ? isNull(auditLog.ip) : eq(auditLog.ip, who.ip)),
      ),
    );
  return (row?.rows ?? 0) < REFUSAL_AUDIT_LIMIT.rows;
}
