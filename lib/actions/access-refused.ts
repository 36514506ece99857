import { auditLog } from '@/db/schema';
import type { Db } from '@/db/types';
import { type Refused, refusalAuditFits } from '@/lib/auth/refusal-audit';
import { toPlainInput } from './plain-input';
import type { FailureCode } from './result';

export const ACCESS_REFUSED = 'access.refused';

/** Refusals that say someone reached for what is not theirs (or is not there), as opposed to a typo. */
export const AUDITED_REFUSALS: ReadonlySet<FailureCode> = new Set([
  'unauthenticated',
  'forbidden',
  'not_found',
]);

/**
 * The ids the request named, and nothing else of its input: whatever else a forged request carries (free
 * text, a password) stays out of the log. An id is a field named `id` or `…Id` holding a whole number.
 */
export function inputIds(raw: unknown): Record<string, number> {
  const ids: Record<string, number> = {};
  for (const [field, value] of Object.entries(toPlainInput(raw))) {
    if (!/^(?:id|[a-zA-Z]{1,40}Id)$/.test(field)) continue;
    const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
    if (typeof n === 'number' && Number.isSafeInteger(n)) ids[field] = n;
  }
  return ids;
}

/**
 * One audit row for a refused action, written after its transaction rolled back, unless this actor (or,
 * signed out, this address) has used up the refusal audit limit. Never fails the request: the refusal is the
 * answer whether or not it could be recorded.
 */
export async function auditRefusal(
  db: Db,
  refusal: { action: string; code: FailureCode; who: Refused; ip: string | null; raw: unknown },
): Promise<void> {
  try {
    const now = new Date();
    if (!(await refusalAuditFits(db, ACCESS_REFUSED, refusal.who, now))) return;
    const ids = inputIds(refusal.raw);
    await db.insert(auditLog).values({
      actorId: refusal.who.actorId,
      action: ACCESS_REFUSED,
      entity: refusal.action,
      entityId: String(Object.values(ids)[0] ?? ''),
      before: null,
      after: { code: refusal.code, ids },
      ip: refusal.ip,
      at: now,
    });
  } catch (err) {
    console.error(`[action ${refusal.action}] refusal not audited:`, err);
  }
}
