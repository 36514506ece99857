import { describe, expect, it } from 'vitest';
import { searchPageParamsSchema } from './page-params';
import { parseSearchParams } from './request-params';

describe('searchPageParamsSchema', () => {
  const q = (raw: Record<string, string | string[]>) => parseSearchParams(searchPageParamsSchema, raw)?.q;

  it('trims what was typed; nothing, spaces or a repeated key is no search', () => {
    expect(q({ q: '  光伏 ' })).toBe('光伏');
    expect(q({ q: '   ' })).toBeUndefined();
    expect(q({})).toBeUndefined();
    expect(q({ q: ['a', 'b'] })).toBeUndefined();
  });

  it('refuses what no search box sends: over 50 characters, control characters', () => {
    expect(q({ q: '光'.repeat(50) })).toBe('光'.repeat(50));
    expect(parseSearchParams(searchPageParamsSchema, { q: '光'.repeat(51) })).toBeNull();
    expect(parseSearchParams(searchPageParamsSchema, { q: 'a\u0000' })).toBeNull();
  });
});
