import { createHash, createHmac } from 'node:crypto';

/** AWS Signature Version 4 for header-authenticated requests, kept pure (date passed in) so it can be checked against AWS's published examples. */

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface SignInput {
  method: string;
  url: URL;
  /** Extra headers to send and sign (e.g. content-type); host and x-amz-* are added here. */
  headers: Record<string, string>;
  /** Hex sha256 of the body: some S3-compatible services reject UNSIGNED-PAYLOAD on header auth. */
  payloadHash: string;
  credentials: Credentials;
  region: string;
  date: Date;
  service?: string;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** S3 wants RFC 3986 encoding; encodeURIComponent leaves !'()* alone, which would sign a different path. */
export function encodeRfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** 20130524T000000Z */
export function amzDate(date: Date): string {
  return date.toISOString().replace(/[-:]|\.\d{3}/g, '');
}

function canonicalPath(url: URL): string {
  // Decode then re-encode each segment so the result does not depend on how URL normalised the path.
  return url.pathname
    .split('/')
    .map((segment) => encodeRfc3986(decodeURIComponent(segment)))
    .join('/');
}

function canonicalQuery(url: URL): string {
  const byKeyThenValue = (a: [string, string], b: [string, string]) =>
    a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1;
  return [...url.searchParams]
    .map(([k, v]): [string, string] => [encodeRfc3986(k), encodeRfc3986(v)])
    .sort(byKeyThenValue)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** Lower-cased names, values trimmed with inner runs of spaces collapsed, as the canonical form requires. */
function normaliseHeaders(headers: Record<string, string>): [string, string][] {
  return Object.entries(headers)
    .map(([name, value]): [string, string] => [name.toLowerCase(), value.trim().replace(/ +/g, ' ')])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The canonical request for headers that already include host and the x-amz-* ones; exported for tests. */
export function canonicalRequest(
  method: string,
  url: URL,
  headers: Record<string, string>,
  payloadHash: string,
): string {
  const sorted = normaliseHeaders(headers);
  return [
    method,
    canonicalPath(url),
    canonicalQuery(url),
    ...sorted.map(([name, value]) => `${name}:${value}`),
    '',
    sorted.map(([name]) => name).join(';'),
    payloadHash,
  ].join('\n');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request');
}

/** The headers to send: the caller's, plus x-amz-date, x-amz-content-sha256 and authorization. Host is signed but left to fetch. */
export function signRequest(input: SignInput): Record<string, string> {
  const service = input.service ?? 's3';
  const stamp = amzDate(input.date);
  const day = stamp.slice(0, 8);
  const sent = { ...input.headers, 'x-amz-content-sha256': input.payloadHash, 'x-amz-date': stamp };
  const signed = { ...sent, host: input.url.host };
  const request = canonicalRequest(input.method, input.url, signed, input.payloadHash);
  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256Hex(request)].join('\n');
  const key = signingKey(input.credentials.secretAccessKey, day, input.region, service);
  const signature = hmac(key, stringToSign).toString('hex');
  const signedNames = normaliseHeaders(signed)
    .map(([name]) => name)
    .join(';');
  return {
    ...sent,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope},SignedHeaders=${signedNames},Signature=${signature}`,
  };
}
