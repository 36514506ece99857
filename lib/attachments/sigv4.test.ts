import { describe, expect, it } from 'vitest';
import { amzDate, canonicalRequest, encodeRfc3986, sha256Hex, signRequest } from './sigv4';

// AWS's published "Example: GET Object" from "Signature Calculations for the Authorization Header:
// Transferring Payload in a Single Chunk (AWS Signature Version 4)" in the Amazon S3 API reference.
const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const date = new Date('2013-05-24T00:00:00Z');
const url = new URL('https://examplebucket.s3.amazonaws.com/test.txt');
const emptyHash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('sigv4', () => {
  it('hashes an empty body to the documented value', () => {
    expect(sha256Hex('')).toBe(emptyHash);
    expect(sha256Hex(new Uint8Array())).toBe(emptyHash);
  });

  it('formats the x-amz-date stamp', () => {
    expect(amzDate(date)).toBe('20130524T000000Z');
  });

  it('builds the documented canonical request for GET Object', () => {
    const request = canonicalRequest(
      'GET',
      url,
      {
        Host: 'examplebucket.s3.amazonaws.com',
        Range: 'bytes=0-9',
        'x-amz-content-sha256': emptyHash,
        'x-amz-date': '20130524T000000Z',
      },
      emptyHash,
    );
    // The string to sign of the example carries this hash of the canonical request.
    expect(sha256Hex(request)).toBe('7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972');
  });

  it('signs GET Object to the documented Authorization header', () => {
    const headers = signRequest({
      method: 'GET',
      url,
      headers: { Range: 'bytes=0-9' },
      payloadHash: emptyHash,
      credentials,
      region: 'us-east-1',
      date,
    });
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    expect(headers['x-amz-date']).toBe('20130524T000000Z');
    expect(headers['x-amz-content-sha256']).toBe(emptyHash);
    // fetch sets Host from the URL; sending it ourselves is not allowed.
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('host');
  });

  it('changes the signature with the secret, the body hash and the path', () => {
    const base = {
      method: 'PUT',
      url,
      headers: {},
      payloadHash: emptyHash,
      credentials,
      region: 'us-east-1',
      date,
    };
    const sig = (input: typeof base) => signRequest(input).authorization;
    const reference = sig(base);
    expect(sig({ ...base, credentials: { ...credentials, secretAccessKey: 'other' } })).not.toBe(reference);
    expect(sig({ ...base, payloadHash: sha256Hex('x') })).not.toBe(reference);
    expect(sig({ ...base, url: new URL('https://examplebucket.s3.amazonaws.com/other.txt') })).not.toBe(
      reference,
    );
  });

  it('encodes per RFC 3986, including the characters encodeURIComponent leaves alone', () => {
    expect(encodeRfc3986("a b!'()*~-_.")).toBe('a%20b%21%27%28%29%2A~-_.');
  });

  it('canonicalises paths the same whether or not URL already encoded them', () => {
    const headers = { host: 'h', 'x-amz-date': '20130524T000000Z' };
    const raw = canonicalRequest('GET', new URL("http://h/b/it's (1).txt"), headers, emptyHash);
    const encoded = canonicalRequest('GET', new URL('http://h/b/it%27s%20%281%29.txt'), headers, emptyHash);
    expect(raw).toBe(encoded);
    expect(raw.split('\n')[1]).toBe('/b/it%27s%20%281%29.txt');
  });

  it('sorts the query by name, then value', () => {
    const request = canonicalRequest('GET', new URL('http://h/?b=2&a=x y&a=0'), { host: 'h' }, emptyHash);
    expect(request.split('\n')[2]).toBe('a=0&a=x%20y&b=2');
  });
});
