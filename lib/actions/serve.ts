import 'server-only';
import { cookies, headers } from 'next/headers';
import { getDb } from '@/db';
import { clientIp } from '@/lib/auth/client-ip';
import { sessionIdentity } from '@/lib/auth/session';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import type { Action } from './define-action';
import type { ActionResult } from './result';

/**
 * Runs an action for the current request: session, address and language from Next.
 *
 * It revalidates nothing, on purpose. A revalidatePath in a server action makes Next render the page the
 * action came from into the action's answer (70 KB and a whole page's work for a milestone's status), and the
 * client hooks (action-hooks.ts) refreshed the page after every answer anyway, so each write paid for two
 * renders. Now the answer is the result alone; the hook's router.refresh() renders the page once and clears
 * the browser's router cache, which is all revalidation did here: every page is dynamic, nothing is cached
 * on the server, and other readers always get fresh data.
 */
export async function serve<Out>(action: Action<Out>, raw: unknown): Promise<ActionResult<Out>> {
  const [h, c] = await Promise.all([headers(), cookies()]);
  const { result } = await action.run(
    {
      db: await getDb(),
      session: await sessionIdentity(),
      ip: clientIp(h),
      locale: resolveLocale(c.get(LOCALE_COOKIE)?.value),
    },
    raw,
  );
  return result;
}
