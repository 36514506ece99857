import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LIST_PAGE } from './fields';
import { parseProjectListParams, projectListQuery } from './project-list';

const DEFAULTS = { park: undefined, stage: undefined, sort: 'park', slipped: false, page: 1 };

describe('project list parameters', () => {
  it('read what a link asks for', () => {
    expect(
      parseProjectListParams({ park: '3', stage: 'signed', sort: 'delay', slipped: '1', page: '2' }),
    ).toEqual({ park: 3, stage: 'signed', sort: 'delay', slipped: true, page: 2 });
  });

  it.each([
    ['nothing', {}],
    ['empty values (a form sent with "all")', { park: '', stage: '', sort: '', slipped: '', page: '' }],
    ['unknown values', { park: 'x', stage: 'built', sort: 'name', slipped: 'yes', page: 'last' }],
    ['out of range', { park: '0', page: String(MAX_LIST_PAGE + 1) }],
    ['beyond int4 and fractions', { park: '2147483648', page: '1.5' }],
    ['negative', { park: '-1', page: '-3' }],
    ['repeated keys', { park: ['1', '2'], sort: ['delay', 'delay'], slipped: ['1', '1'], page: ['2', '3'] }],
    ['unknown keys', { zone: 'all', order: 'desc' }],
  ])('fall back to the defaults for %s', (_label, params) => {
    expect(parseProjectListParams(params)).toEqual(DEFAULTS);
  });

  it('keep a good parameter when another is malformed', () => {
    expect(parseProjectListParams({ sort: 'delay', page: 'NaN', stage: '??' })).toMatchObject({
      sort: 'delay',
      page: 1,
      stage: undefined,
    });
  });

  it('never throw, whatever the strings', () => {
    const value = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), (params) => {
        const p = parseProjectListParams(params);
        expect(p.page).toBeGreaterThanOrEqual(1);
        expect(p.page).toBeLessThanOrEqual(MAX_LIST_PAGE);
      }),
    );
  });

  it('round-trip through the query string, defaults left out', () => {
    expect(projectListQuery(DEFAULTS as never)).toBe('');
    const p = { park: 4, stage: 'signed', sort: 'delay', slipped: true, page: 3 } as const;
    expect(parseProjectListParams(Object.fromEntries(new URLSearchParams(projectListQuery(p))))).toEqual(p);
  });
});
