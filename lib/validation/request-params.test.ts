import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateMax } from '@/lib/domain/dates';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { blockerFilterOf, blockerListParamsSchema, blockerListQuery } from './blocker-list';
import { MAX_LIST_PAGE } from './fields';
import { kpiPageParamsSchema, lightsPageParamsSchema, loginParamsSchema } from './page-params';
import { reportParamsSchema } from './report-params';
import { parseRouteId, parseSearchParams, routeId, searchParamsOf } from './request-params';

/** What a hostile or careless URL puts where a number or a date belongs. */
const HOSTILE = [
  '',
  ' ',
  '0',
  '-1',
  '-0',
  '1.5',
  '1.0',
  '01',
  ' 7',
  '7 ',
  '+7',
  '1e20',
  '1e3',
  '0x10',
  '0b1',
  'Infinity',
  'NaN',
  'null',
  'undefined',
  '2147483648',
  '99999999999',
  '9'.repeat(400),
  '../1',
  '..%2F1',
  '1\u0000',
  '\u0000',
  '%00',
  '１２', // full-width digits
  '١٢', // Arabic-Indic digits
  'constructor',
  '__proto__',
  'x'.repeat(100_000),
];

/** A test label that a 100 000-character value does not flood. */
const label = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

const thisMonday = () => reportWeekOf(new Date()).start;

describe('route ids', () => {
  it('are plain decimal digits within PostgreSQL integer', () => {
    expect(['1', '42', '2147483647'].map(parseRouteId)).toEqual([1, 42, 2_147_483_647]);
  });

  it('refuse hostile values', () => {
    for (const value of HOSTILE) expect(parseRouteId(value), label(value)).toBeNull();
  });

  it('refuse what is not a string (a catch-all segment arrives as an array)', () => {
    for (const value of [['1'], 1, null, undefined, {}]) expect(parseRouteId(value)).toBeNull();
  });

  it('send a page to "not found" rather than to a query', async () => {
    await expect(routeId(Promise.resolve({ id: '99999999999' }))).rejects.toThrow(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
    await expect(routeId(Promise.resolve({ id: '12' }))).resolves.toBe(12);
  });

  it('never throw anything else, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const id = parseRouteId(s);
        expect(id === null || (Number.isInteger(id) && id >= 1 && id <= 2_147_483_647)).toBe(true);
      }),
    );
  });
});

describe('report params', () => {
  const parse = (q: Record<string, string | string[]>) => parseSearchParams(reportParamsSchema, q);

  it('read a full request', () => {
    expect(parse({ zone: '2', week: '2024-03-04', park: '5', stage: 'signed', page: '3' })).toMatchObject({
      zone: 2,
      week: { start: '2024-03-04', end: '2024-03-10', year: 2024, number: 10 },
      park: 5,
      stage: 'signed',
      page: 3,
    });
    expect(parse({ zone: 'all' })?.zone).toBe('all');
    expect(parse({})).toMatchObject({ week: { start: thisMonday() }, page: 1 });
    expect(parse({})?.zone).toBeUndefined();
  });

  it('refuse a named zone that cannot exist', () => {
    for (const zone of HOSTILE.filter((v) => v !== '')) expect(parse({ zone }), label(zone)).toBeNull();
  });

  it('read an empty or repeated zone as none given', () => {
    expect(parse({ zone: '' })?.zone).toBeUndefined();
    expect(parse({ zone: ['1', '2'] })?.zone).toBeUndefined();
  });

  it('read a week out of the window, not a Monday or not a date as this week', () => {
    for (const week of [
      '0001-01-01',
      '0099-12-31',
      '1000-01-01',
      '1999-12-27', // a Monday, before the window
      '2024-03-05', // a Tuesday
      '2024-02-30',
      '2024-3-4',
      '20240304',
      '+2024-03-04',
      '2024-03-04T00:00:00Z',
      '2024-03-04\u0000',
      '9999-12-27',
      ...HOSTILE,
    ])
      expect(parse({ week })?.week.start, label(week)).toBe(thisMonday());
  });

  it('read a future Monday, even inside the window, as this week (no report of a week not begun)', () => {
    const nextMonday = new Date(`${thisMonday()}T00:00:00Z`);
    nextMonday.setUTCDate(nextMonday.getUTCDate() + 7);
    expect(parse({ week: nextMonday.toISOString().slice(0, 10) })?.week.start).toBe(thisMonday());
    expect(parse({ week: dateMax() })?.week.start).toBe(thisMonday());
  });

  it('drop a malformed park, stage or page and keep the rest', () => {
    for (const bad of HOSTILE) {
      const p = parse({ zone: '1', park: bad, stage: bad, page: bad });
      expect([p?.zone, p?.park, p?.stage], label(bad)).toEqual([1, undefined, undefined]);
      // A page is only a view (listPage reads ` 7` as 7): any value stays inside the list's bound.
      expect(Number.isInteger(p?.page) && Number(p?.page) >= 1 && Number(p?.page) <= MAX_LIST_PAGE).toBe(
        true,
      );
    }
    expect(parse({ page: String(MAX_LIST_PAGE + 1) })?.page).toBe(1);
  });

  it('never throw, whatever the URL holds', () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(...HOSTILE),
      fc.integer().map(String),
      fc.bigInt().map(String),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.array(fc.string(), { maxLength: 3 }),
    );
    const keys = fc.constantFrom('zone', 'week', 'park', 'stage', 'page', '__proto__', 'constructor', 'x');
    fc.assert(
      fc.property(fc.dictionary(keys, value), (q) => {
        const p = parse(q);
        if (p === null) return;
        expect(p.week.start >= '2000-01-01' && p.week.start <= thisMonday()).toBe(true);
        expect(p.page).toBeGreaterThanOrEqual(1);
        expect(p.page).toBeLessThanOrEqual(MAX_LIST_PAGE);
        if (typeof p.zone === 'number') expect(p.zone).toBeLessThanOrEqual(2_147_483_647);
      }),
    );
  });

  it('read a route handler’s URLSearchParams as a page’s params, a repeated key being none', () => {
    const q = new URLSearchParams('zone=3&week=2024-03-04&park=1&park=2&stage=signed');
    const p = parseSearchParams(reportParamsSchema, q);
    expect([p?.zone, p?.week.start, p?.park, p?.stage]).toEqual([3, '2024-03-04', undefined, 'signed']);
    expect(parseSearchParams(reportParamsSchema, new URLSearchParams('zone=1e20'))).toBeNull();
  });
});

describe('blocker list params', () => {
  const parse = (q: Record<string, string | string[]>) => searchParamsOf(blockerListParamsSchema, q);

  it('read every filter, and write them back', () => {
    const p = parse({
      scope: 'mine',
      park: '3',
      category: 'land',
      status: 'open',
      urgency: 'urgent',
      level: 'city',
      overdue: '1',
    });
    expect(blockerFilterOf(p, false)).toEqual({
      mine: true,
      parkId: 3,
      category: 'land',
      status: 'open',
      urgency: 'urgent',
      escalated: true,
      overdue: true,
    });
    expect(parse(Object.fromEntries(new URLSearchParams(blockerListQuery(p))))).toEqual(p);
  });

  it('drop each malformed filter on its own (a huge park never reaches the query)', () => {
    for (const bad of HOSTILE) {
      const p = parse({ park: bad, category: bad, status: bad, urgency: bad, level: bad, overdue: bad });
      expect(blockerFilterOf(p, false)).toEqual({
        mine: undefined,
        parkId: undefined,
        category: undefined,
        status: undefined,
        urgency: undefined,
        escalated: undefined,
        overdue: undefined,
      });
    }
  });

  it('let the role choose the scope when none is asked for, and keep "all" once chosen', () => {
    expect(blockerFilterOf(parse({}), true).mine).toBe(true);
    expect(blockerFilterOf(parse({}), false).mine).toBeUndefined();
    expect(blockerFilterOf(parse({ scope: '' }), true).mine).toBeUndefined();
    expect(blockerListQuery(parse({ scope: '' }))).toBe('scope=all');
  });
});

describe('pages that name what they show', () => {
  it('are "not found" for a KPI, a light or a round that is not there', () => {
    expect(parseSearchParams(kpiPageParamsSchema, { kpi: 'signedStarted', round: '2' })).toMatchObject({
      kpi: { key: 'signedStarted' },
      round: 2,
    });
    expect(
      parseSearchParams(kpiPageParamsSchema, { kpi: 'signedStarted', round: '' })?.round,
    ).toBeUndefined();
    for (const bad of HOSTILE) {
      expect(parseSearchParams(kpiPageParamsSchema, { kpi: bad })).toBeNull();
      if (bad !== '')
        expect(parseSearchParams(kpiPageParamsSchema, { kpi: 'signedStarted', round: bad })).toBeNull();
      expect(parseSearchParams(lightsPageParamsSchema, { light: bad })).toBeNull();
    }
    expect(() => searchParamsOf(lightsPageParamsSchema, { light: 'blue' })).toThrow(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
  });

  it('send the login page on to the home page (each role’s first screen) when `next` is repeated or absurd', () => {
    expect(searchParamsOf(loginParamsSchema, { next: '/blockers' }).next).toBe('/blockers');
    expect(searchParamsOf(loginParamsSchema, { next: ['/a', '/b'] }).next).toBe('/');
    expect(searchParamsOf(loginParamsSchema, { next: 'x'.repeat(100_000) }).next).toBe('/');
    expect(searchParamsOf(loginParamsSchema, undefined).next).toBe('/');
  });
});
