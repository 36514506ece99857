import { describe, expect, it } from 'vitest';
import { repeatsLastWeek } from './progress';

describe('repeatsLastWeek', () => {
  it('flags the same words, whatever the spacing or full-width forms', () => {
    expect(repeatsLastWeek('设备安装中，进展顺利。', '设备安装中，进展顺利。')).toBe(true);
    expect(repeatsLastWeek('设备安装中， 进展顺利。\n', '设备安装中，进展顺利。')).toBe(true);
    expect(repeatsLastWeek('ＡＢＣ线调试', 'ABC线调试')).toBe(true);
  });
  it('does not flag new words, or a missing week', () => {
    expect(repeatsLastWeek('设备安装完成', '设备安装中')).toBe(false);
    expect(repeatsLastWeek('设备安装中', null)).toBe(false);
    expect(repeatsLastWeek('', '')).toBe(false);
  });
});
