// What the request says about how it reached us. X-Forwarded-* are the reverse proxy's word only when one is
// configured (TRUST_PROXY=1); without one a client writes them itself, and Next believes them: it takes
// X-Forwarded-Host for the server-action origin check and X-Forwarded-Proto for the request URL's protocol.

/** Headers that speak for a reverse proxy; dropped from the request unless one is trusted. */
const PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'] as const;

export function trustsProxy(env: Record<string, string | undefined> = process.env): boolean {
  return env.TRUST_PROXY === '1';
}

/** A proxy that appends to these headers puts the value it saw first; that is the client-facing one. */
function firstValue(headers: Headers, name: string): string | null {
  return headers.get(name)?.split(',')[0]?.trim() || null;
}

/**
 * Removes the proxy headers when no proxy is trusted. Next then fills them in from the connection and the
 * Host header itself, so its origin check compares the Origin with the host the browser connected to.
 */
export function dropUntrustedProxyHeaders(headers: Headers, trustProxy: boolean): void {
  if (trustProxy) return;
  for (const name of PROXY_HEADERS) headers.delete(name);
}

/** The host the browser addressed: the proxy's X-Forwarded-Host if trusted and sent, else Host. */
export function requestHost(headers: Headers, trustProxy: boolean): string | null {
  return (trustProxy && firstValue(headers, 'x-forwarded-host')) || headers.get('host');
}

/**
 * Whether the browser reached us over HTTPS. Next derives the URL's protocol from X-Forwarded-Proto when a
 * client sends one, so without a trusted proxy a request carrying that header proves nothing and counts as
 * plain HTTP (Strict-Transport-Security over HTTP is ignored by browsers anyway, and must not be sent).
 */
export function servedOverHttps(url: URL, headers: Headers, trustProxy: boolean): boolean {
  const forwarded = firstValue(headers, 'x-forwarded-proto');
  if (trustProxy && forwarded) return forwarded.toLowerCase() === 'https';
  if (!trustProxy && headers.has('x-forwarded-proto')) return false;
  return url.protocol === 'https:';
}

/**
 * One year, subdomains included: once a browser has seen the app over HTTPS it never falls back to plain
 * HTTP on this host or below it, so the app wants a host name of its own (no HTTP-only sites beneath it).
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';
