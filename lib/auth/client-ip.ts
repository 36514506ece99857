/**
 * The client address as the reverse proxy in front of the app reports it: X-Real-IP, else the last
 * X-Forwarded-For entry (the one our proxy appended; entries to its left are whatever the client sent).
 */
export function clientIp(h: Headers): string | null {
  const forwarded = h.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return h.get('x-real-ip')?.trim() || forwarded || null;
}
