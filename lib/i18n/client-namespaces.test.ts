import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_NAMESPACES } from './client-messages';
import { CLIENT_NAMESPACES } from './client-namespaces';
import { messagesFor } from './messages';

// Follows each page's imports through app/ and collects the namespaces its client components name, so a
// form added to a page cannot go without its messages in the browser (next-intl would show the raw key).
const root = path.resolve(import.meta.dirname, '..', '..');
const app = path.join(root, 'app');
const namespaces = new Set(Object.keys(messagesFor('zh-CN')));

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    return name === 'page.tsx' ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(root, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/**
 * Namespaces named by the client code reachable from `entry`: files marked 'use client' and everything they
 * import (a shared zod schema's messages are keys translated in the browser).
 */
function clientNamespaces(entry: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const queue: { file: string; client: boolean }[] = [{ file: entry, client: false }];
  while (queue.length > 0) {
    const { file, client: importedByClient } = queue.pop() as { file: string; client: boolean };
    const text = readFileSync(file, 'utf8');
    // A server function imported by a client component stays on the server: the browser gets a reference.
    if (/^'use server';/m.test(text)) continue;
    const client = importedByClient || /^'use client';/m.test(text);
    const key = `${client}:${file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const [, spec] of text.matchAll(/(?:from\s+|import\()\s*'([^']+)'/g)) {
      const next = spec ? resolveImport(file, spec) : null;
      if (next) queue.push({ file: next, client });
    }
    if (!client) continue;
    for (const m of text.matchAll(/useTranslations\('([a-zA-Z]+)'\)|['`]([a-zA-Z]+)\./g)) {
      const ns = m[1] ?? m[2];
      if (ns && namespaces.has(ns)) found.add(ns);
    }
  }
  return [...found].filter((ns) => !(BASE_NAMESPACES as readonly string[]).includes(ns)).sort();
}

describe('messages sent to the browser', () => {
  const declared = CLIENT_NAMESPACES as Record<string, readonly string[]>;
  const derived = Object.fromEntries(
    pages(app)
      .map((page) => [path.relative(app, path.dirname(page)), clientNamespaces(page)] as const)
      .filter(([, used]) => used.length > 0),
  );

  it('cover exactly what each page’s client components use', () => {
    expect(Object.fromEntries(Object.entries(declared).map(([r, ns]) => [r, [...ns].sort()]))).toEqual(
      derived,
    );
  });

  it('are given by each page that needs more than the base', () => {
    const missing = Object.keys(derived).filter(
      (route) =>
        !readFileSync(path.join(app, route, 'page.tsx'), 'utf8').includes(`<ClientMessages route="${route}"`),
    );
    expect(missing).toEqual([]);
  });
});
