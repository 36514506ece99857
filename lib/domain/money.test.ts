import { describe, expect, it } from 'vitest';
import { wanToYiText } from './money';

describe('wanToYiText', () => {
  it.each([
    [1_036_000, '103.6'],
    [200_000, '20'],
    [15_000, '1.5'],
    [12_345, '1.23'],
    [12_355, '1.24'],
    [50, '0.01'],
    [49, '0'],
    [0, '0'],
    [-15_000, '-1.5'],
  ])('%i 万元 is %s 亿元', (wan, yi) => expect(wanToYiText(wan)).toBe(yi));

  it('refuses fractions of 万元: money is never a float here', () => {
    expect(() => wanToYiText(1.5)).toThrow(RangeError);
  });
});
