import { and, eq } from 'drizzle-orm';
import { submissions } from '@/db/schema';
import type { Tx } from '@/db/types';
import { invalidField } from './result';

/** What a stored answer can be: it comes back from a jsonb column as it went in. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** A create form's key (made once per form in the browser) and the one thing the submit acts on or makes. */
export interface SubmitKey {
  clientKey: string;
  /** e.g. 'project:12', 'user:wang': the same key for another target is a forged or confused request. */
  target: string;
}

/**
 * Takes the key for this submit, or finds that an earlier submit took it. Returns null when this is the first
 * (go on and create); else the earlier submit's answer (create nothing). A concurrent replay waits here on the
 * primary key until the first one commits (then it finds its answer) or rolls back (then it is the first).
 */
export async function claimSubmit(
  tx: Tx,
  actorId: number,
  action: string,
  key: SubmitKey,
): Promise<{ answer: unknown } | null> {
  const [claimed] = await tx
    .insert(submissions)
    .values({ actorId, clientKey: key.clientKey, action, target: key.target })
    .onConflictDoNothing()
    .returning({ actorId: submissions.actorId });
  if (claimed) return null;
  const [earlier] = await tx
    .select()
    .from(submissions)
    .where(and(eq(submissions.actorId, actorId), eq(submissions.clientKey, key.clientKey)));
  if (!earlier || earlier.action !== action || earlier.target !== key.target)
    throw invalidField('clientKey', 'validation.invalid');
  return { answer: earlier.result };
}

/** Keeps the first submit's answer with its key, in the transaction that made it. */
export async function recordAnswer(tx: Tx, actorId: number, clientKey: string, answer: Json): Promise<void> {
  await tx
    .update(submissions)
    .set({ result: answer })
    .where(and(eq(submissions.actorId, actorId), eq(submissions.clientKey, clientKey)));
}
