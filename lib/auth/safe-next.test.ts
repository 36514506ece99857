import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it.each(['/projects', '/projects/1?park=2', '/'])('keeps the local path %s', (p) =>
    expect(safeNext(p)).toBe(p),
  );
  it.each(['//evil.example', '/\\evil.example', 'https://evil.example', '/a b', 'projects', '', null, 42])(
    'refuses %s',
    (p) => expect(safeNext(p)).toBe('/'),
  );
});
