import 'server-only';
import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { getDb } from '@/db';
import { clientIp } from '@/lib/auth/client-ip';
import { sessionIdentity } from '@/lib/auth/session';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import type { Action } from './define-action';
import type { ActionResult } from './result';

/** Runs an action for the current request: session, address and language from Next, then revalidation. */
export async function serve<Out>(action: Action<Out>, raw: unknown): Promise<ActionResult<Out>> {
  const [h, c] = await Promise.all([headers(), cookies()]);
  const { result, revalidate } = await action.run(
    {
      db: await getDb(),
      session: await sessionIdentity(),
      ip: clientIp(h),
      locale: resolveLocale(c.get(LOCALE_COOKIE)?.value),
    },
    raw,
  );
  for (const path of revalidate) revalidatePath(path);
  return result;
}
