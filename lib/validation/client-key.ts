/**
 * A new key for a create form (a version 4 UUID), made once per form and again after each success.
 * `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost); an office intranet served over plain
 * HTTP has `getRandomValues` alone, so the key is built from that there.
 */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/** RFC 9562 layout: version 4 in the 7th byte's high half, variant 10 in the 9th byte's top bits. */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Array.from(bytes);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
