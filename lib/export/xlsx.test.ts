import { describe, expect, it } from 'vitest';
import { sheetName } from './xlsx';

describe('sheet names', () => {
  it('follow Excel’s rules and stay unique, ignoring case', () => {
    const taken = new Set<string>();
    expect(sheetName('上党经济技术开发区', taken)).toBe('上党经济技术开发区');
    expect(sheetName('上党经济技术开发区', taken)).toBe('上党经济技术开发区 (2)');
    expect(sheetName("'a:b/c?d*e[f]g\\h'", taken)).toBe('a b c d e f g h');
    expect(sheetName('Zone', taken)).toBe('Zone');
    expect(sheetName('ZONE', taken)).toBe('ZONE (2)');
    const long = 'x'.repeat(40);
    expect(sheetName(long, taken)).toHaveLength(31);
    expect(sheetName(long, taken)).toBe(`${'x'.repeat(27)} (2)`);
    expect(sheetName("''", taken)).toBe('Sheet');
  });
});
