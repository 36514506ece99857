import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';

// Runs on every request but static files, for two reasons.
//
// Comfort only: sends visitors without a session cookie to the login page. It never decides access; every
// page, route and server action checks the session and the permission itself.
//
// Script policy: pages may run only the scripts Next marks with this request's nonce. Next reads the nonce
// from the request's Content-Security-Policy header and stamps it on its own inline and bootstrap scripts,
// so every page must be rendered per request (the root layout reads the locale cookie, which ensures it).
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
// Reachable without a session: the sign-in page and next-auth's own endpoints.
const PUBLIC_PATH = /^\/(?:login|api\/auth)/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!PUBLIC_PATH.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', pathname + search);
    return NextResponse.redirect(login);
  }

  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === 'development',
  });
  // Set, not appended: a policy sent by the client must not choose the nonce.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // Replaces the nonce-less policy next.config.ts puts on every response.
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
