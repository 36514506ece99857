/**
 * A download's Content-Disposition: an ASCII `filename` for old clients and the real (Chinese) name as
 * RFC 5987's `filename*`, where ' ( ) * ! must be escaped too (encodeURIComponent leaves them).
 */
export function contentDisposition(
  disposition: 'attachment' | 'inline',
  asciiName: string,
  name: string,
): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
