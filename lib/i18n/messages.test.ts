import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './config';
import { messagesFor } from './messages';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

const dir = path.join(import.meta.dirname, 'messages');

describe('message catalogues', () => {
  it('hold the same keys in every language', () => {
    const [first, ...rest] = LOCALES.map((l) => keysOf(messagesFor(l)).sort());
    for (const other of rest) expect(other).toEqual(first);
  });
  it('are all merged: every area file of every language is loaded, and no namespace is in two files', () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join(dir, locale));
      const namespaces = files.flatMap((f) =>
        Object.keys(JSON.parse(readFileSync(path.join(dir, locale, f), 'utf8'))),
      );
      expect(new Set(namespaces).size).toBe(namespaces.length);
      expect(Object.keys(messagesFor(locale)).sort()).toEqual([...namespaces].sort());
    }
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
