import { describe, expect, it } from 'vitest';
import { type GuardedRequest, guardRequest, SERVER_ACTION_BODY_LIMIT } from './request-guard';

const ACTION = '40cc79dbcf56b2bd63fb8fe4f1f7bc0a2ca1e0cf3a';
const HOST = 'zone.example.cn';

function action(headers: Record<string, string> = {}, rest: Partial<GuardedRequest> = {}): GuardedRequest {
  return {
    method: 'POST',
    pathname: '/projects/7',
    headers: new Headers({
      host: HOST,
      origin: `https://${HOST}`,
      'next-action': ACTION,
      'content-type': 'text/plain;charset=UTF-8',
      'content-length': '40',
      ...headers,
    }),
    trustProxy: false,
    ...rest,
  };
}

const statusOf = (request: GuardedRequest) => guardRequest(request)?.status ?? null;

describe('guardRequest: paths', () => {
  it.each(['/projects/%FF', '/api/reports/weekly/%FF', '/projects/%', '/%E0%A4%A'])(
    'refuses %s with 400',
    (pathname) => {
      expect(statusOf({ method: 'GET', pathname, headers: new Headers(), trustProxy: false })).toBe(400);
    },
  );

  it.each(['/projects/7', '/projects/%E4%B8%AD', '/login'])('passes %s', (pathname) => {
    expect(statusOf({ method: 'GET', pathname, headers: new Headers(), trustProxy: false })).toBeNull();
  });
});

describe('guardRequest: server actions, headers', () => {
  it('passes a same-origin call, and one without Origin (Next lets those through too)', () => {
    expect(statusOf(action())).toBeNull();
    const headers = action().headers;
    headers.delete('origin');
    expect(statusOf({ ...action(), headers })).toBeNull();
  });

  it.each(['https://evil.example', 'null', 'not a url', `https://${HOST}.evil.example`])(
    'refuses Origin %s with 403',
    (origin) => {
      expect(statusOf(action({ origin }))).toBe(403);
    },
  );

  it('compares the Origin with X-Forwarded-Host only behind a trusted proxy', () => {
    const forged = { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' };
    expect(statusOf(action(forged))).toBe(403);
    expect(statusOf(action(forged, { trustProxy: true }))).toBeNull();
    const proxied = { host: '10.0.0.5:3000', 'x-forwarded-host': `${HOST}, 10.0.0.5` };
    expect(statusOf(action(proxied, { trustProxy: true }))).toBeNull();
    expect(statusOf(action(proxied))).toBe(403);
  });

  it('refuses a declared body over the limit with 413', () => {
    expect(statusOf(action({ 'content-length': String(SERVER_ACTION_BODY_LIMIT) }))).toBeNull();
    expect(statusOf(action({ 'content-length': String(SERVER_ACTION_BODY_LIMIT + 1) }))).toBe(413);
    expect(statusOf(action({ 'content-length': 'lots' }))).toBe(413);
  });

  it('refuses a malformed action id with 400', () => {
    expect(statusOf(action({ 'next-action': 'abc' }))).toBe(400);
  });

  it('checks multipart POSTs to pages too (forms posted before the JavaScript loads)', () => {
    const form = { 'content-type': 'multipart/form-data; boundary=x', origin: 'https://evil.example' };
    const headers = action(form).headers;
    headers.delete('next-action');
    expect(statusOf({ ...action(), headers })).toBe(403);
  });

  it('leaves other requests to Next: GETs, route handlers under /api, plain POSTs', () => {
    const foreign = { origin: 'https://evil.example', 'content-length': '9999999' };
    expect(statusOf(action(foreign, { method: 'GET' }))).toBeNull();
    expect(statusOf(action(foreign, { pathname: '/api/auth/callback/credentials' }))).toBeNull();
    const headers = action(foreign).headers;
    headers.delete('next-action');
    expect(statusOf({ ...action(), headers })).toBeNull();
  });
});

describe('guardRequest: server actions, bodies', () => {
  it('passes the arguments our clients send and refuses what Next cannot decode', () => {
    expect(statusOf(action({}, { body: JSON.stringify([{ notificationId: 1 }]) }))).toBeNull();
    expect(statusOf(action({}, { body: '["$F1"]' }))).toBe(400);
    expect(statusOf(action({}, { body: 'not json' }))).toBe(400);
  });

  it('checks multipart arguments by their parts', () => {
    const multipart = action({ 'content-type': 'multipart/form-data; boundary=x' });
    const form = new FormData();
    form.append('0', '["$K1"]');
    expect(statusOf({ ...multipart, body: form })).toBeNull();
    form.append('1', '{}');
    expect(statusOf({ ...multipart, body: form })).toBe(400);
  });

  it('checks that a form posted without JavaScript names a server action', () => {
    const headers = action({ 'content-type': 'multipart/form-data; boundary=x' }).headers;
    headers.delete('next-action');
    const form = new FormData();
    form.append('note', 'x');
    expect(statusOf({ ...action(), headers, body: form })).toBe(400);
    form.append('$ACTION_ID_00ac7ad217fdf1ad1dcf407ec4a8bd60a0b59c184c', '');
    expect(statusOf({ ...action(), headers, body: form })).toBeNull();
  });
});
