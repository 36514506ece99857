/** Set by server.mjs on every request from the connection's own address; a client's copy is replaced. */
export const SOCKET_ADDRESS_HEADER = 'x-kp-socket-address';
/** server.mjs sets this in its own process, so the header is believed only where server.mjs wrote it. */
export const SOCKET_ADDRESS_ENV = 'KP_SOCKET_ADDRESS_HEADER';

/**
 * The client's address. Behind a reverse proxy (TRUST_PROXY=1) it is what the proxy reports: X-Real-IP, else
 * the last X-Forwarded-For entry (the one the proxy appended; entries to its left are whatever the client
 * sent). Otherwise it is the TCP peer as server.mjs saw it. Next itself fills X-Forwarded-For from the socket
 * only when the client did not send one, so without a proxy that header is the client's to forge. Under a
 * server that does not set the socket header (`next dev`), the address is unknown (null).
 */
export function clientIp(h: Headers): string | null {
  if (process.env.TRUST_PROXY === '1') {
    const forwarded = h.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    return h.get('x-real-ip')?.trim() || forwarded || null;
  }
  if (process.env[SOCKET_ADDRESS_ENV] !== '1') return null;
  return h.get(SOCKET_ADDRESS_HEADER)?.trim() || null;
}
