import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissions } from '@/lib/auth/permissions';
import { messagesFor } from './messages';

// Every literal message key in the code ('namespace.key') must exist in the catalogue; next-intl would
// otherwise show the raw key to the user and only log an error. Permission names and audit action names
// ('project.create') share the shape and are left out.
const root = path.resolve(import.meta.dirname, '..', '..');
const catalogue = messagesFor('zh-CN') as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

function has(key: string): boolean {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

describe('message keys used in the code', () => {
  it('all exist', () => {
    const namespaces = new Set(Object.keys(catalogue));
    const notMessages = new Set<string>(Object.keys(permissions));
    const missing: string[] = [];
    let seen = 0;
    for (const file of [...sourceFiles(path.join(root, 'app')), ...sourceFiles(path.join(root, 'lib'))]) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(
        /(?<!name: )'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g,
      )) {
        if (!key || notMessages.has(key) || !namespaces.has(key.split('.')[0] ?? '')) continue;
        seen++;
        if (!has(key)) missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
