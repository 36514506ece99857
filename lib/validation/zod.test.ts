import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from './zod';

// A module that took z straight from 'zod' could build object schemas before the jitless switch runs, and
// the browser would then report zod's eval probe as a Content-Security-Policy violation.
const root = path.resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('zod setup', () => {
  it('never compiles parsers with eval', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('is where every module takes z from', () => {
    const direct = ['app', 'lib']
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => /^import (?!type )[^;]*from 'zod'/m.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(direct).toEqual([path.join('lib', 'validation', 'zod.ts')]);
  });
});
