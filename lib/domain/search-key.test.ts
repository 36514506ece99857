import { describe, expect, it } from 'vitest';
import { containsPattern, pinyinKey, pinyinQuery } from './search-key';

describe('pinyinKey', () => {
  it('holds the initials and the full pinyin, lower-case, in two halves', () => {
    expect(pinyinKey('日盛达光伏玻璃生产线')).toBe('rsdgfblscx rishengdaguangfubolishengchanxian');
  });

  it('keeps Latin letters and digits and drops punctuation and spaces', () => {
    expect(pinyinKey('年产10万吨 PVC（一期）')).toBe('nc10wdpvcyq nianchan10wandunpvcyiqi');
  });

  it('reads a polyphone as its word has it, and ü as v', () => {
    expect(pinyinKey('重庆银行')).toBe('cqyh chongqingyinhang');
    expect(pinyinKey('绿色')).toBe('ls lvse');
  });

  it('gives an empty key to a name without letters', () => {
    expect(pinyinKey('——')).toBe(' ');
  });
});

describe('pinyinQuery', () => {
  it('takes letters typed on a Latin keyboard, without spaces and apostrophes', () => {
    expect(pinyinQuery('RSD')).toBe('rsd');
    expect(pinyinQuery('ri sheng da')).toBe('rishengda');
    expect(pinyinQuery("xi'an")).toBe('xian');
  });

  it('leaves Chinese, wildcards and digits alone to the name itself', () => {
    expect(pinyinQuery('光伏')).toBeNull();
    expect(pinyinQuery('r%d')).toBeNull();
    expect(pinyinQuery('2024')).toBeNull();
  });
});

describe('containsPattern', () => {
  it('takes %, _ and \\ literally', () => {
    expect(containsPattern('光伏')).toBe('%光伏%');
    expect(containsPattern('10%_a\\b')).toBe('%10\\%\\_a\\\\b%');
  });
});
