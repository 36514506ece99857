import { describe, expect, it } from 'vitest';
import { neutralise } from './csv';

describe('neutralise', () => {
  it.each(['=SUM(A1)', '+1', '-1+2', '@cmd', '\tx', '\rx'])('defuses the formula-like text %j', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });
  it('leaves ordinary text and numbers, negative ones too', () => {
    expect(neutralise('日盛达光伏玻璃')).toBe('日盛达光伏玻璃');
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise(-15)).toBe(-15);
    expect(neutralise(0)).toBe(0);
  });
});
