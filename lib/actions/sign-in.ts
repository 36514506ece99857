'use server';

import { AuthError } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { auth, signIn, signOut } from '@/lib/auth/config';
import { endSession } from '@/lib/auth/ended-sessions';
import { safeNext } from '@/lib/auth/safe-next';
import { toPlainInput } from './plain-input';

// Signing in and out change no domain data, so they do not go through defineAction; the credentials are
// checked by next-auth's authorize (lib/auth/config.ts) against the same zod schema.
export async function signInWithPassword(raw: unknown): Promise<{ ok: false; message: string } | undefined> {
  const input = toPlainInput(raw);
  try {
    await signIn('credentials', {
      username: input.username,
      password: input.password,
      redirectTo: safeNext(input.next),
    });
  } catch (err) {
    if (err instanceof AuthError) {
      const t = await getTranslations('login');
      return { ok: false, message: t('failed') };
    }
    throw err; // the redirect after a successful sign-in travels as an exception
  }
}

/**
 * Records the end of this sign-in before the cookie goes, so that a copy of the token stops working too; if
 * that cannot be recorded, the error shows instead of a sign-out that only looks done.
 */
export async function signOutNow(): Promise<void> {
  const user = (await auth())?.user as { id?: string; sid?: string; signedInAt?: number } | undefined;
  if (user) await endSession(await getDb(), { sid: user.sid, sub: user.id, signedInAt: user.signedInAt });
  await signOut({ redirectTo: '/login' });
}
