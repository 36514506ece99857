import { describe, expect, it } from 'vitest';
import { dropUntrustedProxyHeaders, requestHost, servedOverHttps, trustsProxy } from './forwarded';

const forwarded = () =>
  new Headers({
    host: '10.0.0.5:3000',
    'x-forwarded-host': 'zone.example.cn',
    'x-forwarded-proto': 'https',
    'x-forwarded-port': '443',
    'x-forwarded-for': '203.0.113.9',
  });

describe('proxy headers', () => {
  it('trusts a proxy only with TRUST_PROXY=1', () => {
    expect(trustsProxy({ TRUST_PROXY: '1' })).toBe(true);
    expect(trustsProxy({ TRUST_PROXY: 'true' })).toBe(false);
    expect(trustsProxy({})).toBe(false);
  });

  it('drops X-Forwarded-Host, -Proto and -Port unless a proxy is trusted', () => {
    const untrusted = forwarded();
    dropUntrustedProxyHeaders(untrusted, false);
    expect([...untrusted.keys()].sort()).toEqual(['host', 'x-forwarded-for']);
    const trusted = forwarded();
    dropUntrustedProxyHeaders(trusted, true);
    expect([...trusted.keys()]).toHaveLength(5);
  });

  it("takes the host from the proxy's first X-Forwarded-Host only when trusted", () => {
    const headers = forwarded();
    headers.set('x-forwarded-host', 'zone.example.cn, 10.0.0.5');
    expect(requestHost(headers, true)).toBe('zone.example.cn');
    expect(requestHost(headers, false)).toBe('10.0.0.5:3000');
    expect(requestHost(new Headers({ host: 'a.cn' }), true)).toBe('a.cn');
  });
});

describe('servedOverHttps', () => {
  const http = new URL('http://10.0.0.5:3000/projects');
  const https = new URL('https://zone.example.cn/projects');

  it("believes X-Forwarded-Proto from a trusted proxy, the URL's protocol otherwise", () => {
    expect(servedOverHttps(http, forwarded(), true)).toBe(true);
    expect(servedOverHttps(https, new Headers({ 'x-forwarded-proto': 'http' }), true)).toBe(false);
    expect(servedOverHttps(https, new Headers(), true)).toBe(true);
    expect(servedOverHttps(https, new Headers(), false)).toBe(true);
    expect(servedOverHttps(http, new Headers(), false)).toBe(false);
  });

  it('never counts a request as HTTPS on a header the client may have written itself', () => {
    // Next builds the URL's protocol from that same header, so the URL proves nothing either.
    expect(servedOverHttps(http, forwarded(), false)).toBe(false);
    expect(servedOverHttps(https, forwarded(), false)).toBe(false);
  });
});
