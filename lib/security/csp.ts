// Builds the Content-Security-Policy header. Kept free of Next imports so that next.config.ts, proxy.ts and
// the unit tests share one definition of the policy.

export interface CspOptions {
  /**
   * Fresh per request for pages rendered per request; null for responses whose HTML, if any, is not rendered
   * with a nonce (static files), which then may run same-origin script files only.
   */
  nonce: string | null;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. Never in production. */
  development: boolean;
}

// Only what crypto.getRandomValues + base64 produces: a quote or semicolon would let a nonce add directives.
const NONCE = /^[A-Za-z0-9+/]{16,}={0,2}$/;

export function contentSecurityPolicy({ nonce, development }: CspOptions): string {
  if (nonce !== null && !NONCE.test(nonce)) throw new Error('CSP nonce must be base64 of random bytes');
  // 'strict-dynamic' lets the scripts Next marks with the nonce load its chunks without listing them; it is
  // only meaningful with a nonce, as without one it would forbid every script.
  const scripts = nonce === null ? ["'self'"] : ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"];
  if (development) scripts.push("'unsafe-eval'");
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', ...scripts],
    // Styles stay inline-capable: React writes style attributes (a bar's width), and a nonce in style-src would
    // make browsers ignore 'unsafe-inline'.
    ['style-src', "'self'", "'unsafe-inline'"],
    // Images built in the page (data: and blob: URLs) are allowed; nothing is loaded from other origins.
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** 128 random bits, base64: unguessable, and in the form Next looks for in the request's CSP header. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
