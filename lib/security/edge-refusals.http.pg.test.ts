import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tableChecksums } from '@/db/backup';
import { openPostgres } from '@/db/drivers';
import { onServer, withDatabase } from '@/db/testing/local-only';
import { type RunningApp, serverActionIds, signIn, startBuiltApp } from '@/lib/testing/app-server';
import { MATRIX } from '@/lib/testing/authorization-matrix';
import { STRICT_TRANSPORT_SECURITY } from './forwarded';

// The client errors proxy.ts answers, sent to the production build as raw requests: each gets its 4xx
// (where Next alone answered 500), writes nothing and logs no stack trace; the requests our clients send
// still go through, with or without a trusted reverse proxy in front.

const server = process.env.DATABASE_URL ?? '';
const template = inject('dbTemplate');
const name = `kp_edge_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabase(server, name);
let handle: ReturnType<typeof openPostgres>;
let app: RunningApp;
let proxied: RunningApp;
let cookie: string;
let proxiedCookie: string;
let actionId: string;
/** A profile update the liaison may make: what the refused requests would have written. */
let input: Record<string, unknown>;

const admin = (statement: string) => onServer(server, statement);

/** An app with TRUST_PROXY as given, on the shared database (the variable is read per request). */
async function start(trustProxy: boolean) {
  const saved = process.env.TRUST_PROXY;
  if (trustProxy) process.env.TRUST_PROXY = '1';
  else delete process.env.TRUST_PROXY;
  try {
    return await startBuiltApp({ url: databaseUrl });
  } finally {
    if (saved === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = saved;
  }
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  handle = openPostgres(databaseUrl);
  // One after the other: each reads TRUST_PROXY from the environment when it spawns.
  app = await start(false);
  proxied = await start(true);
  cookie = await signIn(app.url, 'xu');
  proxiedCookie = await signIn(proxied.url, 'xu');
  actionId = serverActionIds().updateProfile ?? '';
  input = (await MATRIX.updateProfile?.input(handle.db, 'liaison')) as Record<string, unknown>;
}, 120_000);

afterAll(async () => {
  await Promise.all([app?.stop(), proxied?.stop()]);
  await handle?.close();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

interface ActionPost {
  /** Replace the defaults; '' leaves one out. */
  headers?: Record<string, string>;
  body?: BodyInit;
  target?: RunningApp;
}

/** A server-action POST as the client router sends it, with the parts a test changes. */
async function post({ headers = {}, body = JSON.stringify([input]), target = app }: ActionPost = {}) {
  const response = await fetch(`${target.url}/profile`, {
    method: 'POST',
    redirect: 'manual',
    headers: Object.fromEntries(
      Object.entries({
        'Next-Action': actionId,
        'Content-Type': 'text/plain;charset=UTF-8',
        Accept: 'text/x-component',
        Origin: target.url,
        Cookie: cookie,
        ...headers,
      }).filter(([, value]) => value !== ''),
    ),
    body,
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** More than 1 MB in chunks, so that no Content-Length announces it. */
function chunkedBody(): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`["${'x'.repeat(64 * 1024)}`);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < 20) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

function multipart(parts: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(parts)) form.append(key, value);
  return form;
}

const FOREIGN = 'https://evil.example';

const REFUSED: [string, number, () => ActionPost][] = [
  ['a foreign Origin', 403, () => ({ headers: { Origin: FOREIGN } })],
  [
    'a foreign Origin with a forged X-Forwarded-Host to match',
    403,
    () => ({
      headers: { Origin: FOREIGN, 'X-Forwarded-Host': 'evil.example' },
    }),
  ],
  ['Origin "null"', 403, () => ({ headers: { Origin: 'null' } })],
  ['an Origin that is no URL', 403, () => ({ headers: { Origin: 'garbage' } })],
  ['a body over 1 MB', 413, () => ({ body: JSON.stringify([{ ...input, mobile: 'x'.repeat(1_100_000) }]) })],
  ['a body over 1 MB without Content-Length', 413, () => ({ body: chunkedBody() })],
  ['a body that is not JSON', 400, () => ({ body: '{oops' })],
  ['arguments that are not an array', 400, () => ({ body: '5' })],
  ['a server reference', 400, () => ({ body: '["$F1"]' })],
  [
    'a reference to a part the body does not hold',
    400,
    () => ({ body: JSON.stringify([{ ...input, x: '$1' }]) }),
  ],
  ['a BigInt that is not a number', 400, () => ({ body: '["$nabc"]' })],
  ['nesting that overflows the decoder', 400, () => ({ body: `[${'['.repeat(5000)}${']'.repeat(5000)}]` })],
  [
    'a malformed multipart body',
    400,
    () => ({
      headers: { 'Content-Type': 'multipart/form-data; boundary=zz' },
      body: 'garbage',
    }),
  ],
  [
    'a multipart body with a part our clients never send',
    400,
    () => ({
      headers: { 'Content-Type': '' },
      body: multipart({ 0: '["$1"]', 1: JSON.stringify(input) }),
    }),
  ],
  ['a malformed action id', 400, () => ({ headers: { 'Next-Action': 'abc' } })],
  [
    'a form posted from a foreign origin without JavaScript',
    403,
    () => ({
      headers: { 'Next-Action': '', 'Content-Type': '', Origin: FOREIGN },
      body: multipart({ note: 'x' }),
    }),
  ],
  [
    'a form posted without JavaScript that names no action',
    400,
    () => ({ headers: { 'Next-Action': '', 'Content-Type': '' }, body: multipart({ note: 'x' }) }),
  ],
];

describe('client errors at the edge', () => {
  it.each(REFUSED)('%s → %i, nothing written', async (_name, status, request) => {
    const before = await tableChecksums(handle.db);
    const response = await post(request());
    expect(response.status).toBe(status);
    expect(response.text.length).toBeLessThan(100);
    expect(await tableChecksums(handle.db)).toEqual(before);
  });

  it.each(['/projects/%FF', '/api/reports/weekly/%FF', '/projects/%'])('GET %s → 400', async (path) => {
    const response = await fetch(`${app.url}${path}`, { headers: { Cookie: cookie }, redirect: 'manual' });
    expect(response.status).toBe(400);
  });

  it('logs no stack trace for any of them', () => {
    const output = app.output();
    expect(output).toContain('[proxy] 403 POST /profile');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('⨯');
  });
});

describe('what our clients send goes through', () => {
  it('a same-origin call writes; a forged X-Forwarded-Host does not turn it away (Next compares with Host)', async () => {
    const before = await tableChecksums(handle.db);
    const response = await post({ headers: { 'X-Forwarded-Host': 'evil.example' } });
    expect(response.status).toBe(200);
    expect(response.text).toContain('"ok":true');
    expect(await tableChecksums(handle.db)).not.toEqual(before);
  });

  it('a multipart call with a FormData argument gets past the edge to the action', async () => {
    const form = multipart({ 0: '["$K1"]', _1_mobile: '13900000001' });
    const response = await fetch(`${app.url}/profile`, {
      method: 'POST',
      headers: { 'Next-Action': actionId, Accept: 'text/x-component', Origin: app.url, Cookie: cookie },
      body: form,
    });
    expect(response.status).toBe(200);
    // The action's own answer (its schema wants a version): the request was decoded, not refused.
    expect(await response.text()).toContain('"ok":false');
  });

  it('behind a trusted proxy, the Origin is compared with X-Forwarded-Host', async () => {
    const host = 'zone.example.cn';
    const fresh = (await MATRIX.updateProfile?.input(handle.db, 'liaison')) as Record<string, unknown>;
    const request = (origin: string) =>
      post({
        target: proxied,
        headers: {
          Origin: origin,
          'X-Forwarded-Host': host,
          Cookie: proxiedCookie,
        },
        body: JSON.stringify([fresh]),
      });
    expect((await request(FOREIGN)).status).toBe(403);
    const response = await request(`https://${host}`);
    expect(response.status).toBe(200);
    expect(response.text).toContain('"ok":true');
  });
});

describe('Strict-Transport-Security', () => {
  const hsts = async (target: RunningApp, headers: Record<string, string> = {}) =>
    (await fetch(`${target.url}/login`, { headers })).headers.get('strict-transport-security');

  it('is sent over HTTPS as a trusted proxy reports it', async () => {
    expect(await hsts(proxied, { 'X-Forwarded-Proto': 'https' })).toBe(STRICT_TRANSPORT_SECURITY);
    expect(await hsts(proxied, { 'X-Forwarded-Proto': 'http' })).toBeNull();
  });

  it('is never sent over plain HTTP, whatever the client claims without a trusted proxy', async () => {
    expect(await hsts(app)).toBeNull();
    expect(await hsts(app, { 'X-Forwarded-Proto': 'https' })).toBeNull();
    expect(await hsts(proxied)).toBeNull();
  });
});
