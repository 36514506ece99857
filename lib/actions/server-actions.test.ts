import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Server actions are public POST endpoints. Every one that writes must go through defineAction (who, valid,
// may, write with version and audit, after) by way of `serve`; signing in and out are the only exceptions.
const EXCEPTIONS = new Set(['sign-in.ts']);

const dir = import.meta.dirname;
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const source = (f: string) => readFileSync(path.join(dir, f), 'utf8');
const serverFiles = files.filter((f) => /^['"]use server['"];/m.test(source(f)));
const appDir = path.resolve(dir, '../../app');
const routeFiles = readdirSync(appDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /(^|\/)route\.ts$/.test(f))
  .map((f) => path.join(appDir, f));

describe('server actions', () => {
  it('are found', () => {
    expect(serverFiles.length).toBeGreaterThan(1);
  });

  it.each(serverFiles.filter((f) => !EXCEPTIONS.has(f)))(
    '%s: every export only hands its input to serve()',
    (file) => {
      const text = source(file);
      const exports = [...text.matchAll(/export\s+(async\s+)?function\s+(\w+)\s*\(([^)]*)\)\s*\{([^}]*)\}/g)];
      expect(exports.length).toBeGreaterThan(0);
      expect(text.match(/^export /gm)?.length).toBe(exports.length); // nothing exported in another shape
      for (const [, isAsync, name, params, body] of exports) {
        expect(isAsync, name).toBeTruthy();
        expect(params?.trim(), name).toBe('input: unknown');
        expect(body?.trim(), name).toMatch(/^return serve\(\w+Action, input\);$/);
      }
    },
  );

  it('serve every action defined (with defineAction, directly or through a factory)', () => {
    const defined = files.flatMap((f) =>
      [...source(f).matchAll(/export const (\w+Action) = /g)].map((m) => m[1]),
    );
    const served = serverFiles.flatMap((f) =>
      [...source(f).matchAll(/serve\((\w+Action), input\)/g)].map((m) => m[1]),
    );
    // A write whose input is a file (the ledger import) is posted to a route handler, which runs the action.
    const routed = routeFiles.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/(\w+Action)\.run\(/g)].map((m) => m[1]),
    );
    expect(defined.length).toBeGreaterThan(5);
    expect(new Set([...served, ...routed])).toEqual(new Set(defined));
  });
});
