/**
 * Where to go after signing in: only a path of this site. Anything else (another host, "//host",
 * "/\host" which browsers read as "//host", whitespace tricks) falls back to the home page.
 */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\\\s]*$/.test(next) ? next : '/';
}
