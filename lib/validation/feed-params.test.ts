import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedHref, parseFeedParams, parsePage } from './feed-params';

describe('feed search params', () => {
  it('reads a full filter', () => {
    expect(
      parseFeedParams({
        project: '12',
        person: '3',
        kind: 'plan',
        from: '2024-04-01',
        to: '2024-04-30',
        page: '2',
      }),
    ).toEqual({
      filter: { projectId: 12, actorId: 3, area: 'plan', from: '2024-04-01', to: '2024-04-30' },
      page: 2,
    });
  });

  it('drops each malformed param on its own, keeping the others', () => {
    for (const bad of ['', '0', '-1', '1.5', 'abc', '2147483648', '1e20']) {
      expect(parseFeedParams({ project: bad, person: '3' }).filter).toEqual({ actorId: 3 });
    }
    for (const bad of ['2024-02-30', '1999-12-31', '2101-01-01', '2024-4-1', 'today', '']) {
      expect(parseFeedParams({ from: bad, kind: 'blocker' }).filter).toEqual({ area: 'blocker' });
    }
    expect(parseFeedParams({ kind: 'everything', project: ['1', '2'] }).filter).toEqual({});
    expect(parseFeedParams(undefined)).toEqual({ filter: {}, page: 1 });
  });

  it('keeps the page within 1..10000', () => {
    expect(['0', '-3', '10001', 'x', '2.5', undefined, ['2', '3']].map(parsePage)).toEqual([
      1, 1, 1, 1, 1, 1, 1,
    ]);
    expect([' 7 ', '10000'].map(parsePage)).toEqual([7, 10000]);
  });

  it('turns a range typed backwards around', () => {
    expect(parseFeedParams({ from: '2024-05-01', to: '2024-04-01' }).filter).toMatchObject({
      from: '2024-04-01',
      to: '2024-05-01',
    });
  });

  it('never throws, whatever the URL holds', () => {
    const param = fc.oneof(fc.string(), fc.array(fc.string()), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('project', 'person', 'kind', 'from', 'to', 'page', 'x'), param),
        (p) => {
          const { page } = parseFeedParams(p);
          expect(page).toBeGreaterThanOrEqual(1);
          expect(page).toBeLessThanOrEqual(10_000);
        },
      ),
    );
  });
});

describe('feed links', () => {
  it('carry the filter and the page the parser reads back', () => {
    const filter = {
      projectId: 12,
      actorId: 3,
      area: 'stage' as const,
      from: '2024-04-01',
      to: '2024-04-30',
    };
    const href = feedHref(filter, 3, 2);
    expect(parseFeedParams(Object.fromEntries(new URL(href, 'http://x').searchParams))).toEqual({
      filter,
      page: 3,
      zone: 2,
    });
    expect(feedHref({}, 1)).toBe('/changes');
    expect(parseFeedParams({ zone: '0x2', kind: 'blocker' })).toEqual({
      filter: { area: 'blocker' },
      page: 1,
    });
  });
});
