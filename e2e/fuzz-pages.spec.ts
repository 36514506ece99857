import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type PlaywrightWorkerArgs, test } from '@playwright/test';
import fc from 'fast-check';
import { PASSWORD } from './fixtures';

// Every page and route handler under app/, with hostile route params and search params, as each kind of person:
// whatever a URL holds, the answer is a page, a redirect, a 4xx or the default view, never a 5xx. The routes
// are read from app/ itself, so a page added later is fuzzed without anyone listing it here.
//
// Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> npx playwright test e2e/fuzz-pages.spec.ts
// (FUZZ_RUNS sets how many URLs are tried; the default keeps the file near a minute).

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/** Signed out, then one account per kind of reader: official, supervisor, other zone, city, viewer, admin. */
const PEOPLE = [null, 'xu', 'duban', 'gaoxin', 'shangwu', 'chakan', 'admin'] as const;
type Person = (typeof PEOPLE)[number];

/** What reads a URL's input: route params, search params, a route handler's query. */
const READS_INPUT = /\[|searchParams|request\.url/;

/**
 * `/projects/[id]/week` for app/projects/[id]/week/page.tsx, with how often to try it: a route that reads its
 * URL six times as often as one that reads nothing (which still must not fail on a query it ignores).
 */
function routesUnder(dir: string, prefix = ''): { route: string; weight: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('_')) return [];
      // A route group, `(name)`, is no part of the URL.
      return routesUnder(file, entry.name.startsWith('(') ? prefix : `${prefix}/${entry.name}`);
    }
    if (!/^(page\.tsx|route\.ts)$/.test(entry.name)) return [];
    const route = prefix || '/';
    return [{ route, weight: READS_INPUT.test(route + readFileSync(file, 'utf8')) ? 6 : 1 }];
  });
}
// next-auth's own endpoints are not ours to fuzz.
const ROUTES = routesUnder(path.resolve('app')).filter((r) => !r.route.startsWith('/api/auth'));

/** What people and scripts put where a number, a key or a date belongs. */
const HOSTILE = [
  '',
  ' ',
  '0',
  '-1',
  '1.5',
  '01',
  '1e20',
  '1e400',
  '-1e20',
  '0x10',
  'Infinity',
  'NaN',
  'null',
  'true',
  '2147483647',
  '2147483648',
  '99999999999',
  '9'.repeat(40),
  '../1',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%FF',
  '%E4%B8',
  '%',
  '%%',
  '\u0000',
  '<script>',
  "1' or '1'='1",
  'constructor',
  '__proto__',
  'all',
  'mine',
  'city',
  'csv',
  'xlsx',
  'x'.repeat(5_000),
];
const DATES = [
  '0001-01-01',
  '0099-12-31',
  '1000-01-01',
  '1899-12-31',
  '1969-12-29',
  '1999-12-27',
  '2000-01-03',
  '2024-02-29',
  '2024-02-30',
  '2024-03-04',
  '2024-03-05',
  '2099-12-28',
  '2100-01-04',
  '9999-12-27',
  '275760-09-13',
  '+002024-03-04',
  '2024-3-4',
  '2024-03-04T00:00:00Z',
];
/** The keys the app's pages read, so generated values reach their parsers. */
const KEYS = [
  ...['zone', 'week', 'park', 'stage', 'page', 'log', 'sort', 'slipped', 'scope', 'category', 'status'],
  ...['urgency', 'level', 'overdue', 'kpi', 'round', 'light', 'age', 'next', 'project', 'person', 'kind'],
  ...['from', 'to'],
];
/** The values that broke pages before: past PostgreSQL's integer, years that date arithmetic cannot take. */
const EDGES = [
  '2147483648',
  '99999999999',
  '1e20',
  '-1',
  '0001-01-01',
  '0099-12-31',
  '1000-01-01',
  '9999-12-27',
];

/** A string a URL may carry: raw (percent signs left as typed, some malformed) or percent-encoded. */
const value = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGES), weight: 12 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 3 },
  { arbitrary: fc.constantFrom(...DATES), weight: 2 },
  { arbitrary: fc.integer({ min: -2, max: 40 }).map(String), weight: 3 },
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double().map(String),
  fc
    .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent),
  fc.string({ maxLength: 30 }),
);
/**
 * A route segment: an id that exists, a hostile one, anything percent-encoded. Never a malformed escape:
 * proxy.ts answers those before any page, and its own tests hold that.
 */
const segment = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 40 }).map(String), weight: 3 },
  { arbitrary: fc.constantFrom(...EDGES), weight: 2 },
  fc.constantFrom(...HOSTILE.filter((h) => !h.includes('%') && !h.includes('\u0000') && h.trim() !== '')),
  fc.constantFrom('csv', 'xlsx'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map(encodeURIComponent),
);
/**
 * Each known key present or not, so that every page meets its own params in most runs (a page reads a few of
 * them, and one that is "not found" hides the rest); then a few unknown or repeated keys. Values go in raw, so
 * that `%FF` arrives as typed; `&` and `#` would only end the value early, so they are escaped.
 */
const query = fc
  .tuple(
    // Each present two times in three.
    fc.tuple(
      ...KEYS.map((k) =>
        fc.option(
          value.map((v) => [k, v] as const),
          { freq: 3, nil: undefined },
        ),
      ),
    ),
    fc.array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...KEYS, '__proto__', 'constructor', 'x'),
          fc.string({ maxLength: 8 }).map(encodeURIComponent),
        ),
        value,
      ),
      { maxLength: 3 },
    ),
  )
  .map(([known, extra]) =>
    [...known.filter((pair) => pair !== undefined), ...extra]
      .map(([k, v]) => `${k}=${String(v).replace(/[&#]/g, encodeURIComponent)}`)
      .join('&'),
  );

const request = fc.record({
  person: fc.constantFrom(...PEOPLE),
  route: fc.oneof(...ROUTES.map(({ route, weight }) => ({ arbitrary: fc.constant(route), weight }))),
  segments: fc.array(segment, { minLength: 3, maxLength: 3 }),
  query,
});

/** The URL of a route with its `[param]`s filled in. */
function urlOf(route: string, segments: string[], q: string): string {
  let i = 0;
  const filled = route.replace(/\[[^\]]+\]/g, () => segments[i++ % segments.length] ?? '1');
  return q ? `${filled}?${q}` : filled;
}

async function signedIn(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  person: Person,
): Promise<APIRequestContext> {
  const context = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
  if (person === null) return context;
  const { csrfToken } = await (await context.get('/api/auth/csrf')).json();
  const response = await context.post('/api/auth/callback/credentials', {
    form: { csrfToken, username: person, password: PASSWORD },
  });
  expect(response.status(), person).toBe(302);
  return context;
}

test.describe('page fuzzer', () => {
  test.setTimeout(240_000);

  let contexts: Map<Person, APIRequestContext>;
  test.beforeEach(async ({ playwright, baseURL }) => {
    contexts = new Map();
    for (const person of PEOPLE) contexts.set(person, await signedIn(playwright, baseURL ?? '', person));
  });
  test.afterEach(async () => {
    for (const context of contexts.values()) await context.dispose();
  });

  async function statusOf(person: Person, url: string): Promise<number> {
    const context = contexts.get(person);
    if (!context) throw new Error(`no context for ${person}`);
    return (await context.get(url)).status();
  }

  test('finds every route under app/', () => {
    for (const route of ['/projects/[id]', '/reports/weekly/print', '/api/reports/weekly/[format]', '/'])
      expect(ROUTES.map((r) => r.route)).toContain(route);
  });

  test('the URLs that once answered 500 answer a 4xx or a page', async () => {
    const city = [
      '/reports/weekly',
      '/reports/weekly/print',
      '/api/reports/weekly/csv',
      '/api/reports/weekly/xlsx',
    ];
    const urls = [
      '/projects?park=99999999999',
      '/projects?page=1e20',
      '/projects/99999999999',
      '/projects/1/week?week=0001-01-01',
      '/blockers/99999999999',
      '/blockers?park=99999999999',
      '/dashboard/kpi?kpi=signedStarted&round=99999999999',
      '/api/reports/weekly/constructor',
      ...city.flatMap((p) =>
        ['?zone=99999999999', ...['0001-01-01', '0099-12-31', '1000-01-01'].map((w) => `?week=${w}`)].map(
          (q) => p + q,
        ),
      ),
    ];
    const failures: string[] = [];
    for (const person of ['shangwu', 'xu'] as const)
      for (const url of urls) {
        const status = await statusOf(person, url);
        if (status >= 500) failures.push(`${status} ${person} ${url}`);
      }
    expect(failures).toEqual([]);
    // A city account asking for a zone that does not exist gets "not found", not an empty report.
    for (const p of city) expect(await statusOf('shangwu', `${p}?zone=2147483647`), p).toBe(404);
  });

  test(`no generated URL answers 5xx (seed ${SEED}, ${RUNS} runs)`, async () => {
    const property = fc.asyncProperty(request, async ({ person, route, segments, query: q }) => {
      const url = urlOf(route, segments, q);
      const status = await statusOf(person, url);
      expect(status, `${person ?? 'signed out'} GET ${url}`).toBeLessThan(500);
    });
    const outcome = await fc.check(property, { seed: SEED, numRuns: RUNS, endOnFailure: false });
    if (outcome.failed) {
      throw new Error(
        `page fuzzer failed with FUZZ_SEED=${SEED} (path ${outcome.counterexamplePath}):\n` +
          `${JSON.stringify(outcome.counterexample)}\n${String(outcome.errorInstance)}`,
      );
    }
  });
});
