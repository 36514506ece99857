/**
 * The client address as the reverse proxy in front of the app reports it: X-Real-IP, else the last
 * X-Forwarded-For entry (the one our proxy appended; entries to its left are whatever the client sent).
 * Only behind a proxy (TRUST_PROXY=1) are these headers the proxy's; without one any client could write
 * them, so the address is unknown (null) and nothing is decided on it.
 */
export function clientIp(h: Headers): string | null {
  if (process.env.TRUST_PROXY !== '1') return null;
  const forwarded = h.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return h.get('x-real-ip')?.trim() || forwarded || null;
}
