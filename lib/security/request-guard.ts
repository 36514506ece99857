import { requestHost } from './forwarded';
import { refusedArguments, refusedFormPost, refusedMultipartArguments } from './reply-shape';

// Client errors answered at the edge (proxy.ts) before Next routes the request: Next itself answers these
// with a 500 and logs a stack trace (an undecodable path, a server-action POST from another origin, too large
// or in a shape its decoder throws on). Pure, so that each refusal is unit-tested without a server.

/** Next's default `serverActions.bodySizeLimit` ('1 MB'), which next.config.ts leaves as it is. */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

export interface Refusal {
  status: 400 | 403 | 413;
  reason: string;
}

/** A request as far as the guard looks at it; `body` once read (text, or the parts of a multipart body). */
export interface GuardedRequest {
  method: string;
  /** As sent, still percent-encoded. */
  pathname: string;
  headers: Headers;
  trustProxy: boolean;
  body?: string | FormData;
}

/** Next refuses ids that are not 42 characters long, logging a stack trace; its ids are hex digits. */
const ACTION_ID = /^[0-9a-f]{42}$/i;

export const TOO_LARGE: Refusal = { status: 413, reason: 'server action body over 1 MB' };

export function isMultipart(headers: Headers): boolean {
  return headers.get('content-type')?.startsWith('multipart/form-data') ?? false;
}

/**
 * POSTs Next's action handler takes up: with a Next-Action header (the client router's calls), or multipart
 * (a form posted before the JavaScript loaded). Route handlers under /api never reach it.
 */
export function isServerActionPost({ method, pathname, headers }: GuardedRequest): boolean {
  if (method !== 'POST' || pathname.startsWith('/api/')) return false;
  return headers.has('next-action') || isMultipart(headers);
}

function wellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Next's CSRF check, answered as 403 instead of its 500: an Origin, when sent, must name the host the
 * browser addressed. Only the host is compared, as Next does; "null" (sandboxed frames, privacy-sensitive
 * redirects) never matches, and no other origins are allowed (no `serverActions.allowedOrigins`).
 */
function foreignOrigin(headers: Headers, trustProxy: boolean): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  if (!URL.canParse(origin)) return true;
  return new URL(origin).host !== requestHost(headers, trustProxy);
}

function overLimit(headers: Headers): boolean {
  const length = Number(headers.get('content-length') ?? 0);
  return !Number.isFinite(length) || length > SERVER_ACTION_BODY_LIMIT;
}

function refusedBody({ body, headers }: GuardedRequest): string | null {
  if (body === undefined) return null;
  // Without Next-Action, a form posted before the JavaScript loaded: it names its action in fields.
  if (!headers.has('next-action')) return typeof body === 'string' ? null : refusedFormPost(body);
  return typeof body === 'string' ? refusedArguments(body) : refusedMultipartArguments(body);
}

/** Why the request is refused, or null to pass it on. Checks the headers alone when no body is given. */
export function guardRequest(request: GuardedRequest): Refusal | null {
  if (!wellEncoded(request.pathname))
    return { status: 400, reason: 'malformed percent-encoding in the path' };
  if (!isServerActionPost(request)) return null;
  const { headers, trustProxy } = request;
  if (foreignOrigin(headers, trustProxy)) return { status: 403, reason: 'cross-origin server action' };
  if (overLimit(headers)) return TOO_LARGE;
  const actionId = headers.get('next-action');
  if (actionId !== null && !ACTION_ID.test(actionId)) return { status: 400, reason: 'malformed action id' };
  const body = refusedBody(request);
  return body === null ? null : { status: 400, reason: body };
}
