import { cookies, headers } from 'next/headers';
import { getDb } from '@/db';
import { clientIp } from '@/lib/auth/client-ip';
import { sessionIdentity } from '@/lib/auth/session';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import type { ActionContext } from './define-action';
import type { ActionResult, FailureCode } from './result';

// For the route handlers that run an action on a file upload (the ledger import, attachments): a file is
// larger than a server action's body may be, so these POSTs come as multipart to a route instead. They
// answer in the action's one result type, with the HTTP status that says the same.

const STATUS: Record<FailureCode, number> = {
  unauthenticated: 401,
  forbidden: 404,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  error: 500,
};

export const jsonAnswer = (status: number, body: unknown) => Response.json(body, { status });

export const actionAnswer = (result: ActionResult<unknown>) =>
  jsonAnswer(result.ok ? 200 : STATUS[result.code], result);

/** The request's language, a refusal in it, and the context an action runs in. */
export async function routeRequest() {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const t = translatorFor(locale);
  const refuse = (status: number, key: string) => jsonAnswer(status, { ok: false, message: t(key as never) });
  const context = async (): Promise<ActionContext> => ({
    db: await getDb(),
    session: await sessionIdentity(),
    ip: clientIp(await headers()),
    locale,
  });
  return { locale, t, refuse, context };
}

/**
 * The multipart body, read only when its declared length is within `limit`; null for a body too large
 * (413) and for one that is not multipart (400): `tooLarge` says which.
 */
export async function readUpload(
  request: Request,
  limit: number,
): Promise<{ form: FormData } | { tooLarge: boolean }> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (!Number.isFinite(length) || length > limit) return { tooLarge: true };
  try {
    return { form: await request.formData() };
  } catch {
    return { tooLarge: false };
  }
}
