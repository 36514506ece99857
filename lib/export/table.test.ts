import { describe, expect, it } from 'vitest';
import { pageRows, type TableRow } from './table';

// Two parks: A with projects 1–3, B with 4–5; then the total.
const ROWS: TableRow[] = [
  ...[1, 2, 3].map((n): TableRow => ({ kind: 'row', cells: [n, 'A'] })),
  { kind: 'subtotal', cells: ['', 'A 小计'] },
  ...[4, 5].map((n): TableRow => ({ kind: 'row', cells: [n, 'B'] })),
  { kind: 'subtotal', cells: ['', 'B 小计'] },
  { kind: 'total', cells: ['', '合计'] },
];
const labels = (offset: number, limit: number) =>
  [...pageRows(ROWS, { offset, limit })].map((r) => r.cells.join(''));

describe('a screen page of the report', () => {
  it('holds its projects, the subtotal of a park that ends on it, and the total only on the last page', () => {
    expect(labels(0, 2)).toEqual(['1A', '2A']);
    expect(labels(2, 2)).toEqual(['3A', 'A 小计', '4B']);
    expect(labels(4, 2)).toEqual(['5B', 'B 小计', '合计']);
  });

  it('is the whole report when the page is large enough, and only the total when there are no projects', () => {
    expect(labels(0, 50)).toEqual(ROWS.map((r) => r.cells.join('')));
    expect([...pageRows([{ kind: 'total', cells: ['合计'] }], { offset: 0, limit: 50 })]).toHaveLength(1);
  });
});
