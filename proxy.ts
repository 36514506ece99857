import { type NextRequest, NextResponse } from 'next/server';
import { readActionBody } from '@/lib/security/action-body';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';
import {
  dropUntrustedProxyHeaders,
  STRICT_TRANSPORT_SECURITY,
  servedOverHttps,
  trustsProxy,
} from '@/lib/security/forwarded';
import {
  type GuardedRequest,
  guardRequest,
  isServerActionPost,
  type Refusal,
  SERVER_ACTION_BODY_LIMIT,
} from '@/lib/security/request-guard';

// Runs on every request but static files, for four reasons.
//
// Client errors: a path that does not decode, a server action from another origin, over 1 MB or in a shape
// our clients never send are answered here with a 4xx, where Next would answer 500 and log a stack trace.
//
// Comfort only: sends visitors without a session cookie to the login page. It never decides access; every
// page, route and server action checks the session and the permission itself.
//
// Proxy headers: X-Forwarded-Host/-Proto/-Port reach Next only from a trusted reverse proxy (TRUST_PROXY=1),
// and responses over HTTPS carry Strict-Transport-Security.
//
// Script policy: pages may run only the scripts Next marks with this request's nonce. Next reads the nonce
// from the request's Content-Security-Policy header and stamps it on its own inline and bootstrap scripts,
// so every page must be rendered per request (the root layout reads the locale cookie, which ensures it).
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
// Reachable without a session: the sign-in page, next-auth's own endpoints, and the install manifest and icon
// (browsers fetch the manifest without cookies).
const PUBLIC_PATH = /^\/(?:login|api\/auth|manifest\.webmanifest$|icon\.svg$)/;
// Attachments: not sent to sign in (a download answers a signed-out request with the route's own 404, the
// same as for an unknown id, so that no answer tells that a file exists; an upload with 401), and served
// under a policy that lets nothing run, whatever the file turned out to be.
const ATTACHMENT_PATH = /^\/api\/attachments(?:\/|$)/;
const FILE_POLICY = "default-src 'none'; sandbox";

/** A short plain answer; logged as one line, since a client's mistake is no server fault. */
function refuse(request: NextRequest, { status, reason }: Refusal): NextResponse {
  console.warn(`[proxy] ${status} ${request.method} ${request.nextUrl.pathname.slice(0, 200)}: ${reason}`);
  return new NextResponse(`${reason}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function refusal(request: NextRequest, guarded: GuardedRequest): Promise<Refusal | null> {
  const early = guardRequest(guarded);
  if (early || !isServerActionPost(guarded)) return early;
  const read = await readActionBody(request, SERVER_ACTION_BODY_LIMIT);
  return 'status' in read ? read : guardRequest({ ...guarded, body: read.body });
}

function onwards(request: NextRequest, trustProxy: boolean): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (
    !PUBLIC_PATH.test(pathname) &&
    !ATTACHMENT_PATH.test(pathname) &&
    !SESSION_COOKIES.some((name) => request.cookies.has(name))
  ) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', pathname + search);
    return NextResponse.redirect(login);
  }

  // A route's own Content-Security-Policy would not replace the one set here (Next keeps the proxy's).
  const policy = ATTACHMENT_PATH.test(pathname)
    ? FILE_POLICY
    : contentSecurityPolicy({ nonce: createNonce(), development: process.env.NODE_ENV === 'development' });
  // Set, not appended: a policy sent by the client must not choose the nonce.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  dropUntrustedProxyHeaders(requestHeaders, trustProxy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // Replaces the nonce-less policy next.config.ts puts on every response.
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export async function proxy(request: NextRequest) {
  const trustProxy = trustsProxy();
  const guarded = {
    method: request.method,
    pathname: request.nextUrl.pathname,
    headers: request.headers,
    trustProxy,
  };
  const refused = await refusal(request, guarded);
  const response = refused ? refuse(request, refused) : onwards(request, trustProxy);
  if (servedOverHttps(request.nextUrl, request.headers, trustProxy))
    response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
