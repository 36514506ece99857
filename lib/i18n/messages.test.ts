import { describe, expect, it } from 'vitest';
import { LOCALES } from './config';
import { messagesFor } from './messages';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogues', () => {
  it('hold the same keys in every language', () => {
    const [first, ...rest] = LOCALES.map((l) => keysOf(messagesFor(l)).sort());
    for (const other of rest) expect(other).toEqual(first);
  });
  it('leave no message empty', () => {
    for (const locale of LOCALES) {
      const walk = (v: unknown): void => {
        if (typeof v === 'string') expect(v.trim()).not.toBe('');
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(messagesFor(locale));
    }
  });
});
