import { describe, expect, it } from 'vitest';
import { pagerOf, pageWindow } from './paging';

describe('paging', () => {
  it('turns a page into offset and limit', () => {
    expect(pageWindow(1, 50)).toEqual({ offset: 0, limit: 50 });
    expect(pageWindow(3, 50)).toEqual({ offset: 100, limit: 50 });
  });

  it('says which rows a page holds and where the neighbours are', () => {
    expect(pagerOf(1, 500, 50)).toEqual({ from: 1, to: 50, total: 500, previous: null, next: 2 });
    expect(pagerOf(10, 500, 50)).toEqual({ from: 451, to: 500, total: 500, previous: 9, next: null });
    expect(pagerOf(2, 60, 50)).toEqual({ from: 51, to: 60, total: 60, previous: 1, next: null });
    expect(pagerOf(1, 27, 50)).toEqual({ from: 1, to: 27, total: 27, previous: null, next: null });
    expect(pagerOf(1, 0, 50)).toEqual({ from: 0, to: 0, total: 0, previous: null, next: null });
  });

  it('a page past the end points back into the list', () => {
    expect(pagerOf(9, 60, 50)).toMatchObject({ previous: 2, next: null });
  });
});
